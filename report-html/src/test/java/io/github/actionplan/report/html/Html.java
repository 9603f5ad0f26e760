package io.github.actionplan.report.html;

import io.github.actionplan.report.Report;
import io.github.actionplan.report.spi.RenderOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.parser.ParseError;
import org.jsoup.parser.Parser;

/** Renders reports for the tests and reads them back as a browser's HTML5 parser does. */
final class Html {

    private Html() {}

    /** The page for {@code report}, as text. */
    static String page(Report report) {
        return render(new HtmlReportRenderer(), report);
    }

    /** The fragment for {@code report}, as text. */
    static String fragment(Report report) {
        return render(HtmlReportRenderer.fragment(), report);
    }

    static String render(HtmlReportRenderer renderer, Report report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            renderer.render(report, RenderOptions.defaults(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** A parsed page; {@link #errors(String)} lists what the parser objected to. */
    static Document parse(String html) {
        return Parser.htmlParser().parseInput(html, "");
    }

    /** Every parse error of the HTML5 tokenizer and tree builder, as jsoup reports them. */
    static List<ParseError> errors(String html) {
        Parser parser = Parser.htmlParser().setTrackErrors(10_000);
        parser.parseInput(html, "");
        return List.copyOf(parser.getErrors());
    }

    /** What a reader sees: the text of the body, in document order. */
    static String visibleText(byte[] output) {
        return parse(new String(output, StandardCharsets.UTF_8)).body().wholeText();
    }
}
