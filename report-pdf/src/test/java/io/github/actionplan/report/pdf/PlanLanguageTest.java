package io.github.actionplan.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.model.ProgressUpdate;
import io.github.actionplan.model.Recommendation;
import io.github.actionplan.model.RecommendationKind;
import io.github.actionplan.model.ReportingPeriod;
import io.github.actionplan.model.SourceInspection;
import io.github.actionplan.model.Status;
import io.github.actionplan.model.StatusLabels;
import io.github.actionplan.model.SubAction;
import io.github.actionplan.model.Timescale;
import io.github.actionplan.report.Block;
import io.github.actionplan.report.Cell;
import io.github.actionplan.report.Chapter;
import io.github.actionplan.report.Column;
import io.github.actionplan.report.Column.ColumnType;
import io.github.actionplan.report.Inline;
import io.github.actionplan.report.Narrative;
import io.github.actionplan.report.Orientation;
import io.github.actionplan.report.Report;
import io.github.actionplan.report.ReportTemplates;
import io.github.actionplan.report.Section;
import io.github.actionplan.rules.Assessor;
import io.github.actionplan.testkit.ContractFixtures;
import java.io.IOException;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * A plan's texts written in a language other than the report's are marked with it where they are held in the
 * structure tree (PDF/UA-1 7.2, WCAG 3.1.2), so that a screen reader reads a Welsh plan's words in a Welsh voice;
 * the report's own words (headings, column headers, list markers) are not, and are read in the document's language.
 */
class PlanLanguageTest {

    static final String TEXT = "Dylai'r gwasanaeth adolygu ei bolisïau disgyblu.";
    static final String FIRST_ITEM = "Hyfforddi'r rheolwyr i gyd";
    static final String SECOND_ITEM = "Cyhoeddi'r canlyniadau i'r staff";
    static final String OUTCOME = "Mae'r staff yn deall y polisïau newydd.";
    static final String ACTION = "Adolygu'r polisi disgyblu gyda'r undebau";
    static final String UPDATE = "Mae'r adolygiad wedi dechrau a bydd yn gorffen yn yr hydref.";
    /** The plan's title, which heads its action plan and summary. */
    static final String TITLE = "Cynllun gweithredu";
    static final List<String> PLAN_TEXTS = List.of(TITLE, TEXT, FIRST_ITEM, SECOND_ITEM, OUTCOME, ACTION, UPDATE);
    /** Elements that hold the report's own words, never a plan's text. */
    static final Set<String> TEMPLATE_ELEMENTS = Set.of("H1", "H2", "H3", "H4", "H5", "H6", "TH", "Caption", "Lbl",
            "Figure");

    /** The labelled plan's own word for off track, in Welsh. */
    static final String LABEL = "Oddi ar y trywydd";
    static final String OVERDUE = "Cyflwyno'r polisi newydd i'r bwrdd";
    /** Every text of {@link #labelledWelshPlan()} in its language: its items' texts and its word for off track. */
    static final List<String> LABELLED_PLAN_TEXTS = Stream.concat(PLAN_TEXTS.stream(),
            Stream.of(OVERDUE, LABEL)).toList();

    /** A plan in Welsh: its item's text with a list, a required outcome, a sub-action and an update. */
    static ActionPlan welshPlan() {
        return ActionPlan.builder()
                .title(TITLE)
                .organisation("Gwasanaeth Tân ac Achub Canolbarth a Gorllewin Cymru")
                .source(SourceInspection.builder().body("HMICFRS").title("Values and culture").build())
                .asOf(LocalDate.of(2025, 6, 30))
                .period(ReportingPeriod.of(2025, 1))
                .addRecommendation(Recommendation.builder().ref("R1").kind(RecommendationKind.RECOMMENDATION)
                        .text(TEXT + "\n\n- " + FIRST_ITEM + "\n- " + SECOND_ITEM).owner("Pobl")
                        .addRequiredOutcomes(OUTCOME)
                        .addSubAction(SubAction.builder().id("R1.1").description(ACTION)
                                .due(Timescale.parse("March 2026")).progress(40).build())
                        .addUpdate(ProgressUpdate.builder().period(ReportingPeriod.of(2025, 1)).text(UPDATE).build())
                        .build())
                .build()
                .withLanguage("cy");
    }

    /** The action-plan report of {@link #welshPlan()}. */
    static Report welshActionPlan() {
        return ReportTemplates.actionPlan().build(Assessor.standard().assess(welshPlan(), LocalDate.of(2025, 6, 30)));
    }

    /** The summary report of {@link #welshPlan()}: its item's text in a table cell. */
    static Report welshSummary() {
        return ReportTemplates.summary().build(Assessor.standard().assess(welshPlan(), LocalDate.of(2025, 6, 30)));
    }

    /**
     * {@link #welshPlan()} with its own Welsh word for off track, and a second item, overdue, that has it: the first
     * item is on track under the default label, which is the report's.
     */
    static ActionPlan labelledWelshPlan() {
        return ActionPlan.builder().from(welshPlan())
                .addRecommendation(Recommendation.builder().ref("R2").kind(RecommendationKind.RECOMMENDATION)
                        .text(OVERDUE).owner("Pobl")
                        .addSubAction(SubAction.builder().id("R2.1").description(OVERDUE)
                                .due(Timescale.parse("March 2025")).progress(10).build())
                        .build())
                .statusLabels(StatusLabels.builder().putCustom(Status.OFF_TRACK, LABEL).build())
                .build()
                .withLanguage("cy");
    }

    /** The action-plan report of {@link #labelledWelshPlan()}: its status tables draw a reason beside the label. */
    static Report labelledWelshActionPlan() {
        return ReportTemplates.actionPlan().build(Assessor.standard().assess(labelledWelshPlan(),
                LocalDate.of(2025, 6, 30)));
    }

    /** The summary report of {@link #labelledWelshPlan()}: its status summary's table names each label alone. */
    static Report labelledWelshSummary() {
        return ReportTemplates.summary().build(Assessor.standard().assess(labelledWelshPlan(),
                LocalDate.of(2025, 6, 30)));
    }

    @Test
    void theElementsHoldingAPlansTextsAreMarkedWithItsLanguage() {
        List<StructureText.Node> nodes = nodes(Pdfs.render(welshActionPlan()).bytes());

        for (String text : PLAN_TEXTS) {
            assertThat(nodes).filteredOn(node -> node.text().contains(text)).as("the elements holding %s", text)
                    .isNotEmpty().allSatisfy(node -> assertThat(node.language()).as(node.type()).isEqualTo("cy"));
        }
        // The item's paragraph its P, each of its list's items its LBody, the sub-action its cell.
        assertThat(nodes).filteredOn(node -> "cy".equals(node.language())).extracting(StructureText.Node::type)
                .contains("P", "LBody", "TD");
    }

    @Test
    void theReportsOwnWordsAreNotMarkedAndTheDocumentStaysInBritishEnglish() throws IOException {
        byte[] pdf = Pdfs.render(welshActionPlan()).bytes();
        List<StructureText.Node> nodes = nodes(pdf);

        // The title is the plan's own words alone: its H1 is read as Welsh (run 98 #2).
        assertThat(nodes).filteredOn(node -> TEMPLATE_ELEMENTS.contains(node.type()) && !node.text().equals(TITLE))
                .isNotEmpty()
                .allSatisfy(node -> assertThat(node.language()).as("%s \"%s\"", node.type(), node.text()).isNull());
        assertThat(nodes).filteredOn(node -> node.type().equals("H1")).extracting(StructureText.Node::text,
                StructureText.Node::language).containsExactly(tuple(TITLE, "cy"));
        assertThat(nodes).filteredOn(node -> node.language() != null)
                .allSatisfy(node -> assertThat(PLAN_TEXTS).as("%s \"%s\"", node.type(), node.text())
                        .anyMatch(text -> node.allText().contains(text)));
        try (PDDocument document = Pdfs.load(pdf)) {
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
        }
    }

    @Test
    void aTableCellOfParagraphsAndListsHasEachOfThemMarkedRatherThanItself() {
        List<StructureText.Node> nodes = nodes(Pdfs.render(welshSummary()).bytes());

        // The summary's cell holds the item's text (a paragraph and a list) as elements of their own.
        assertThat(nodes).filteredOn(node -> node.text().contains(TEXT)).singleElement()
                .satisfies(node -> assertThat(node.type()).isEqualTo("P"))
                .satisfies(node -> assertThat(node.language()).isEqualTo("cy"));
        assertThat(nodes).filteredOn(node -> node.text().contains(FIRST_ITEM) || node.text().contains(SECOND_ITEM))
                .hasSize(2).allSatisfy(node -> assertThat(node.type()).isEqualTo("LBody"))
                .allSatisfy(node -> assertThat(node.language()).isEqualTo("cy"));
        assertThat(nodes).filteredOn(node -> node.type().equals("TD") && node.allText().contains(TEXT))
                .singleElement().satisfies(node -> assertThat(node.language()).isNull());
    }

    @Test
    void aListItemOfSeveralParagraphsHasEachOfThemMarked() {
        Narrative narrative = new Narrative(List.of(new Block.BulletList(List.of(new Block.ListItem(List.of(
                welsh(FIRST_ITEM), welsh(SECOND_ITEM)))))));
        List<StructureText.Node> nodes = nodes(Pdfs.render(PdfReportRendererTest.single(
                new Section.NarrativeText(narrative))).bytes());

        assertThat(nodes).filteredOn(node -> node.type().equals("P") && node.language() != null)
                .extracting(StructureText.Node::text, StructureText.Node::language)
                .containsExactly(tuple(FIRST_ITEM, "cy"), tuple(SECOND_ITEM, "cy"));
        assertThat(nodes).filteredOn(node -> node.type().equals("LBody") || node.type().equals("LI"))
                .allSatisfy(node -> assertThat(node.language()).isNull());
    }

    @Test
    void aParagraphTooLongForOneSliceHasEveryPieceMarkedOnThePageAndInACell() {
        String text = "Mae'r gwasanaeth yn gwella bob blwyddyn. ".repeat(1_300);
        Block.Paragraph paragraph = new Block.Paragraph(List.of(Inline.Span.plain(text)), Optional.of("cy"));
        Report report = Fixtures.report("Long Welsh text", "A test", List.of(new Chapter("Text",
                Orientation.PORTRAIT, List.of(new Section.NarrativeText(new Narrative(List.of(paragraph))),
                        new Section.Table("Long cell", List.of(new Column("Ref", ColumnType.TEXT, 1),
                                new Column("Text", ColumnType.NARRATIVE, 4)), List.of(List.of(
                                        new Cell.TextCell("R1"), new Cell.NarrativeCell(new Narrative(List.of(
                                                paragraph))))))))));
        byte[] pdf = Pdfs.render(report).bytes();
        List<StructureText.Node> nodes = nodes(pdf);

        assertThat(text.length()).isGreaterThan(Slices.LENGTH);
        assertThat(Pdfs.pages(pdf)).isGreaterThan(2);
        assertThat(nodes).filteredOn(node -> node.type().equals("P") && node.text().contains("gwasanaeth"))
                .hasSizeGreaterThanOrEqualTo(2).allSatisfy(node -> assertThat(node.language()).isEqualTo("cy"));
        assertThat(nodes).filteredOn(node -> node.type().equals("TD") && node.text().contains("gwasanaeth"))
                .singleElement().satisfies(node -> assertThat(node.language()).isEqualTo("cy"));
    }

    @Test
    void aPlanInTheReportsLanguageHasNoElementMarkedWithALanguage() {
        List<StructureText.Node> nodes = nodes(Pdfs.render(ContractFixtures.hostileActionPlan()).bytes());

        assertThat(nodes).isNotEmpty().allSatisfy(node -> assertThat(node.language()).isNull());
    }

    @Test
    void aPlansOwnWordForAStatusIsMarkedWithItsLanguageWhereverItIsHeld() {
        for (Report report : List.of(labelledWelshActionPlan(), labelledWelshSummary())) {
            List<Marked> labels = marked(Pdfs.render(report).bytes()).stream()
                    .filter(marked -> marked.node().text().equals(LABEL)).toList();

            // The status tables, the summary's counts and the key's column of the plan's words each hold it.
            assertThat(labels).as(report.title()).hasSizeGreaterThanOrEqualTo(3)
                    .allSatisfy(marked -> assertThat(marked.language()).as(marked.node().type()).isEqualTo("cy"));
        }
    }

    @Test
    void aLabelDrawnBesideItsReasonIsAParagraphOfItsOwnMarkedAloneInTheCell() {
        List<StructureText.Node> nodes = nodes(Pdfs.render(labelledWelshActionPlan()).bytes());

        List<StructureText.Node> cells = nodes.stream().filter(node -> node.type().equals("TD")
                && !node.kids().isEmpty() && node.kids().getFirst().text().equals(LABEL)).toList();
        assertThat(cells).isNotEmpty().allSatisfy(cell -> {
            assertThat(cell.language()).isNull();
            assertThat(cell.marked()).as("the cell's own text").isEmpty();
            assertThat(cell.kids()).hasSizeGreaterThanOrEqualTo(2)
                    .allSatisfy(kid -> assertThat(kid.type()).isEqualTo("P"));
            assertThat(cell.kids().getFirst().language()).isEqualTo("cy");
            // The reason (and any note) are the report's words, read in its language.
            assertThat(cell.kids().subList(1, cell.kids().size())).allSatisfy(kid -> {
                assertThat(kid.text()).isNotBlank().doesNotContain(LABEL);
                assertThat(kid.language()).isNull();
            });
        });
    }

    @Test
    void aPlansTitleNamingItInAPortfoliosTableIsMarkedWithItsLanguage() {
        ActionPlan second = ActionPlan.builder().from(labelledWelshPlan()).title("Ail gynllun").build();
        Report portfolio = ReportTemplates.portfolio().build(List.of(
                Assessor.standard().assess(labelledWelshPlan(), LocalDate.of(2025, 6, 30)),
                Assessor.standard().assess(second, LocalDate.of(2025, 6, 30))));
        List<StructureText.Node> nodes = nodes(Pdfs.render(portfolio).bytes());

        // The plans share an organisation, so the table of exceptions names each by its title.
        assertThat(nodes).filteredOn(node -> node.type().equals("TD") && node.text().equals("Ail gynllun"))
                .isNotEmpty().allSatisfy(node -> assertThat(node.language()).isEqualTo("cy"));
    }

    @Test
    void aKeyFactInAnotherLanguageIsMarkedOnItsValuesCellAlone() {
        // Trial 60 F2: a Welsh plan's inspection question sat in a cell read in an English voice.
        Report report = PdfReportRendererTest.single(new Section.KeyFacts(List.of(
                new Section.KeyFact("Inspection area", "Atal tanau", Optional.of("cy")),
                new Section.KeyFact("Ref", "1"))));
        byte[] pdf = Pdfs.render(report).bytes();
        List<StructureText.Node> nodes = nodes(pdf);

        assertThat(nodes).filteredOn(node -> node.text().equals("Atal tanau")).singleElement()
                .satisfies(node -> assertThat(node.language()).isEqualTo("cy"));
        assertThat(nodes).filteredOn(node -> List.of("Inspection area", "Ref", "1").contains(node.text()))
                .hasSize(3).allSatisfy(node -> assertThat(node.language()).isNull());
        assertThat(VeraPdf.pdfUaFailures(pdf)).isEmpty();
    }

    @Test
    void defaultLabelsAndTheReportsWordsBesideAPlansOwnLabelAreNotMarked() {
        for (Report report : List.of(labelledWelshActionPlan(), labelledWelshSummary())) {
            List<Marked> all = marked(Pdfs.render(report).bytes());

            assertThat(all).filteredOn(marked -> marked.node().text().equals(Status.ON_TRACK.defaultLabel()))
                    .as(report.title()).isNotEmpty().allSatisfy(marked -> assertThat(marked.language()).isNull());
            // Nothing is marked but the plan's texts and its own word for a status.
            assertThat(all).filteredOn(marked -> marked.node().language() != null)
                    .allSatisfy(marked -> assertThat(LABELLED_PLAN_TEXTS).as("%s \"%s\"",
                            marked.node().type(), marked.node().text())
                            .anyMatch(text -> marked.node().allText().contains(text)));
        }
    }

    private static Block.Paragraph welsh(String text) {
        return new Block.Paragraph(List.of(Inline.Span.plain(text)), Optional.of("cy"));
    }

    /** An element and the language it is read in: its own Lang, else the nearest of its ancestors'. */
    record Marked(StructureText.Node node, String language) {}

    /** Every element under the Document, in tree order, with the language it is read in. */
    static List<Marked> marked(byte[] pdf) {
        List<Marked> all = new ArrayList<>();
        for (StructureText.Node document : StructureText.read(pdf)) {
            for (StructureText.Node kid : document.kids()) {
                collect(kid, null, all);
            }
        }
        return all;
    }

    private static void collect(StructureText.Node node, String inherited, List<Marked> out) {
        String language = node.language() != null ? node.language() : inherited;
        out.add(new Marked(node, language));
        node.kids().forEach(kid -> collect(kid, language, out));
    }

    /** Every element of the tree, in tree order. */
    private static List<StructureText.Node> nodes(byte[] pdf) {
        return StructureText.read(pdf).stream().flatMap(node -> node.flatten().stream()).toList();
    }
}
