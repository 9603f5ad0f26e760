package io.github.actionplan.report.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.model.Recommendation;
import io.github.actionplan.model.Status;
import io.github.actionplan.report.Cell;
import io.github.actionplan.report.Column;
import io.github.actionplan.report.Narrative;
import io.github.actionplan.report.Palette;
import io.github.actionplan.report.Report;
import io.github.actionplan.report.Section;
import io.github.actionplan.testkit.ContractFixtures;
import io.github.actionplan.testkit.SeedPlans;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;

/**
 * A plan's texts in a language other than the report's have it on every run ({@code w:lang}, WCAG 3.1.2 Language of
 * Parts), so that Word and screen readers choose that language's voice, spelling and hyphenation; the report's own
 * words keep the document's default language, and a plan without a language is written as it always was.
 */
class DocxLanguageOfPartsTest {

    private static final String WELSH = "cy";

    /** The order CT_RPr's sequence gives the run properties, as ECMA-376 Part 1 lists them. */
    private static final List<String> RUN_PROPERTY_ORDER = List.of("rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps",
            "smallCaps", "strike", "dstrike", "outline", "shadow", "emboss", "imprint", "noProof", "snapToGrid",
            "vanish", "webHidden", "color", "spacing", "w", "kern", "position", "sz", "szCs", "highlight", "u",
            "effect", "bdr", "shd", "fitText", "vertAlign", "rtl", "cs", "em", "lang", "eastAsianLayout",
            "specVanish", "oMath", "rPrChange");

    @Test
    void aWelshPlansRecommendationsOutcomesNotesUpdatesAndListItemsAreWelshInEveryRun() throws IOException {
        ActionPlan plan = SeedPlans.merseyside();
        Recommendation first = plan.recommendations().getFirst();
        List<String> texts = List.of(first.text(), first.requiredOutcomes().getFirst(), first.notes().orElseThrow(),
                firstParagraph(first.updates().getFirst().text()),
                // Sub-action 1.1's description lists these, in the table of sub-actions.
                "Improve staff confidence in dealing with them", "Improve risk information");
        try (XWPFDocument document = Rendered.document(Fixtures.welshActionPlan())) {
            List<XWPFParagraph> paragraphs = Rendered.allParagraphs(document);
            for (String text : texts) {
                XWPFParagraph paragraph = paragraphs.stream().filter(p -> p.getText().equals(text)).findFirst()
                        .orElseThrow(() -> new AssertionError("no paragraph reads '" + text + "'"));
                assertThat(paragraph.getRuns()).as(text).isNotEmpty().extracting(XWPFRun::getLang).containsOnly(WELSH);
            }
            assertThat(paragraphs).filteredOn(p -> p.getNumID() != null && !p.getText().isBlank())
                    .as("list items").isNotEmpty()
                    .allSatisfy(p -> assertThat(p.getRuns()).extracting(XWPFRun::getLang).containsOnly(WELSH));
        }
    }

    @Test
    void aWelshPlansReportKeepsItsHeadingsTableHeadersStatusesKeyFactsAndFooterInTheReportsLanguage()
            throws IOException {
        try (XWPFDocument document = Rendered.document(Fixtures.welshActionPlan())) {
            List<XWPFParagraph> own = new ArrayList<>();
            document.getParagraphs().stream().filter(p -> p.getStyle() != null
                    && p.getStyle().matches("Subtitle|Heading[1-9]|Caption")).forEach(own::add);
            for (XWPFTable table : document.getTables()) {
                table.getRow(0).getTableCells().forEach(cell -> own.addAll(cell.getParagraphs()));
                // Key facts are the tables with row headers: their labels, and values of one line the plan gives.
                boolean keyFacts = List.of("on", "1", "true")
                        .contains(String.valueOf(table.getCTTbl().getTblPr().getTblLook().getFirstColumn()));
                for (XWPFTableRow row : table.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        String fill = Rendered.fill(cell);
                        boolean status = fill != null && !fill.equalsIgnoreCase(Layout.HEADER_FILL);
                        if (status || keyFacts) {
                            own.addAll(cell.getParagraphs());
                        }
                    }
                }
            }
            document.getFooterList().stream().map(XWPFFooter::getParagraphs).forEach(own::addAll);
            // The title, the plan's own words alone, is read in its language, in the running header too (run 98 #2).
            List<XWPFParagraph> titles = new ArrayList<>(document.getParagraphs().stream()
                    .filter(p -> "Title".equals(p.getStyle())).toList());
            document.getHeaderList().stream().map(XWPFHeader::getParagraphs).forEach(titles::addAll);
            assertThat(titles).hasSize(2).allSatisfy(p -> {
                assertThat(p.getText()).isEqualTo(Fixtures.welshActionPlan().title());
                assertThat(p.getRuns()).extracting(XWPFRun::getLang).containsOnly(WELSH);
            });

            assertThat(own).extracting(XWPFParagraph::getText).contains("Area for improvement", "Ref");
            assertThat(own).allSatisfy(p -> assertThat(p.getRuns()).as(p.getText()).extracting(XWPFRun::getLang)
                    .containsOnlyNulls());
            // Core marks whole paragraphs: none is Welsh in part.
            assertThat(Rendered.allParagraphs(document)).allSatisfy(p -> assertThat(p.getRuns().stream()
                    .map(XWPFRun::getLang).distinct().count()).as(p.getText()).isLessThanOrEqualTo(1));
        }
    }

    /** Marking the language adds {@code w:lang} and nothing else: no run is split, moved or restyled. */
    @Test
    void aWelshPlansDocumentIsItsEnglishOneWithTheLanguageOnThePlansRunsAndNothingElseChanged() throws IOException {
        Map<String, String> welsh = parts(Rendered.bytes(Fixtures.welshActionPlan()));
        Map<String, String> english = parts(Rendered.bytes(ContractFixtures.reports().get("merseyside-action-plan")));

        assertThat(welsh.get("word/document.xml")).contains("<w:lang w:val=\"cy\"/>");
        Map<String, String> unmarked = new LinkedHashMap<>();
        welsh.forEach((name, xml) -> unmarked.put(name, xml.replace("<w:rPr><w:lang w:val=\"cy\"/></w:rPr>", "")
                .replace("<w:lang w:val=\"cy\"/>", "")));
        assertThat(unmarked).isEqualTo(english);
    }

    @Test
    void aPlanWithNoLanguageHasNoRunMarkedWithALanguage() throws IOException {
        for (Map.Entry<String, Report> fixture : ContractFixtures.reports().entrySet()) {
            Map<String, String> parts = parts(Rendered.bytes(fixture.getValue()));
            parts.forEach((name, xml) -> {
                if (name.matches("word/(document|header\\d+|footer\\d+)\\.xml")) {
                    assertThat(xml).as("%s of %s", name, fixture.getKey()).doesNotContain("w:lang");
                }
            });
        }
    }

    @Test
    void linksBoldAndItalicRunsAndLineBreaksInAWelshParagraphAreWelshWithTheLanguageInItsPlaceInTheRunProperties()
            throws IOException {
        String link = "https://www.llyw.cymru/tan";
        Narrative text = Narrative.parse("**Sylwch:** gweler " + link + " a *darllenwch* hi.\n\n- eitem *un*\n- "
                + link).inLanguage(WELSH);
        Narrative broken = Rendered.withLineBreak("llinell gyntaf", "ail linell").inLanguage(WELSH);
        Report report = Fixtures.withSections(List.of(new Section.NarrativeText(text),
                new Section.NarrativeText(broken),
                new Section.Table("Camau", List.of(new Column("Testun", Column.ColumnType.NARRATIVE, 4)),
                        List.of(List.of(new Cell.NarrativeCell(text))))));
        try (XWPFDocument document = Rendered.document(report)) {
            List<XWPFRun> runs = Rendered.allParagraphs(document).stream()
                    .filter(p -> p.getText().contains("Sylwch") || p.getText().contains("eitem")
                            || p.getText().equals(link) || p.getText().contains("llinell"))
                    .flatMap(p -> p.getRuns().stream()).toList();

            assertThat(runs).filteredOn(XWPFHyperlinkRun.class::isInstance).hasSize(4);
            assertThat(runs).filteredOn(XWPFRun::isBold).isNotEmpty();
            assertThat(runs).filteredOn(XWPFRun::isItalic).hasSize(4);
            assertThat(runs).filteredOn(run -> !run.getCTR().getBrList().isEmpty()).hasSize(1);
            assertThat(runs).hasSize(21).extracting(XWPFRun::getLang).containsOnly(WELSH);
            // POI's schema takes run properties in any order; the standard's sequence, which Word keeps to, does not.
            assertThat(runs).allSatisfy(run -> assertThat(runPropertyNames(run.getCTR().getRPr()))
                    .isSortedAccordingTo((a, b) -> order(a) - order(b)).endsWith("lang"));
        }
    }

    @Test
    void aWelshPlansOwnLabelIsWelshInEveryRunShowingItInTheStatusTablesTheSummaryAndTheKey() throws IOException {
        try (XWPFDocument document = Rendered.document(Fixtures.welshLabelledActionPlan())) {
            Map<String, List<XWPFParagraph>> labelled = new LinkedHashMap<>();
            for (XWPFTable table : document.getTables()) {
                List<XWPFParagraph> showing = cellParagraphs(table).stream()
                        .filter(p -> p.getText().equals(Fixtures.WELSH_OFF_TRACK)).toList();
                if (!showing.isEmpty()) {
                    labelled.put(table.getCTTbl().getTblPr().getTblCaption().getVal(), showing);
                }
            }

            // The summary's status table, each area's status and its actions' statuses, and the key's Status column.
            assertThat(labelled.keySet()).contains("Status as of 30 June 2025", "Status of Area for improvement 2",
                    "Actions for Area for improvement 2", "Key to BRAG ratings");
            List<XWPFRun> runs = labelled.values().stream().flatMap(List::stream)
                    .flatMap(p -> p.getRuns().stream()).toList();
            assertThat(runs).hasSizeGreaterThan(20).extracting(XWPFRun::getLang).containsOnly(WELSH);
            // A status label's run is bold and coloured: the language still comes last, where the standard puts it.
            assertThat(runs).allSatisfy(run -> assertThat(runPropertyNames(run.getCTR().getRPr()))
                    .isSortedAccordingTo((a, b) -> order(a) - order(b)).endsWith("lang"));
        }
    }

    @Test
    void aWelshPlansDefaultLabelsAndTheReasonsBesideItsOwnLabelStayInTheReportsLanguage() throws IOException {
        try (XWPFDocument document = Rendered.document(Fixtures.welshLabelledActionPlan())) {
            List<XWPFParagraph> statuses = new ArrayList<>();
            for (XWPFTable table : document.getTables()) {
                boolean key = table.getCTTbl().getTblPr().getTblCaption().getVal().equals("Key to BRAG ratings");
                for (XWPFTableRow row : table.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        String fill = Rendered.fill(cell);
                        if (key || fill != null && !fill.equalsIgnoreCase(Layout.HEADER_FILL)) {
                            statuses.addAll(cell.getParagraphs());
                        }
                    }
                }
            }
            List<XWPFParagraph> reportsOwn = statuses.stream()
                    .filter(p -> !p.getText().equals(Fixtures.WELSH_OFF_TRACK)).toList();

            assertThat(reportsOwn).extracting(XWPFParagraph::getText)
                    .contains("Complete", "On track", "At risk", "Red", "Meaning")
                    .anySatisfy(text -> assertThat(text).startsWith("deadline 31 Aug 2024 passed"));
            assertThat(reportsOwn).allSatisfy(p -> assertThat(p.getRuns()).as(p.getText())
                    .extracting(XWPFRun::getLang).containsOnlyNulls());
        }
    }

    @Test
    void aLabelAndATextCellInAnotherLanguageAreMarkedInEveryRunAndTheNoteAndReasonBesideTheLabelAreNot()
            throws IOException {
        Status status = Status.OFF_TRACK;
        Palette palette = Palette.standard();
        Cell.StatusCell label = new Cell.StatusCell(status, "Oddi ar y\ntrywydd", Optional.of(Fixtures.NOTE),
                Optional.of(Fixtures.REASON), palette.fill(status), palette.text(status), Optional.of(WELSH));
        Report report = Fixtures.withSections(List.of(new Section.Table("Cynlluniau", List.of(
                new Column("Plan", Column.ColumnType.TEXT, 3), new Column("Status", Column.ColumnType.STATUS, 2)),
                List.of(List.of(new Cell.TextCell("Cynllun gweithredu", Optional.of(WELSH)), label),
                        List.of(new Cell.TextCell("Action plan"), Fixtures.status(status, true))),
                Optional.of(List.of(new Cell.TextCell("Cyfanswm", Optional.of(WELSH)), Cell.empty())))));
        try (XWPFDocument document = Rendered.document(report)) {
            Map<String, Set<String>> languages = runLanguages(document.getTables().getFirst());

            assertThat(languages).containsEntry("Oddi ar y\ntrywydd", Set.of(WELSH))
                    .containsEntry("Cynllun gweithredu", Set.of(WELSH)).containsEntry("Cyfanswm", Set.of(WELSH))
                    .containsEntry(Fixtures.NOTE, Set.of("null")).containsEntry(Fixtures.REASON, Set.of("null"))
                    .containsEntry("Action plan", Set.of("null")).containsEntry(status.defaultLabel(), Set.of("null"));
        }
    }

    @Test
    void aKeyFactInAnotherLanguageIsMarkedInItsValuesRunsAlone() throws IOException {
        // Trial 60 F2: a Welsh plan's inspection question sat in a cell read in an English voice.
        Report report = Fixtures.withSections(List.of(new Section.KeyFacts(List.of(
                new Section.KeyFact("Inspection area", "Atal tanau", Optional.of(WELSH)),
                new Section.KeyFact("Ref", "1")))));
        try (XWPFDocument document = Rendered.document(report)) {
            Map<String, Set<String>> languages = runLanguages(document.getTables().getFirst());

            assertThat(languages).containsEntry("Atal tanau", Set.of(WELSH))
                    .containsEntry("Inspection area", Set.of("null")).containsEntry("Ref", Set.of("null"))
                    .containsEntry("1", Set.of("null"));
        }
    }

    /** Each text of {@code table}'s cells' paragraphs, and the languages its runs are marked with ("null": none). */
    private static Map<String, Set<String>> runLanguages(XWPFTable table) {
        Map<String, Set<String>> languages = new LinkedHashMap<>();
        for (XWPFParagraph paragraph : cellParagraphs(table)) {
            Set<String> tags = languages.computeIfAbsent(paragraph.getText(), text -> new TreeSet<>());
            paragraph.getRuns().forEach(run -> tags.add(String.valueOf(run.getLang())));
        }
        return languages;
    }

    @Test
    void aPlanWithItsOwnLabelsButNoLanguageHasNoRunMarkedWithALanguage() throws IOException {
        Map<String, String> parts = parts(Rendered.bytes(Fixtures.labelledActionPlan()));

        assertThat(parts.get("word/document.xml")).contains(Fixtures.WELSH_OFF_TRACK);
        parts.forEach((name, xml) -> {
            if (name.matches("word/(document|header\\d+|footer\\d+)\\.xml")) {
                assertThat(xml).as(name).doesNotContain("w:lang");
            }
        });
    }

    /** Marking a label's language adds {@code w:lang} and nothing else, as marking the plan's texts does. */
    @Test
    void aWelshPlansLabelledDocumentIsItsEnglishOneWithTheLanguageOnThePlansRunsAndNothingElseChanged()
            throws IOException {
        Map<String, String> welsh = parts(Rendered.bytes(Fixtures.welshLabelledActionPlan()));
        Map<String, String> english = parts(Rendered.bytes(Fixtures.labelledActionPlan()));

        Map<String, String> unmarked = new LinkedHashMap<>();
        welsh.forEach((name, xml) -> unmarked.put(name, xml.replace("<w:rPr><w:lang w:val=\"cy\"/></w:rPr>", "")
                .replace("<w:lang w:val=\"cy\"/>", "")));
        assertThat(unmarked).isEqualTo(english);
    }

    private static int order(String name) {
        int at = RUN_PROPERTY_ORDER.indexOf(name);
        assertThat(at).as("run property %s", name).isNotNegative();
        return at;
    }

    private static List<String> runPropertyNames(CTRPr properties) {
        List<String> names = new ArrayList<>();
        try (XmlCursor cursor = Objects.requireNonNull(properties, "run properties").newCursor()) {
            for (boolean more = cursor.toFirstChild(); more; more = cursor.toNextSibling()) {
                names.add(cursor.getName().getLocalPart());
            }
        }
        return names;
    }

    private static String firstParagraph(String markdown) {
        return markdown.split("\n\n", 2)[0];
    }

    private static List<XWPFParagraph> cellParagraphs(XWPFTable table) {
        return table.getRows().stream().flatMap(row -> row.getTableCells().stream())
                .flatMap(cell -> cell.getParagraphs().stream()).toList();
    }

    /** The text of each XML part of a DOCX, by name. */
    private static Map<String, String> parts(byte[] docx) throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().endsWith(".xml") || entry.getName().endsWith(".rels")) {
                    parts.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return parts;
    }
}
