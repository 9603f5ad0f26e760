package io.github.actionplan.examples.shaping;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.actionplan.json.PlanJson;
import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.model.RecommendationKind;
import io.github.actionplan.report.Cell;
import io.github.actionplan.report.Chapter;
import io.github.actionplan.report.Orientation;
import io.github.actionplan.report.Report;
import io.github.actionplan.report.Section;
import io.github.actionplan.report.spi.RenderOptions;
import io.github.actionplan.rules.Assessor;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShapingExampleTest {

    private static final Path ROOT = Path.of(System.getProperty("user.dir")).getParent();

    @Test
    void theShapedSummaryIsAboutOneOwnersAreasForImprovementInItsOwnWords() throws IOException {
        // The README's plan, as its reader runs the example on it.
        ActionPlan plan = PlanJson.read(ROOT.resolve("examples/src/main/resources/plans/merseyside-2025-q1.json"));

        Report report = ShapingExample.protection(Assessor.standard().assess(plan, LocalDate.of(2025, 6, 30)));

        assertThat(report.title()).isEqualTo("Protection: where we stand");
        assertThat(report.chapters()).extracting(Chapter::orientation).containsOnly(Orientation.PORTRAIT);
        Section.Table table = report.tables().getFirst();
        assertThat(table.headers()).containsExactly("Ref", "Recommendation", "Status", "Progress");
        assertThat(table.rows()).extracting(row -> row.getFirst().text()).containsExactly("1");
        assertThat(table.rows().getFirst().get(2)).isInstanceOfSatisfying(Cell.StatusCell.class,
                status -> assertThat(status.reason()).isEmpty());
        assertThat(plan.recommendations()).filteredOn(r -> r.kind() == RecommendationKind.AREA_FOR_IMPROVEMENT)
                .hasSizeGreaterThan(1);
        assertThat(report.texts()).contains("Key").doesNotContain("Key to BRAG ratings", "Overall %");
    }

    @Test
    void theBrandedOptionsCarryTheLogoAndRunningTexts(@TempDir Path folder) throws IOException {
        Path logo = folder.resolve("logo.png");
        ImageIO.write(new BufferedImage(240, 80, BufferedImage.TYPE_INT_RGB), "png", logo.toFile());

        RenderOptions options = ShapingExample.branded(logo);

        assertThat(options.logo()).hasValueSatisfying(l -> {
            assertThat(l.altText()).isEqualTo("Anyshire Fire and Rescue Service");
            assertThat(l.widthPoints()).isEqualTo(120.0);
        });
        assertThat(options.runningFooter()).isEqualTo("OFFICIAL");
    }

    @Test
    void theReadmeShowsTheShapingExamplesExactlyAsTested() throws IOException {
        String source = Files.readString(ROOT.resolve(
                "examples/src/main/java/io/github/actionplan/examples/shaping/ShapingExample.java"));
        String readme = Files.readString(ROOT.resolve("README.md"));
        List<String> snippets = new ArrayList<>();
        int from = 0;
        while (source.indexOf("// README:begin\n", from) >= 0) {
            int start = source.indexOf("// README:begin\n", from) + "// README:begin\n".length();
            int end = source.indexOf("        // README:end", start);
            snippets.add(source.substring(start, end));
            from = end + 1;
        }

        assertThat(snippets).hasSize(2).allSatisfy(snippet -> assertThat(readme).contains(dedent(snippet)));
    }

    private static String dedent(String code) {
        return String.join("\n", Arrays.stream(code.split("\n", -1))
                .map(line -> line.startsWith("        ") ? line.substring(8) : line).toList());
    }
}
