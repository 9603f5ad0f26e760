package io.github.actionplan.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.model.Status;
import io.github.actionplan.model.StatusLabels;
import io.github.actionplan.report.Report;
import io.github.actionplan.report.ReportTemplates;
import io.github.actionplan.report.spi.RenderOptions;
import io.github.actionplan.rules.Assessor;
import io.github.actionplan.testkit.SeedPlans;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The status chart's labels, drawn beside their bars. */
class StatusChartTest {

    /** A plan's own word for off track longer than the chart gives its labels room for (run 81 #8). */
    private static final String LONG_OFF_TRACK = "Ar agor - Camau oddi ar y trywydd iawn ac wedi'u huwchgyfeirio";

    @Test
    void aLabelLongerThanItsRoomIsBrokenBetweenWordsAtTheSizeOfTheOthers() {
        ActionPlan labelled = ActionPlan.builder().from(SeedPlans.merseyside()).statusLabels(StatusLabels.builder()
                .putCustom(Status.OFF_TRACK, LONG_OFF_TRACK).build()).build();
        Report report = ReportTemplates.named("action-plan").orElseThrow().build(Assessor.standard()
                .assess(labelled, SeedPlans.MERSEYSIDE_AS_OF));

        // The chart comes before the table beside it, so each word's first glyphs are the chart's.
        List<Pdfs.Glyph> glyphs = Pdfs.glyphs(Pdfs.render(report).bytes());
        List<Pdfs.Glyph> first = Pdfs.find(glyphs, "Camau");
        List<Pdfs.Glyph> last = Pdfs.find(glyphs, "huwchgyfeirio");
        List<Pdfs.Glyph> other = Pdfs.find(glyphs, "Complete");

        assertThat(first.getFirst().page()).isEqualTo(other.getFirst().page());
        assertThat(last.getFirst().y()).as("the label's last word, on a line of its own below its first")
                .isGreaterThan(first.getFirst().y());
        assertThat(first).extracting(Pdfs.Glyph::size).containsOnly(other.getFirst().size());
        assertThat(last).extracting(Pdfs.Glyph::size).containsOnly(other.getFirst().size());
    }

    @Test
    void aLabelInAScriptWithoutSpacesIsBrokenBetweenCharactersButNotWhereItsFontChangesInAWord() {
        // Run 88 #6, #7: "(" was left at a line's end where the font changed, and a Japanese label drawn smaller.
        String label = "Off track(要対応)未完了・予定より大幅に遅れており取締役会への報告と是正措置の承認が必要";
        ActionPlan labelled = ActionPlan.builder().from(SeedPlans.merseyside()).statusLabels(StatusLabels.builder()
                .putCustom(Status.OFF_TRACK, label).build()).build();
        Report report = ReportTemplates.named("action-plan").orElseThrow().build(Assessor.standard()
                .assess(labelled, SeedPlans.MERSEYSIDE_AS_OF));

        Path noto = Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc");
        assumeTrue(Files.isRegularFile(noto), "Debian's fonts-noto-cjk is not installed (" + noto + "); .ci/run"
                + " installs it");
        // Text in a font Java2D cannot read is drawn after the rest, so the two scripts are found apart.
        List<Pdfs.Glyph> glyphs = Pdfs.glyphs(Pdfs.render(report, RenderOptions.builder().addFont(Path.of(noto
                + ",0"))).bytes());
        List<Pdfs.Glyph> opening = Pdfs.find(glyphs, "track(");
        List<Pdfs.Glyph> opened = Pdfs.find(glyphs, "要対応");
        List<Pdfs.Glyph> end = Pdfs.find(glyphs, "必要");
        List<Pdfs.Glyph> other = Pdfs.find(glyphs, "Complete");

        assertThat(opening.getLast().y()).as("'(' on the line of the word it opens").isEqualTo(opened.getFirst().y());
        assertThat(end.getFirst().y()).as("the label's end, on a line below its start")
                .isGreaterThan(opened.getFirst().y());
        assertThat(end).extracting(Pdfs.Glyph::size).containsOnly(other.getFirst().size());
    }
}
