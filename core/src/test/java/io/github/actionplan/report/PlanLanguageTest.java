package io.github.actionplan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.github.actionplan.fixtures.SeedPlans;
import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.model.ProgressUpdate;
import io.github.actionplan.model.ReportingPeriod;
import io.github.actionplan.model.Status;
import io.github.actionplan.model.StatusLabels;
import io.github.actionplan.model.SubAction;
import io.github.actionplan.rules.Assessor;
import io.github.actionplan.rules.PlanAssessment;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Trial 45 F1: a plan written in Welsh was announced in an English voice from start to finish. A plan names the
 * language of its texts; every report marks those texts with it, and none of its own words.
 */
class PlanLanguageTest {

    private static final LocalDate AS_OF = SeedPlans.MERSEYSIDE_AS_OF;
    private static final ActionPlan ENGLISH = SeedPlans.merseyside();
    private static final ActionPlan WELSH = ENGLISH.withLanguage("cy").withRecommendations(ENGLISH.recommendations()
            .stream().map(r -> r.withUpdate(ProgressUpdate.builder().period(ReportingPeriod.containing(AS_OF))
                    .text("Diweddariad: mae'r gwaith wedi dechrau.\n\n- arolwg\n- hyfforddiant").build())).toList());

    static Stream<String> reports() {
        return Stream.concat(ReportTemplates.NAMES.stream(), Stream.of("progress", "portfolio"));
    }

    @ParameterizedTest
    @MethodSource("reports")
    void everyTextOfAWelshPlanIsMarkedWelshInEveryReportAndTheReportsOwnWordsAreNot(String name) {
        List<Block.Paragraph> paragraphs = paragraphs(report(name, WELSH));

        assertThat(paragraphs).filteredOn(p -> p.language().isPresent()).isNotEmpty()
                .allSatisfy(p -> assertThat(p.language()).contains("cy"));
        // Each recommendation's words are the plan's, wherever a report shows them (led by a ref or not).
        List<String> texts = WELSH.recommendations().stream().map(r -> Narrative.parse(r.text()).texts().getFirst())
                .toList();
        assertThat(paragraphs).filteredOn(p -> texts.stream().anyMatch(p.text()::endsWith)).isNotEmpty()
                .allSatisfy(p -> assertThat(p.language()).contains("cy"));
        assertThat(report(name, WELSH).metadata().language()).isEqualTo("en-GB");
    }

    @ParameterizedTest
    @MethodSource("reports")
    void aPlanInBritishEnglishOrNamingNoLanguageHasNothingMarked(String name) {
        assertThat(paragraphs(report(name, ENGLISH))).allSatisfy(p -> assertThat(p.language()).isEmpty());
        // English of another region is read in the voice the report's words are (trial 60 F10: 56 marks of "en").
        for (String english : List.of("en-GB", "EN-gb", "en", "en-US")) {
            assertThat(paragraphs(report(name, ENGLISH.withLanguage(english))))
                    .allSatisfy(p -> assertThat(p.language()).isEmpty());
        }
    }

    /** Run 98 #2: the first line of a Welsh plan's action plan, its title, was read in an English voice. */
    @ParameterizedTest
    @MethodSource("reports")
    void aReportTitledWithAWelshPlansTitleAloneMarksItWelshAndOneOfTheReportsWordsBesideItDoesNot(String name) {
        Report welsh = report(name, WELSH);
        boolean plansOwn = welsh.title().equals(WELSH.title());

        assertThat(plansOwn).isEqualTo(List.of("action-plan", "summary").contains(name));
        assertThat(welsh.titleLanguage()).isEqualTo(plansOwn ? Optional.of("cy") : Optional.empty());
        assertThat(report(name, ENGLISH).titleLanguage()).isEmpty();
        assertThat(report(name, ENGLISH.withLanguage("en-US")).titleLanguage()).isEmpty();
    }

    @Test
    void aTitleAUserGivesIsTheReportsWordsNotThePlans() {
        PlanAssessment assessment = Assessor.standard().assess(WELSH, AS_OF);

        assertThat(ReportTemplates.actionPlan().withTitle(WELSH.title()).build(assessment).titleLanguage()).isEmpty();
        assertThat(ReportTemplates.summary().withTitle("Crynodeb").build(assessment).titleLanguage()).isEmpty();
    }

    @Test
    void anInspectionQuestionIsAKeyFactInThePlansLanguageAndTheOtherFactsAreTheReports() {
        // Trial 60 F2: "Atal tanau a risgiau eraill" sat alone in its cell, read in an English voice.
        for (ActionPlan plan : List.of(WELSH, ENGLISH)) {
            ActionPlan asked = plan.withRecommendations(plan.recommendations().stream().map(r -> io.github
                    .actionplan.model.Recommendation.builder().from(r).question("Atal tanau a risgiau eraill")
                    .build()).toList());
            List<Section.KeyFact> facts = report("action-plan", asked).chapters().stream()
                    .flatMap(chapter -> chapter.sections().stream()).filter(Section.KeyFacts.class::isInstance)
                    .flatMap(section -> ((Section.KeyFacts) section).facts().stream()).toList();

            Optional<String> language = plan == WELSH ? Optional.of("cy") : Optional.empty();
            assertThat(facts).filteredOn(fact -> fact.value().equals("Atal tanau a risgiau eraill"))
                    .hasSize(asked.recommendations().size()).allSatisfy(fact -> {
                        assertThat(fact.language()).isEqualTo(language);
                        assertThat(new Section.KeyFacts(List.of(fact)).table().rows().getFirst()
                                .get(1)).isEqualTo(new Cell.TextCell(fact.value(), language));
                    });
            assertThat(facts).filteredOn(fact -> !fact.value().equals("Atal tanau a risgiau eraill"))
                    .isNotEmpty().allSatisfy(fact -> assertThat(fact.language()).isEmpty());
        }
    }

    @Test
    void anUpdatesListAndItsLastParagraphAreTheirOwnBlocksMarkedWhileTheQuarterHeadingsBetweenThemAreNot() {
        ReportingPeriod q1 = ReportingPeriod.containing(AS_OF);
        ActionPlan earlier = WELSH.withPeriod(q1.previous()).withAsOf(q1.previous().end());
        Report report = ReportTemplates.progress(Assessor.standard().assess(earlier, q1.previous().end())).build(
                Assessor.standard().assess(WELSH.withPeriod(q1.next()).withAsOf(q1.next().end()), q1.next().end()));

        List<Block.Paragraph> paragraphs = paragraphs(report);

        assertThat(paragraphs).filteredOn(p -> p.text().endsWith(" update")).isNotEmpty()
                .allSatisfy(p -> assertThat(p.language()).isEmpty());
        assertThat(paragraphs).filteredOn(p -> p.text().equals("hyfforddiant")).isNotEmpty()
                .allSatisfy(p -> assertThat(p.language()).contains("cy"));
    }

    @Test
    void aSubActionsNotesInThePlansLanguageFollowTheLabelTheTemplateGivesThemInAParagraphOfItsOwn() {
        ActionPlan noted = WELSH.withRecommendation(WELSH.recommendations().getFirst().withSubActions(
                WELSH.recommendations().getFirst().subActions().stream().map(s -> SubAction.builder().from(s)
                        .notes("Nodyn: yn amodol ar gyllid").build()).toList()));

        List<Block.Paragraph> paragraphs = paragraphs(report("action-plan", noted));

        assertThat(paragraphs).filteredOn(p -> p.text().startsWith("Notes")).isNotEmpty()
                .allSatisfy(p -> assertThat(p).isEqualTo(new Block.Paragraph(List.of(new Inline.Span("Notes: ", false,
                        true)))));
        assertThat(paragraphs).filteredOn(p -> p.text().equals("Nodyn: yn amodol ar gyllid")).isNotEmpty()
                .allSatisfy(p -> assertThat(p.language()).contains("cy"));
        assertThat(paragraphs(report("action-plan", noted.withLanguage("en-GB")))).filteredOn(p -> p.text()
                .startsWith("Notes")).isNotEmpty().allSatisfy(p -> assertThat(p.text()).isEqualTo("Notes: Nodyn: yn"
                + " amodol ar gyllid"));
    }

    @ParameterizedTest
    @MethodSource("reports")
    void aWelshPlansOwnWordForAStatusIsMarkedWelshWhereverItIsShownAndADefaultLabelIsNot(String name) {
        // Trial 60 F1: the plan's own words for its statuses, read in every row, kept an English voice.
        ActionPlan labelled = ActionPlan.builder().from(WELSH).statusLabels(StatusLabels.builder().putCustom(
                Status.OFF_TRACK, "Oddi ar y trywydd").build()).build();

        List<Cell> cells = cells(report(name, labelled));

        assertThat(cells).filteredOn(Cell.StatusCell.class::isInstance).map(Cell.StatusCell.class::cast)
                .allSatisfy(cell -> assertThat(cell.labelLanguage()).isEqualTo(cell.label().equals("Oddi ar y trywydd")
                        ? Optional.of("cy") : Optional.empty()))
                .anySatisfy(cell -> assertThat(cell.labelLanguage()).isEqualTo(name.equals("portfolio")
                        ? Optional.empty() : Optional.of("cy"))); // plans of a portfolio each have their own words
        assertThat(cells).filteredOn(Cell.TextCell.class::isInstance).map(Cell.TextCell.class::cast)
                .allSatisfy(cell -> assertThat(cell.language().isPresent()).isEqualTo(cell.text().equals(
                        "Oddi ar y trywydd")));
        assertThat(cells(report(name, ActionPlan.builder().from(labelled).language(Optional.empty()).build())))
                .allSatisfy(cell -> assertThat(cell instanceof Cell.StatusCell status ? status.labelLanguage()
                        : cell instanceof Cell.TextCell text ? text.language() : Optional.empty()).isEmpty());
    }

    @Test
    void aPortfolioNamingTwoWelshPlansOfOneServiceByTheirTitlesMarksTheTitlesWelsh() {
        ActionPlan other = WELSH.withTitle("Cynllun gweithredu arall");
        Report report = ReportTemplates.portfolio().build(List.of(Assessor.standard().assess(WELSH, AS_OF),
                Assessor.standard().assess(other, AS_OF)));

        assertThat(cells(report)).filteredOn(Cell.TextCell.class::isInstance).map(Cell.TextCell.class::cast)
                .filteredOn(cell -> cell.text().equals(other.title())).isNotEmpty()
                .allSatisfy(cell -> assertThat(cell.language()).contains("cy"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"cy", "cy-GB", "gd", "ga-IE", "en-GB", "sr-Latn-RS"})
    void aPlanTakesALanguageTagOfBcp47(String tag) {
        assertThat(ENGLISH.withLanguage(tag).language()).contains(tag);
        assertThat(Narrative.plain("Testun").inLanguage(tag).blocks()).singleElement()
                .isEqualTo(new Block.Paragraph(List.of(Inline.Span.plain("Testun")), Optional.of(tag)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Welsh", "", "c", "cy GB", "x-private", "12", "sl-rozaj-rozaj", "cy-"})
    void aPlanRefusesALanguageThatIsNoTagSayingWhatATagIs(String tag) {
        assertThatIllegalStateException().isThrownBy(() -> ENGLISH.withLanguage(tag))
                .withMessage("plan language '" + tag + "' is not a language tag (IETF BCP 47), such as 'cy' for"
                        + " Welsh, 'cy-GB' or 'en-GB'");
        assertThatIllegalArgumentException().isThrownBy(() -> Narrative.plain("Testun").inLanguage(tag));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "cym|'cym' names Welsh by its three-letter code; a language tag (IETF BCP 47) takes its two-letter one: 'cy'",
        "wel-GB|'wel-GB' names Welsh by its three-letter code; a language tag (IETF BCP 47) takes its two-letter one:"
                + " 'cy-GB'",
        "gla|'gla' names Scottish Gaelic by its three-letter code; a language tag (IETF BCP 47) takes its two-letter"
                + " one: 'gd'",
        "cy_GB|'cy_GB' is not a language tag (IETF BCP 47), whose parts are joined by '-': 'cy-GB'",
        "zz|'zz' is not a language tag (IETF BCP 47): 'zz' is no language's code; give one such as 'cy' for Welsh,"
                + " 'cy-GB' or 'en-GB'",
        "und|'und' names no one language, so it marks nothing a reader's tools can use: give the language the texts"
                + " are written in, such as 'cy' for Welsh, 'cy-GB' or 'en-GB', or leave it out for British English"})
    void aCodeNoReadersToolsKnowIsRefusedWithTheTagMeantWhereThereIsOne(String tag, String message) {
        // Trial 60 F4: 'cym', the code in many Welsh bodies' web addresses, was taken, and every text it marked failed
        // axe's valid-lang and kept an English voice.
        assertThatIllegalStateException().isThrownBy(() -> ENGLISH.withLanguage(tag))
                .withMessage("plan language " + message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sco", "cy-GB-u-ca-gregory", "he", "CY"})
    void aLanguageOfAThreeLetterCodeAloneOrWithExtensionsIsTaken(String tag) {
        assertThat(ENGLISH.withLanguage(tag).language()).contains(tag);
    }

    @Test
    void aParagraphAlreadyMarkedKeepsItsLanguageAndListsAreMarkedThroughout() {
        Narrative text = new Narrative(List.of(new Block.Paragraph(List.of(Inline.Span.plain("Bonjour")),
                Optional.of("fr")))).inLanguage("cy");
        Narrative list = Narrative.parse("1. un\n   - dau").inLanguage("cy");

        assertThat(paragraphs(text.blocks())).extracting(Block.Paragraph::language).containsExactly(Optional.of("fr"));
        assertThat(paragraphs(list.blocks())).extracting(Block.Paragraph::language)
                .containsExactly(Optional.of("cy"), Optional.of("cy"));
    }

    private static Report report(String name, ActionPlan plan) {
        PlanAssessment assessment = Assessor.standard().assess(plan, AS_OF);
        return switch (name) {
            case "progress" -> ReportTemplates.progress(assessment).build(assessment);
            case "portfolio" -> ReportTemplates.portfolio().build(List.of(assessment, Assessor.standard().assess(
                    SeedPlans.derbyshire(), AS_OF)));
            default -> ReportTemplates.named(name).orElseThrow().build(assessment);
        };
    }

    /** Every cell of the report's tables, its status summaries' and its key's included. */
    private static List<Cell> cells(Report report) {
        List<Cell> cells = new ArrayList<>();
        for (Chapter chapter : report.chapters()) {
            for (Section section : chapter.sections()) {
                Optional<Section.Table> table = switch (section) {
                    case Section.Table t -> Optional.of(t);
                    case Section.StatusSummary summary -> Optional.of(summary.table());
                    case Section.Legend legend -> Optional.of(legend.table());
                    default -> Optional.empty();
                };
                table.ifPresent(t -> t.rows().forEach(cells::addAll));
            }
        }
        return cells;
    }

    /** Every paragraph of the report's narrative, in its texts and its tables' cells. */
    private static List<Block.Paragraph> paragraphs(Report report) {
        List<Block> blocks = new ArrayList<>();
        for (Chapter chapter : report.chapters()) {
            for (Section section : chapter.sections()) {
                switch (section) {
                    case Section.NarrativeText text -> blocks.addAll(text.narrative().blocks());
                    case Section.Table table -> table.rows().forEach(row -> row.forEach(cell -> {
                        if (cell instanceof Cell.NarrativeCell narrative) {
                            blocks.addAll(narrative.narrative().blocks());
                        }
                    }));
                    default -> { }
                }
            }
        }
        return paragraphs(blocks);
    }

    private static List<Block.Paragraph> paragraphs(List<Block> blocks) {
        List<Block.Paragraph> paragraphs = new ArrayList<>();
        for (Block block : blocks) {
            switch (block) {
                case Block.Paragraph p -> paragraphs.add(p);
                case Block.BulletList list -> list.items().forEach(i -> paragraphs.addAll(paragraphs(i.blocks())));
                case Block.NumberedList list -> list.items().forEach(i -> paragraphs.addAll(paragraphs(i.blocks())));
            }
        }
        return paragraphs;
    }
}
