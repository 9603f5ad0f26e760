package io.github.actionplan.report.html;

import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.model.Status;
import io.github.actionplan.model.StatusLabels;
import io.github.actionplan.report.Report;
import io.github.actionplan.report.ReportTemplates;
import io.github.actionplan.report.Section;
import io.github.actionplan.report.spi.RenderOptions;
import io.github.actionplan.rules.Assessor;
import io.github.actionplan.testkit.SeedPlans;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.ParseError;
import org.jsoup.parser.Parser;

/** Renders reports for the tests and reads them back as a browser's HTML5 parser does. */
final class Html {

    private Html() {}

    /**
     * Merseyside's plan reported by the template {@code template}, as if the plan were written in Welsh: core marks
     * its texts {@code cy}, while the report's own words stay British English.
     */
    static Report welshMerseyside(String template) {
        return ReportTemplates.named(template).orElseThrow().build(Assessor.standard().assess(
                SeedPlans.merseyside().withLanguage("cy"), SeedPlans.MERSEYSIDE_AS_OF));
    }

    /** The plan's own word for {@link Status#OFF_TRACK}, in Welsh; the other statuses keep the default labels. */
    static final String WELSH_OFF_TRACK = "Oddi ar y trywydd";

    /**
     * Merseyside's plan reported by the template {@code template}, naming {@link Status#OFF_TRACK} in its own word
     * {@link #WELSH_OFF_TRACK}, and written in {@code language} where present: core marks that label, and only that,
     * with the plan's language.
     */
    static Report labelledMerseyside(String template, Optional<String> language) {
        return labelledMerseyside(template, language, WELSH_OFF_TRACK);
    }

    /** A plan's own word for {@link Status#OFF_TRACK} longer than a chart is wide (run 81 #8). */
    static final String LONG_OFF_TRACK = "Ar agor - Camau oddi ar y trywydd iawn ac wedi'u huwchgyfeirio i'r Bwrdd";

    /** A plan's own word for {@link Status#OFF_TRACK} longer than a chart is wide, in a script without spaces. */
    static final String LONG_JAPANESE = "未完了・予定より大幅に遅れており取締役会への報告と是正措置の承認が必要な項目";

    /** As {@link #labelledMerseyside(String, Optional)}, naming {@link Status#OFF_TRACK} {@code label}. */
    static Report labelledMerseyside(String template, Optional<String> language, String label) {
        ActionPlan labelled = ActionPlan.builder().from(SeedPlans.merseyside()).statusLabels(StatusLabels.builder()
                .putCustom(Status.OFF_TRACK, label).build()).build();
        return ReportTemplates.named(template).orElseThrow().build(Assessor.standard().assess(
                language.map(labelled::withLanguage).orElse(labelled), SeedPlans.MERSEYSIDE_AS_OF));
    }

    /** The page for {@code report}, as text. */
    static String page(Report report) {
        return render(new HtmlReportRenderer(), report);
    }

    /** The fragment for {@code report}, as text. */
    static String fragment(Report report) {
        return render(HtmlReportRenderer.fragment(), report);
    }

    /** The page for {@code report} rendered with {@code options}, as text. */
    static String page(Report report, RenderOptions options) {
        return render(new HtmlReportRenderer(), report, options);
    }

    static String render(HtmlReportRenderer renderer, Report report) {
        return render(renderer, report, RenderOptions.defaults());
    }

    static String render(HtmlReportRenderer renderer, Report report, RenderOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            renderer.render(report, options, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * Every table the page draws with the ordinary table code, in reading order: the tables, the
     * status summaries' and legends' tables, and those of the fallback of a section type the
     * renderer does not know.
     */
    static List<Section.Table> drawnTables(Report report) {
        List<Section.Table> tables = new ArrayList<>();
        report.sections().forEach(section -> addTables(section, tables));
        return tables;
    }

    private static void addTables(Section section, List<Section.Table> tables) {
        switch (section) {
            case Section.Table table -> tables.add(table);
            case Section.StatusSummary summary -> tables.add(summary.table());
            case Section.Legend legend -> tables.add(legend.table());
            case Section.Heading heading -> { }
            case Section.NarrativeText text -> { }
            case Section.KeyFacts facts -> { }
            default -> section.fallback().forEach(part -> addTables(part, tables));
        }
    }

    /** A parsed page; {@link #errors(String)} lists what the parser objected to. */
    static Document parse(String html) {
        return Parser.htmlParser().parseInput(html, "");
    }

    /** The page's scripts other than the renderer's own: none, unless text has become markup. */
    static List<Element> foreignScripts(Document document) {
        return document.select("script").stream()
                .filter(script -> !script.attributes().isEmpty() || !script.data().equals(Page.TABLE_SCRIPT))
                .toList();
    }

    /** Every parse error of the HTML5 tokenizer and tree builder, as jsoup reports them. */
    static List<ParseError> errors(String html) {
        Parser parser = Parser.htmlParser().setTrackErrors(10_000);
        parser.parseInput(html, "");
        return List.copyOf(parser.getErrors());
    }

    /** A PNG logo of {@code width} by {@code height} pixels: a red badge with white letters. */
    static byte[] logoImage(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(0xB1, 0x0E, 0x1E));
        g.fillRoundRect(0, 0, width, height, height / 3, height / 3);
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, height / 3));
        g.drawString("ANYSHIRE FRS", height / 5, height * 3 / 5);
        g.dispose();
        return encode(image, "png");
    }

    /** A JPEG of random pixels, which compresses badly: a logo of many kilobytes. */
    static byte[] noisyJpeg(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        java.util.Random random = new java.util.Random(14);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(1 << 24));
            }
        }
        return encode(image, "jpeg");
    }

    private static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** What a reader sees: the text of the body, in document order. */
    static String visibleText(byte[] output) {
        return parse(new String(output, StandardCharsets.UTF_8)).body().wholeText();
    }
}
