package io.github.actionplan.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.actionplan.report.Chapter;
import io.github.actionplan.report.Orientation;
import io.github.actionplan.report.Report;
import io.github.actionplan.report.spi.Logo;
import io.github.actionplan.report.spi.RenderOptions;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The service's logo: at the top of the first page only, {@link Logo#HEIGHT_POINTS} high at its
 * proportions, read by a screen reader as its alternative text.
 */
class LogoTest {

    private static final String ALT = "Anyshire Fire and Rescue Service";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"png", "jpeg"})
    void theLogoIsDrawnAtTheTopOfTheFirstPageOnlyFortyPointsHighAtItsProportions(String type) throws IOException {
        Logo logo = Logo.of(image(type, 300, 100), ALT);
        Report report = PdfReportRendererTest.single(PdfReportRendererTest.longTable(80));
        byte[] pdf = Pdfs.render(report, RenderOptions.builder().logo(logo)).bytes();

        try (PDDocument document = Pdfs.load(pdf)) {
            PDPage first = document.getPage(0);
            List<Matrix> drawn = images(first);
            assertThat(drawn).hasSize(1);
            Matrix logoAt = drawn.get(0);
            assertThat(logoAt.getScalingFactorY()).isCloseTo(Logo.HEIGHT_POINTS, within(0.01f));
            assertThat(logoAt.getScalingFactorX()).isCloseTo((float) logo.widthPoints(), within(0.01f));
            assertThat(logo.widthPoints()).isEqualTo(120);
            // At the left margin, its top at the top of the text area, above the title.
            assertThat(logoAt.getTranslateX()).isCloseTo(50, within(0.5f));
            float top = logoAt.getTranslateY() + logoAt.getScalingFactorY();
            assertThat(top).isCloseTo(first.getMediaBox().getHeight() - 64, within(4f));
            float titleTop = first.getMediaBox().getHeight() - Pdfs.find(Pdfs.glyphs(pdf), "Single section").get(0).y();
            assertThat(logoAt.getTranslateY()).isGreaterThan(titleTop);
            for (int page = 1; page < document.getNumberOfPages(); page++) {
                assertThat(images(document.getPage(page))).as("images on page %d", page + 1).isEmpty();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"png", "jpeg"})
    void theLogoIsAFigureWithItsAltTextBeforeTheTitleAndFailsNoPdfUaRule(String type) {
        byte[] pdf = Pdfs.render(Fixtures.rich(), RenderOptions.builder().logo(Logo.of(image(type, 64, 64), ALT)))
                .bytes();

        List<StructureText.Node> document = StructureText.read(pdf).get(0).kids();
        assertThat(document.get(0).type()).isEqualTo("Figure");
        assertThat(document.get(0).text()).isEqualTo(ALT);
        assertThat(document.get(1).type()).isEqualTo("H1");
        assertThat(document.get(1).allText().replace("\n", " ")).isEqualTo(Fixtures.TITLE);
        assertThat(VeraPdf.pdfUaFailures(pdf)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"png", "jpeg"})
    void aLogoWiderThanThePageIsDrawnAsWideAsTheTextAtItsProportions(String type) throws IOException {
        Logo logo = Logo.of(image(type, 2000, 50), ALT);
        Report report = Fixtures.report("Wide logo", "", List.of(Chapter.untitled(Orientation.PORTRAIT, List.of())));
        byte[] pdf = Pdfs.render(report, RenderOptions.builder().logo(logo)).bytes();

        try (PDDocument document = Pdfs.load(pdf)) {
            Matrix logoAt = images(document.getPage(0)).get(0);
            float textWidth = document.getPage(0).getMediaBox().getWidth() - 100;
            assertThat(logoAt.getScalingFactorX()).isCloseTo(textWidth, within(0.5f));
            assertThat(logoAt.getScalingFactorY()).isCloseTo(textWidth * 50 / 2000, within(0.05f));
        }
    }

    /** Where each image drawn on {@code page} is: its transformation matrix when drawn. */
    private static List<Matrix> images(PDPage page) throws IOException {
        List<Matrix> drawn = new ArrayList<>();
        new PDFGraphicsStreamEngine(page) {
            @Override
            public void drawImage(PDImage image) {
                drawn.add(getGraphicsState().getCurrentTransformationMatrix().clone());
            }

            @Override
            public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {}

            @Override
            public void clip(int windingRule) {}

            @Override
            public void moveTo(float x, float y) {}

            @Override
            public void lineTo(float x, float y) {}

            @Override
            public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {}

            @Override
            public Point2D getCurrentPoint() {
                return new Point2D.Float();
            }

            @Override
            public void closePath() {}

            @Override
            public void endPath() {}

            @Override
            public void strokePath() {}

            @Override
            public void fillPath(int windingRule) {}

            @Override
            public void fillAndStrokePath(int windingRule) {}

            @Override
            public void shadingFill(COSName shadingName) {}

            void run() throws IOException {
                processPage(getPage());
            }
        }.run();
        return drawn;
    }

    /** A red and white image of {@code width} by {@code height} pixels, as PNG or JPEG bytes. */
    static byte[] image(String type, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(0xB0, 0x1E, 0x1E));
        g.fillRect(0, 0, width / 2, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, type, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
