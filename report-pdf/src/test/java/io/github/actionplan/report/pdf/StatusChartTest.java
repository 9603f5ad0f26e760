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
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The status chart's labels, drawn beside their bars. */
class StatusChartTest {

    /** A plan's own word for off track longer than the chart gives its labels room for (run 81 #8). */
    private static final String LONG_OFF_TRACK = "Ar agor - Camau oddi ar y trywydd iawn ac wedi'u huwchgyfeirio";

    @Test
    void aReportWithAChartIsDrawnOnAMachineWithNoSystemFont(@TempDir Path folder) throws Exception {
        // Run 133 #1: Java2D's font manager, which the chart was drawn through, needs one system font, and a
        // container has none: "Fontconfig head is null". A fontconfig of one empty folder, and a home with no cached
        // list of fonts, stand in for it.
        assumeTrue(System.getProperty("os.name").startsWith("Linux"), "fontconfig is Linux's");
        Files.createDirectories(folder.resolve("fonts"));
        Files.createDirectories(folder.resolve("home"));
        Path config = Files.writeString(folder.resolve("fonts.conf"), "<?xml version=\"1.0\"?>\n<fontconfig><dir>"
                + folder.resolve("fonts") + "</dir><cachedir>" + folder.resolve("cache")
                + "</cachedir></fontconfig>\n");
        Path pdf = folder.resolve("summary.pdf");
        ProcessBuilder child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.home=" + folder.resolve("home"), "-Djava.awt.headless=true", "-cp",
                System.getProperty("java.class.path"), StatusChartTest.class.getName(), pdf.toString())
                .redirectErrorStream(true);
        child.environment().put("FONTCONFIG_FILE", config.toString());
        Process process = child.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();

        assertThat(process.exitValue()).as(output).isZero();
        List<Pdfs.Glyph> glyphs = Pdfs.glyphs(Files.readAllBytes(pdf));
        assertThat(Pdfs.find(glyphs, "Off track")).isNotEmpty();
    }

    /** Renders the Merseyside summary, its chart first, to the PDF file {@code args[0]}. */
    public static void main(String[] args) throws IOException {
        Files.write(Path.of(args[0]), Pdfs.render(ReportTemplates.summary().build(Assessor.standard().assess(
                SeedPlans.merseyside(), SeedPlans.MERSEYSIDE_AS_OF))).bytes());
    }

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
