package io.github.actionplan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NarrativeLinksTest {

    private static final String FIRE = "https://www.gov.uk/guidance/fire-safety";

    private static List<Inline> inlines(String markdown) {
        return ((Block.Paragraph) Narrative.parse(markdown).blocks().get(0)).inlines();
    }

    private static Inline.Span link(String address) {
        return new Inline.Span(address, false, false, Optional.of(address));
    }

    @Test
    void aWebAddressInTextIsALinkToItself() {
        assertThat(inlines("See " + FIRE + " for the guidance")).containsExactly(
                Inline.Span.plain("See "), link(FIRE), Inline.Span.plain(" for the guidance"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "See https://www.gov.uk/fire.| https://www.gov.uk/fire| .",
        "See https://www.gov.uk/fire, then act| https://www.gov.uk/fire| `, then act`",
        "(see https://www.gov.uk/fire)| https://www.gov.uk/fire| )",
        "(see https://www.gov.uk/fire).| https://www.gov.uk/fire| ).",
        "[see https://www.gov.uk/fire]| https://www.gov.uk/fire| ]",
        "Is it https://www.gov.uk/fire?| https://www.gov.uk/fire| ?",
        "'https://www.gov.uk/fire'| https://www.gov.uk/fire| '",
        "At https://www.gov.uk/fire:| https://www.gov.uk/fire| :",
        "https://www.gov.uk/a&amp;| https://www.gov.uk/a| &amp;",
    })
    void trailingPunctuationAndUnopenedBracketsAreNotPartOfTheAddress(String text, String address, String after) {
        Narrative n = Narrative.parse(text);
        List<Inline> inlines = ((Block.Paragraph) n.blocks().get(0)).inlines();

        assertThat(inlines).contains(link(address));
        assertThat(((Inline.Span) inlines.get(inlines.size() - 1)).text()).isEqualTo(after);
        assertThat(n.plainText()).isEqualTo(text);
    }

    @Test
    void anAddressLongerThanAnyBrowserTakesIsTextNotALink() {
        // Trial 50 F4: a 100,000-character address was a link, written in full once for each of a PDF's 1,124 lines.
        String longest = "https://www.gov.uk/" + "a".repeat(Inline.Span.MOST_LINK_CHARACTERS - 19);
        String longer = longest + "b";

        assertThat(inlines("See " + longest)).containsExactly(Inline.Span.plain("See "), link(longest));
        assertThat(inlines("See " + longer)).containsExactly(Inline.Span.plain("See " + longer));
        assertThatThrownBy(() -> new Inline.Span("x", false, false, Optional.of(longer)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("it is 2,049 characters long, more than 2,048");
    }

    @Test
    void bracketsTheAddressOpensStayInIt() {
        String wiki = "https://en.wikipedia.org/wiki/Fire_(disambiguation)";

        assertThat(inlines("See " + wiki + ".")).contains(link(wiki));
        assertThat(inlines("(" + wiki + ")")).contains(link(wiki));
    }

    @Test
    void aMarkdownLinksAddressIsALinkAndItsMarkupStaysAsTyped() {
        assertThat(inlines("[guidance](" + FIRE + ")")).containsExactly(
                Inline.Span.plain("[guidance]("), link(FIRE), Inline.Span.plain(")"));
    }

    @Test
    void aCommonMarkAutolinkIsALinkWithItsAngleBracketsAsTyped() {
        Narrative n = Narrative.parse("Read <" + FIRE + ">.");

        assertThat(((Block.Paragraph) n.blocks().get(0)).inlines()).containsExactly(
                Inline.Span.plain("Read <"), link(FIRE), Inline.Span.plain(">."));
        assertThat(n.plainText()).isEqualTo("Read <" + FIRE + ">.");
    }

    @Test
    void aLinkInsideEmphasisKeepsTheEmphasis() {
        assertThat(inlines("Read **" + FIRE + "** now")).containsExactly(
                Inline.Span.plain("Read "), new Inline.Span(FIRE, false, true, Optional.of(FIRE)),
                Inline.Span.plain(" now"));
        assertThat(inlines("_see " + FIRE + "_")).containsExactly(
                new Inline.Span("see ", true, false), new Inline.Span(FIRE, true, false, Optional.of(FIRE)));
    }

    @Test
    void aLinkInAListItemIsALink() {
        Narrative n = Narrative.parse("- First bullet with a link " + FIRE + "\n- Second");
        Block.BulletList list = (Block.BulletList) n.blocks().get(0);
        Block.Paragraph first = (Block.Paragraph) list.items().get(0).blocks().get(0);

        assertThat(first.inlines()).containsExactly(Inline.Span.plain("First bullet with a link "), link(FIRE));
        assertThat(n.plainText()).isEqualTo("• First bullet with a link " + FIRE + "\n• Second");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "javascript:alert(1)", "file:///etc/passwd", "ftp://files.example.com/a", "mailto:a@example.com",
        "www.gov.uk", "https://localhost/admin", "https://", "https://.uk", "https://a..uk/",
        "https://my_site.under_score/x", "xhttps://www.gov.uk", "<javascript:alert(1)>",
    })
    void anythingButAnHttpOrHttpsAddressStaysText(String text) {
        Narrative n = Narrative.parse(text);

        assertThat(n.blocks()).containsExactly(Block.Paragraph.of(text));
    }

    @Test
    void theSchemeMayBeWrittenInCapitals() {
        assertThat(inlines("HTTPS://WWW.GOV.UK")).containsExactly(link("HTTPS://WWW.GOV.UK"));
    }

    @Test
    void aLinksTargetIsAsciiWithItsTextAsTyped() {
        Inline.Span span = (Inline.Span) inlines("https://gwasanaeth.gov.uk/tân?q=a|b").get(0);

        assertThat(span.text()).isEqualTo("https://gwasanaeth.gov.uk/tân?q=a|b");
        assertThat(span.link()).contains("https://gwasanaeth.gov.uk/t%C3%A2n?q=a%7Cb");
        assertThat(((Inline.Span) inlines("https://tân.example.org/").get(0)).link())
                .contains("https://xn--tn-pia.example.org/");
    }

    @Test
    void twoAddressesInARowAreTwoLinks() {
        assertThat(inlines("https://a.example.org, https://b.example.org")).containsExactly(
                link("https://a.example.org"), Inline.Span.plain(", "), link("https://b.example.org"));
    }

    @Test
    void aPlainNarrativeHasNoLinks() {
        assertThat(Narrative.plain(FIRE).blocks()).containsExactly(Block.Paragraph.of(FIRE));
    }

    @Test
    void aLinkSpanOnlyLinksToAnHttpOrHttpsAddress() {
        assertThatThrownBy(() -> new Inline.Span("x", false, false, Optional.of("javascript:alert(1)")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("http or https").hasMessageContaining("javascript:alert(1)");
        assertThatThrownBy(() -> new Inline.Span("x", false, false, Optional.of("https://a.example.org/ñ")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ASCII");
    }

    @Test
    void aLongTextOfAddressesAndAlmostAddressesIsReadWhole() {
        String text = "(http://".repeat(200_000) + (" https://a.example.org/" + ")".repeat(10)).repeat(20_000);

        Narrative n = Narrative.parse(text);

        assertThat(n.plainText().equals(text)).isTrue();
        assertThat(((Block.Paragraph) n.blocks().get(0)).inlines().stream()
                .filter(i -> i instanceof Inline.Span s && s.link().isPresent()).count()).isEqualTo(20_000);
    }
}
