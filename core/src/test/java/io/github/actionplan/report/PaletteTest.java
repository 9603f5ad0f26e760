package io.github.actionplan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.actionplan.model.Brag;
import io.github.actionplan.model.Status;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PaletteTest {

    @Test
    void everyStandardTextAndFillPairMeetsWcagAa() {
        Palette palette = Palette.standard();
        for (Brag brag : Brag.values()) {
            assertThat(palette.fill(brag).contrastRatio(palette.text(brag))).as(brag.name()).isGreaterThanOrEqualTo(4.5);
        }
    }

    @Test
    void theTextColoursMeetWcagAaOnWhiteAndOnTheHeaderFill() {
        for (Colour text : List.of(Palette.TEXT, Palette.MUTED_TEXT)) {
            assertThat(text.contrastRatio(Colour.WHITE)).as("%s on white", text).isGreaterThanOrEqualTo(4.5);
            assertThat(text.contrastRatio(Palette.HEADER_FILL)).as("%s on the header fill", text)
                    .isGreaterThanOrEqualTo(4.5);
        }
    }

    @Test
    void contrastRatiosMatchTheWcagFormula() {
        assertThat(Colour.BLACK.contrastRatio(Colour.WHITE)).isEqualTo(21.0);
        assertThat(Colour.WHITE.contrastRatio(Colour.WHITE)).isEqualTo(1.0);
        assertThat(Colour.parse("#767676").contrastRatio(Colour.WHITE)).isBetween(4.54, 4.55);
    }

    @Test
    void statusesTakeTheirBragColour() {
        Palette palette = Palette.standard();

        assertThat(palette.fill(Status.COMPLETE)).isEqualTo(palette.fill(Brag.BLUE));
        assertThat(palette.fill(Status.OFF_TRACK)).isEqualTo(Colour.parse("B10E1E"));
        assertThat(palette.text(Status.AT_RISK)).isEqualTo(Colour.BLACK);
    }

    @Test
    void aPaletteBelowAaContrastIsRejectedWithTheRatio() {
        Map<Brag, Colour> fills = new EnumMap<>(Brag.class);
        Map<Brag, Colour> texts = new EnumMap<>(Brag.class);
        for (Brag brag : Brag.values()) {
            fills.put(brag, Colour.BLACK);
            texts.put(brag, Colour.WHITE);
        }
        fills.put(Brag.AMBER, Colour.parse("#FFBF47"));

        assertThatThrownBy(() -> Palette.of(fills, texts))
                .hasMessage("#FFFFFF text on #FFBF47 fill for Amber has contrast 1.64:1, below the 4.5:1 that WCAG AA asks for");
    }

    @Test
    void coloursReadAndWriteHex() {
        assertThat(Colour.parse("1d70b8").hex()).isEqualTo("1D70B8");
        assertThat(Colour.parse("#1D70B8").rgb()).isEqualTo(0x1D70B8);
        assertThatThrownBy(() -> Colour.parse("blue")).hasMessage("'blue' is not a colour; write six hex digits such as #1D70B8");
    }
}
