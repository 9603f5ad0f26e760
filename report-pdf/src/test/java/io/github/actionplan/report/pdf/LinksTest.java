package io.github.actionplan.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.model.ProgressUpdate;
import io.github.actionplan.model.Recommendation;
import io.github.actionplan.model.RecommendationKind;
import io.github.actionplan.model.ReportingPeriod;
import io.github.actionplan.model.SourceInspection;
import io.github.actionplan.model.SubAction;
import io.github.actionplan.model.Timescale;
import io.github.actionplan.report.Cell;
import io.github.actionplan.report.Column;
import io.github.actionplan.report.Column.ColumnType;
import io.github.actionplan.report.Narrative;
import io.github.actionplan.report.Palette;
import io.github.actionplan.report.Report;
import io.github.actionplan.report.ReportTemplates;
import io.github.actionplan.report.Section;
import io.github.actionplan.rules.Assessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/**
 * Web addresses in narrative text are links: an annotation over the address's text on each line
 * and page it takes, opening exactly the address, and, in the structure tree, a Link element in
 * the paragraph, cell or list body the address is in, holding its text and its annotations.
 */
class LinksTest {

    static final String GUIDANCE = "https://www.gov.uk/guidance/fire-safety";
    static final String LONG = "https://www.hmicfrs.justiceinspectorates.gov.uk/frs/wp-content/uploads/2023/"
            + "values-and-culture-in-fire-and-rescue-services-spotlight-report.pdf";
    static final String SURVEY = "https://example.org/survey";
    static final String UPDATE = "https://example.org/q1-update";

    /**
     * A plan with an address in a required outcome, one too long for its line in a sub-action's
     * description, one in an update, and a {@code javascript:} address that is no link.
     */
    static Report planWithLinks() {
        ActionPlan plan = ActionPlan.builder()
                .title("Plan with links")
                .organisation("Anyshire Fire and Rescue Service")
                .source(SourceInspection.builder().body("HMICFRS").title("Values and culture").build())
                .asOf(LocalDate.of(2025, 6, 30))
                .period(ReportingPeriod.of(2025, 1))
                .addRecommendation(Recommendation.builder().ref("R1").kind(RecommendationKind.RECOMMENDATION)
                        .text("The service should act on the spotlight report.").owner("People")
                        .addRequiredOutcomes("Staff know the guidance at " + GUIDANCE + ", and use it.")
                        .addSubAction(SubAction.builder().id("R1.1")
                                .description("Read the report (" + LONG + ") and run the survey at " + SURVEY
                                        + "; never javascript:alert(1).")
                                .due(Timescale.parse("March 2026")).progress(40).build())
                        .addUpdate(ProgressUpdate.builder().period(ReportingPeriod.of(2025, 1))
                                .text("Survey results are at " + UPDATE + " for all to read.").build())
                        .build())
                .build();
        return ReportTemplates.actionPlan().build(Assessor.standard().assess(plan, LocalDate.of(2025, 6, 30)));
    }

    /** A table whose one row runs over several pages, every line of it with an address. */
    static Report rowAcrossPages() {
        String lines = IntStream.rangeClosed(1, 80).mapToObj(i -> "Line " + i + " links to https://example.org/page/"
                + i + " in the middle.").collect(Collectors.joining("\n\n"));
        return PdfReportRendererTest.single(new Section.Table("Long row",
                List.of(new Column("Ref", ColumnType.TEXT, 1), new Column("Text", ColumnType.NARRATIVE, 4)),
                List.of(List.of(new Cell.TextCell("R1"), new Cell.NarrativeCell(Narrative.parse(lines))))));
    }

    @Test
    void everyAddressIsALinkAnnotationOpeningExactlyItWithNoBorder() {
        byte[] pdf = Pdfs.render(planWithLinks()).bytes();

        List<Link> links = links(pdf);
        assertThat(links).extracting(Link::address).containsOnly(GUIDANCE, LONG, SURVEY, UPDATE);
        assertThat(links).extracting(Link::address).contains(GUIDANCE, LONG, SURVEY, UPDATE);
        for (Link link : links) {
            assertThat(link.contents()).isEqualTo(link.address());
            assertThat(link.border()).as("border of %s", link.address()).isEqualTo(List.of(0f, 0f, 0f));
        }
    }

    @Test
    void anAddressIsDrawnInCoresLinkColourAndTheTextAroundItInTheTexts() {
        // Trial 64 F4: in PDF alone an address looked like the black text around it, nothing telling it opens.
        List<Pdfs.Glyph> glyphs = Pdfs.glyphs(Pdfs.render(planWithLinks()).bytes());
        float[] link = Layout.colour(Palette.LINK).getRGBColorComponents(null);
        float[] text = Layout.colour(Palette.TEXT).getRGBColorComponents(null);

        assertThat(Pdfs.find(glyphs, GUIDANCE)).hasSize(GUIDANCE.length())
                .allSatisfy(g -> assertThat(g.colour()).containsExactly(link, within(0.01f)));
        assertThat(Pdfs.find(glyphs, "Staff know the guidance at")).isNotEmpty()
                .allSatisfy(g -> assertThat(g.colour()).containsExactly(text, within(0.01f)));
    }

    @Test
    void anAddressTooLongForItsLineHasARectangleOnEachLineCoveringItsText() {
        byte[] pdf = Pdfs.render(planWithLinks()).bytes();

        List<Link> longLink = links(pdf).stream().filter(link -> link.address().equals(LONG)).toList();
        assertThat(longLink).hasSizeGreaterThanOrEqualTo(2);
        assertThat(longLink.stream().map(link -> link.rectangle().getLowerLeftY()).distinct().count())
                .as("lines the address is on").isGreaterThanOrEqualTo(2);
        List<TextPosition> glyphs = glyphsOf(pdf, LONG);
        assertThat(glyphs).hasSize(LONG.length());
        for (TextPosition glyph : glyphs) {
            assertThat(longLink.stream().anyMatch(link -> covers(link, glyph)))
                    .as("'%s' at %s, %s is under a rectangle of its link", glyph.getUnicode(), glyph.getX(),
                            glyph.getY())
                    .isTrue();
        }
    }

    @Test
    void theLinkElementHoldsTheAddressAsTextAndEachOfItsAnnotations() {
        byte[] pdf = Pdfs.render(planWithLinks()).bytes();

        List<StructureText.Node> nodes = StructureText.read(pdf).stream().flatMap(node -> node.flatten().stream())
                .toList();
        // A line break where the address wraps is no part of it.
        assertThat(nodes.stream().filter(node -> node.type().equals("Link")).map(node -> unbroken(node.allText())))
                .containsExactlyInAnyOrder(GUIDANCE, LONG, SURVEY, UPDATE);
        try (PDDocument document = Pdfs.load(pdf)) {
            PDNumberTreeNode parentTree = document.getDocumentCatalog().getStructureTreeRoot().getParentTree();
            for (Link link : links(document)) {
                COSDictionary annotation = link.annotation();
                COSBase parent = parentTree.getValue(annotation.getInt(COSName.STRUCT_PARENT)) instanceof
                        COSObjectable value ? value.getCOSObject() : null;
                assertThat(parent).as("%s's parent", link.address()).isInstanceOf(COSDictionary.class);
                PDStructureElement element = new PDStructureElement((COSDictionary) parent);
                assertThat(element.getStructureType()).isEqualTo("Link");
                assertThat(element.getKids()).anySatisfy(kid -> assertThat(kid).isInstanceOfSatisfying(
                        PDObjectReference.class, reference -> assertThat(reference.getCOSObject()
                                .getDictionaryObject(COSName.OBJ)).isSameAs(annotation)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void linksAreInTheElementTheirTextIsIn() {
        byte[] pdf = Pdfs.render(planWithLinks()).bytes();

        List<StructureText.Node> nodes = StructureText.read(pdf).stream().flatMap(node -> node.flatten().stream())
                .toList();
        for (String address : List.of(GUIDANCE, LONG, SURVEY, UPDATE)) {
            StructureText.Node holder = nodes.stream().filter(node -> node.kids().stream()
                    .anyMatch(kid -> kid.type().equals("Link") && unbroken(kid.allText()).equals(address))).findFirst()
                    .orElseThrow();
            assertThat(holder.type()).as("what holds %s", address).isIn("P", "TD", "LBody");
        }
    }

    @Test
    void aSentenceWithALinkReadsOnceInOrderAsTextAndAsTheStructureTree() {
        byte[] pdf = Pdfs.render(planWithLinks()).bytes();

        String sentence = "Survey results are at " + UPDATE + " for all to read.";
        assertThat(countOf(Pdfs.text(pdf).replaceAll("\\s+", " "), sentence)).isEqualTo(1);
        assertThat(countOf(Pdfs.contentText(pdf).replaceAll("\\s+", " "), sentence)).isEqualTo(1);
    }

    @Test
    void aJavascriptAddressStaysText() {
        byte[] pdf = Pdfs.render(planWithLinks()).bytes();

        assertThat(Pdfs.text(pdf)).contains("javascript:alert(1)");
        assertThat(links(pdf)).extracting(Link::address).noneMatch(address -> address.startsWith("javascript"));
    }

    @Test
    void aRowRunningOverPagesHasEachAddressLinkedOnThePageItIsOn() {
        byte[] pdf = Pdfs.render(rowAcrossPages()).bytes();

        assertThat(Pdfs.pages(pdf)).isGreaterThan(1);
        List<Link> links = links(pdf);
        assertThat(links).extracting(Link::address).containsAll(IntStream.rangeClosed(1, 80)
                .mapToObj(i -> "https://example.org/page/" + i).toList());
        assertThat(links.stream().map(Link::page).distinct().count()).isGreaterThan(1);
        for (Link link : links) {
            List<TextPosition> glyphs = glyphsOn(pdf, link.page(), link.address());
            assertThat(glyphs).as(link.address()).isNotEmpty();
            assertThat(glyphs).allMatch(glyph -> covers(link, glyph));
        }
        assertThat(VeraPdf.pdfUaFailures(pdf)).isEmpty();
    }

    @Test
    void aParagraphOfLinksRunningOverPagesReadsOnceInOrder() {
        // Addresses short beside the words after them, so that pages break in those words too.
        String paragraph = IntStream.rangeClosed(1, 400).mapToObj(i -> "Sentence " + i + " is at https://example.org/"
                + i + " and is read with the words that come after it on the same line and the next.")
                .collect(Collectors.joining(" "));
        byte[] pdf = Pdfs.render(PdfReportRendererTest.single(new Section.Table("One long paragraph",
                List.of(new Column("Ref", ColumnType.TEXT, 1), new Column("Text", ColumnType.NARRATIVE, 4)),
                List.of(List.of(new Cell.TextCell("R1"), new Cell.NarrativeCell(Narrative.parse(paragraph)))))))
                .bytes();

        assertThat(Pdfs.pages(pdf)).isGreaterThan(2);
        assertThat(links(pdf)).hasSizeGreaterThanOrEqualTo(400);
        String read = Pdfs.squeezed(Pdfs.contentText(pdf));
        assertThat(countOf(read, Pdfs.squeezed(paragraph))).as("the paragraph read once, in order").isEqualTo(1);
        // Its text on each page is marked as the piece it is part of, each Span's actual text standing for its glyphs.
        List<StructureText.Node> pieces = StructureText.read(pdf).stream().flatMap(node -> node.flatten().stream())
                .filter(node -> node.type().equals("Span") || node.type().equals("Link")).toList();
        assertThat(pieces).hasSizeGreaterThanOrEqualTo(800);
        assertThat(pieces.stream().allMatch(piece -> Pdfs.squeezed(piece.marked()).equals(Pdfs.squeezed(piece.text()))))
                .as("every Span and Link marks the glyphs of its own text").isTrue();
        assertThat(VeraPdf.pdfUaFailures(pdf)).isEmpty();
    }

    @Test
    void addressesInListsAndAtEitherEndOfAParagraphAreLinksInTheirElement() {
        Narrative narrative = Narrative.parse(SURVEY + " opens the survey.\n\n"
                + "- The guidance is at " + GUIDANCE + "\n- " + UPDATE + "\n\n"
                + "1. Read " + LONG + " first.\n\n"
                + "The results are at " + UPDATE + "/results");
        byte[] pdf = Pdfs.render(PdfReportRendererTest.single(new Section.NarrativeText(narrative))).bytes();

        assertThat(links(pdf)).extracting(Link::address).contains(SURVEY, GUIDANCE, UPDATE, LONG, UPDATE + "/results");
        List<StructureText.Node> nodes = StructureText.read(pdf).stream().flatMap(node -> node.flatten().stream())
                .toList();
        for (String address : List.of(SURVEY, GUIDANCE, UPDATE, LONG, UPDATE + "/results")) {
            StructureText.Node holder = nodes.stream().filter(node -> node.kids().stream()
                    .anyMatch(kid -> kid.type().equals("Link") && unbroken(kid.allText()).equals(address))).findFirst()
                    .orElseThrow();
            assertThat(holder.type()).as("what holds %s", address).isIn("P", "LBody");
        }
        assertThat(Pdfs.squeezed(Pdfs.contentText(pdf))).contains(Pdfs.squeezed(SURVEY + " opens the survey."
                + "•The guidance is at " + GUIDANCE + "•" + UPDATE + "1.Read " + LONG + " first."
                + "The results are at " + UPDATE + "/results"));
        assertThat(VeraPdf.pdfUaFailures(pdf)).isEmpty();
    }

    /** A link annotation: its page (from 1), address, rectangle, description and border. */
    record Link(int page, String address, PDRectangle rectangle, String contents, List<Float> border,
            COSDictionary annotation) {}

    static List<Link> links(byte[] pdf) {
        try (PDDocument document = Pdfs.load(pdf)) {
            return links(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Link> links(PDDocument document) throws IOException {
        List<Link> links = new ArrayList<>();
        for (int i = 0; i < document.getNumberOfPages(); i++) {
            PDPage page = document.getPage(i);
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                    COSArray border = annotation.getCOSObject().getCOSArray(COSName.BORDER);
                    List<Float> widths = new ArrayList<>();
                    for (int w = 0; border != null && w < border.size(); w++) {
                        widths.add(((org.apache.pdfbox.cos.COSNumber) border.getObject(w)).floatValue());
                    }
                    links.add(new Link(i + 1, uri.getURI(), annotation.getRectangle(), annotation.getContents(),
                            widths, annotation.getCOSObject()));
                }
            }
        }
        return links;
    }

    /** Whether the middle of {@code glyph} lies in {@code link}'s rectangle on its page. */
    private static boolean covers(Link link, TextPosition glyph) {
        PDRectangle box = link.rectangle();
        float x = glyph.getX() + glyph.getWidth() / 2;
        // TextPosition's y runs down from the top of the page, to the baseline.
        float y = glyph.getPageHeight() - glyph.getY() + glyph.getHeight() / 2;
        return box.getLowerLeftX() <= x && x <= box.getUpperRightX() && box.getLowerLeftY() <= y
                && y <= box.getUpperRightY();
    }

    /** The glyphs of the first run of {@code text} in the document, whichever lines and pages it takes. */
    private static List<TextPosition> glyphsOf(byte[] pdf, String text) {
        return glyphs(pdf, 1, Integer.MAX_VALUE, text);
    }

    private static List<TextPosition> glyphsOn(byte[] pdf, int page, String text) {
        return glyphs(pdf, page, page, text);
    }

    /**
     * The glyphs of the first run of {@code text} on pages {@code from} to {@code to}, spaces and
     * line breaks between glyphs not counted.
     */
    private static List<TextPosition> glyphs(byte[] pdf, int from, int to, String text) {
        List<TextPosition> all = new ArrayList<>();
        try (PDDocument document = Pdfs.load(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition position) {
                    if (!position.getUnicode().isBlank()) {
                        all.add(position);
                    }
                }
            };
            stripper.setStartPage(from);
            stripper.setEndPage(to);
            stripper.getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StringBuilder glyphText = new StringBuilder();
        all.forEach(position -> glyphText.append(position.getUnicode()));
        int at = glyphText.indexOf(text);
        if (at < 0) {
            return List.of();
        }
        // Every glyph here is one character, as the address is ASCII.
        return all.subList(at, at + text.length());
    }

    private static String unbroken(String text) {
        return text.replace("\n", "");
    }

    private static int countOf(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
