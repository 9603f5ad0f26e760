package io.github.actionplan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.actionplan.fixtures.SeedPlans;
import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.model.OwnerAssessment;
import io.github.actionplan.model.ProgressUpdate;
import io.github.actionplan.model.Recommendation;
import io.github.actionplan.model.RecommendationKind;
import io.github.actionplan.model.ReportingPeriod;
import io.github.actionplan.model.Status;
import io.github.actionplan.report.Column.ColumnType;
import io.github.actionplan.rules.Assessor;
import io.github.actionplan.rules.DefaultStatusRule;
import io.github.actionplan.rules.PlanAssessment;
import io.github.actionplan.rules.RecommendationAssessment;
import io.github.actionplan.rules.ProgressBandStatusRule;
import io.github.actionplan.rules.RollUp;
import io.github.actionplan.rules.ScheduleStatusRule;
import io.github.actionplan.rules.StatusRule;
import io.github.actionplan.summary.StatusCounts;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The decisions a report carries, so that no renderer has to make them. */
class ReportDecisionsTest {

    private final ActionPlan derbyshire = SeedPlans.derbyshire();
    private final ActionPlan merseyside = SeedPlans.merseyside();
    private final PlanAssessment derbyshireNow = Assessor.standard().assess(derbyshire, SeedPlans.DERBYSHIRE_AS_OF);
    private final PlanAssessment merseysideNow = Assessor.standard().assess(merseyside, SeedPlans.MERSEYSIDE_AS_OF);

    static Stream<Arguments> rules() {
        return Stream.of(
                Arguments.of(DefaultStatusRule.standard(), "Not complete and the due date has passed"),
                Arguments.of(ScheduleStatusRule.standard(),
                        "Overdue, or progress below 70% of schedule, the progress expected by now (the share of the"
                                + " time from start to due date that has passed)"),
                Arguments.of(ProgressBandStatusRule.standard(), "Progress up to 25%, or overdue and under 50%"));
    }

    @ParameterizedTest
    @MethodSource("rules")
    void theReportShowsTheStatusesOfTheRuleItWasAssessedWithAndItsLegendSaysWhatTheyMean(StatusRule rule,
            String offTrack) {
        PlanAssessment assessment = Assessor.of(rule, RollUp.RECOMMENDATION).assess(derbyshire, SeedPlans.DERBYSHIRE_AS_OF);

        Report report = ReportTemplates.summary().build(assessment);

        Section.StatusSummary summary = (Section.StatusSummary) report.sections().get(1);
        StatusCounts counts = StatusCounts.of(assessment.recommendations());
        assertThat(summary.counts()).extracting(Section.StatusCount::count)
                .containsExactlyElementsOf(Status.SUMMARY.stream().map(counts::count).toList());
        Section.Legend legend = (Section.Legend) report.sections().getLast();
        assertThat(legend.table().rows()).extracting(row -> row.get(2).text())
                .contains(offTrack)
                .containsExactlyElementsOf(List.of(Status.COMPLETE, Status.OFF_TRACK, Status.AT_RISK, Status.ON_TRACK)
                        .stream().map(status -> Formats.meaningAlone(rule.meaning(status), status)).toList());
        // The Status column names the status: the meaning beside it does not name it again, in other words.
        assertThat(legend.table().rows()).extracting(row -> row.get(2).text())
                .noneMatch(meaning -> Status.SUMMARY.stream().anyMatch(status -> meaning.startsWith(
                        status.defaultLabel() + ":")));
    }

    @Test
    void theSharesOfAStatusTableAddUpToAHundredPercentAndEachCellHoldsThePercentItShows() {
        // 5 on track, 2 at risk, 1 off track: rounded on their own the shares would read 63%, 25%, 13%, 0%.
        List<Recommendation> eight = new java.util.ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            eight.add(Recommendation.builder().ref("AFI " + i).kind(RecommendationKind.AREA_FOR_IMPROVEMENT)
                    .text("Words.").deadline(io.github.actionplan.model.Timescale.parse(i <= 5 ? "Dec 2025"
                            : i <= 7 ? "2023-11-20" : "2023-06-01"))
                    .reportedProgress(10).build());
        }
        ActionPlan plan = ActionPlan.builder().from(derbyshire).recommendations(eight).build();

        Report report = ReportTemplates.summary().build(Assessor.standard().assess(plan, SeedPlans.DERBYSHIRE_AS_OF));

        Section.StatusSummary summary = (Section.StatusSummary) report.sections().get(1);
        assertThat(summary.table().rows()).extracting(row -> row.get(1).text() + " " + row.get(2).text())
                .containsExactly("5 62%", "2 25%", "1 13%", "0 0%");
        assertThat(summary.table().rows()).extracting(row -> ((Cell.PercentCell) row.get(2)).fraction())
                .containsExactly(new java.math.BigDecimal("0.62"), new java.math.BigDecimal("0.25"),
                        new java.math.BigDecimal("0.13"), new java.math.BigDecimal("0.00"));
    }

    @Test
    void aRuleWrittenAsALambdaIsNamedInTheLegendWithoutClaimingTheDefaultRulesMeaning() {
        StatusRule strict = (item, asOf) -> io.github.actionplan.rules.Assessment.of(
                item.isComplete() ? Status.COMPLETE : Status.OFF_TRACK, "strict");

        Report report = ReportTemplates.summary()
                .build(Assessor.of(strict, RollUp.RECOMMENDATION).assess(derbyshire, SeedPlans.DERBYSHIRE_AS_OF));

        Section.Legend legend = (Section.Legend) report.sections().getLast();
        assertThat(legend.table().rows().get(1).get(2).text()).isEqualTo("As this plan's own status rule decides");
    }

    @Test
    void theActionPlanOpensWithTheFactsHasAChapterPerItemAndClosesWithTheKey() {
        Report report = ReportTemplates.actionPlan().build(merseysideNow);

        assertThat(report.chapters()).hasSize(merseyside.recommendations().size() + 2);
        assertThat(report.chapters().getFirst().heading()).isEmpty();
        assertThat(report.chapters().getFirst().sections()).hasExactlyElementsOfTypes(Section.KeyFacts.class,
                Section.StatusSummary.class);
        assertThat(report.chapters().get(1).heading()).isEqualTo(merseyside.recommendations().get(0).name());
        assertThat(report.chapters().getLast().sections()).hasExactlyElementsOfTypes(Section.Legend.class);
        assertThat(report.chapters()).extracting(Chapter::orientation).containsOnly(Orientation.PORTRAIT);
    }

    @Test
    void theOrientationIsTheTemplatesChoiceAndCanBeSet() {
        assertThat(ReportTemplates.summary().build(derbyshireNow).chapters().getFirst().orientation())
                .isEqualTo(Orientation.LANDSCAPE);
        assertThat(ReportTemplates.summary().withColumns(ReportColumn.REF, ReportColumn.STATUS).build(derbyshireNow)
                .chapters().getFirst().orientation()).isEqualTo(Orientation.PORTRAIT);
        assertThat(ReportTemplates.summary().withOrientation(Orientation.PORTRAIT).build(derbyshireNow)
                .chapters().getFirst().orientation()).isEqualTo(Orientation.PORTRAIT);
        assertThat(ReportTemplates.actionPlan().withOrientation(Orientation.LANDSCAPE).build(merseysideNow).chapters())
                .extracting(Chapter::orientation).containsOnly(Orientation.LANDSCAPE);
    }

    @Test
    void eachReportOfAPlanHasATitleOfItsOwnWhereATabOrViewerShowsIt() {
        // Published side by side, the summary and the action plan were both "Draft HMICFRS Report 2023 Action Plan".
        List<String> titles = Stream.of(ReportTemplates.summary(), ReportTemplates.actionPlan(),
                ReportTemplates.exceptions(), ReportTemplates.owners())
                .map(template -> template.build(merseysideNow).metadata().title()).toList();

        assertThat(titles).doesNotHaveDuplicates().first().isEqualTo("Summary: Draft HMICFRS Report 2023 Action Plan");
        assertThat(ReportTemplates.summary().build(merseysideNow).title())
                .isEqualTo("Draft HMICFRS Report 2023 Action Plan");
    }

    @Test
    void theTitleAndAnyWordATemplateWritesCanBeRenamed() {
        Report report = ReportTemplates.summary()
                .withTitle("Where we stand")
                .withWords(Map.of("Overall %", "Progress", "Key to BRAG ratings", "Key", "Status as of {date}",
                        "Position at {date}", "Total", "All items"))
                .build(derbyshireNow);

        assertThat(report.title()).isEqualTo("Where we stand");
        assertThat(report.metadata().title()).isEqualTo("Where we stand");
        assertThat(report.tables().getFirst().headers()).contains("Progress").doesNotContain("Overall %");
        Section.StatusSummary summary = (Section.StatusSummary) report.sections().get(1);
        assertThat(summary.title()).isEqualTo("Position at 1 November 2023");
        assertThat(summary.table().totalRow().orElseThrow().getFirst().text()).isEqualTo("All items");
        assertThat(((Section.Legend) report.sections().getLast()).table().title()).isEqualTo("Key");
    }

    @Test
    void whoWroteAnUpdateIsToldInTheTemplatesWordsWhichCanBeRenamedAsAnyOther() {
        // ", by" was written as it stands, a word of the heading no replacement reached.
        ActionPlan signed = merseyside.withRecommendation(merseyside.recommendations().getFirst().withUpdate(
                ProgressUpdate.builder().period(ReportingPeriod.containing(SeedPlans.MERSEYSIDE_AS_OF)).author(
                        "Area Manager Jones").text("Wedi'i gwblhau.").build()));
        PlanAssessment assessment = Assessor.standard().assess(signed, SeedPlans.MERSEYSIDE_AS_OF);

        assertThat(ReportTemplates.actionPlan().words()).contains("by {author}");
        assertThat(ReportTemplates.actionPlan().build(assessment).texts())
                .contains("April-June 2025 update, by Area Manager Jones");
        assertThat(ReportTemplates.actionPlan().withWords(Map.of("{period} update", "Diweddariad {period}",
                "by {author}", "gan {author}")).build(assessment).texts())
                .contains("Diweddariad April-June 2025, gan Area Manager Jones");
    }

    @Test
    void theSentenceOfAStatusSummarysCountsIsInTheTemplatesWordsWhichCanBeRenamed() {
        // "Of 20 items: ... and 2 Complete." was written as it stood, English in a report whose words were Welsh.
        Report standard = ReportTemplates.summary().build(derbyshireNow);
        Report welsh = ReportTemplates.summary().withWords(Map.of("Of {count} items: {counts}.",
                "O {count} eitem: {counts}.", "{list} and {last}", "{list} a {last}")).build(derbyshireNow);

        assertThat(((Section.StatusSummary) standard.sections().get(1)).description()).startsWith("Of 20 items: 3 ")
                .endsWith(" and 2 Completed - Actions done.");
        assertThat(((Section.StatusSummary) welsh.sections().get(1)).description()).startsWith("O 20 eitem: 3 ")
                .endsWith(" a 2 Completed - Actions done.");
    }

    @Test
    void anOwnersNoteWithAListIsShownInTheirBragCellAsLinesWithBulletsNotItsMarkup() {
        // Trial 60 F3: the note is narrative, as an update is, and its list showed as "- Angen cyllid".
        ActionPlan noted = merseyside.withRecommendation(merseyside.recommendations().get(2).withAssessment(
                OwnerAssessment.builder().status(Status.AT_RISK).period(ReportingPeriod.containing(
                        SeedPlans.MERSEYSIDE_AS_OF)).note("Budget *not* agreed.\n\n- Funding bid\n- Review").build()));

        Report report = ReportTemplates.actionPlan().build(Assessor.standard().assess(noted,
                SeedPlans.MERSEYSIDE_AS_OF));

        assertThat(report.tables()).flatMap(Section.Table::rows).flatMap(row -> row).filteredOn(
                Cell.StatusCell.class::isInstance).map(cell -> ((Cell.StatusCell) cell).reason())
                .contains(Optional.of("Budget not agreed.\n• Funding bid\n• Review"));
    }

    @Test
    void everyFaultyReplacementIsToldAtOnceTheWordsTheTemplateWritesListedOnceLast() {
        // Trial 36 F7: only the first fault was told.
        java.util.Map<String, String> words = new java.util.LinkedHashMap<>();
        words.put("Nope", "x");
        words.put("Status as of {date}", "Status at {data}");
        words.put("Overall %", " ");

        assertThatIllegalArgumentException().isThrownBy(() -> ReportTemplates.summary().withWords(words))
                .withMessageStartingWith("the replacement for 'Status as of {date}', 'Status at {data}', has {data},"
                        + " which the word has not; it takes {date}; the replacement for 'Overall %' is blank; the"
                        + " summary template writes no 'Nope'; the words it writes are: ");
    }

    @Test
    void renamingAWordTheTemplateDoesNotWriteSaysWhichWordsItDoes() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ReportTemplates.actionPlan().withWords(Map.of("Overal %", "Progress")))
                .withMessageContaining("the action-plan template writes no 'Overal %'")
                .withMessageContaining("'Required outcomes'");
    }

    @Test
    void aReplacementWithAPlaceholderItsWordHasNotIsRefusedNotPrintedInBraces() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ReportTemplates.summary().withWords(Map.of("Status as of {date}", "Status at {data}",
                        "Overall %", "Progress {date}")))
                .withMessageContaining("the replacement for 'Status as of {date}', 'Status at {data}', has {data},"
                        + " which the word has not; it takes {date}")
                .withMessageContaining("the replacement for 'Overall %', 'Progress {date}', has {date}, but the word"
                        + " takes no placeholder");
        // leaving a placeholder out is a choice: the date is then not shown
        assertThat(ReportTemplates.summary().withWords(Map.of("Status as of {date}", "Statuses")).words())
                .contains("Status as of {date}");
    }

    @Test
    void aReportAboutTheItemsOfAnOwnerThePlanDoesNotNameIsRefusedNotEmpty() {
        var assessment = Assessor.standard().assess(SeedPlans.merseyside(), SeedPlans.MERSEYSIDE_AS_OF);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> ReportTemplates.summary().withItems(ItemFilters.owner("Protecton")).build(assessment))
                .withMessage("the report is about the items of 'Protecton' (did you mean 'Protection'?), but no"
                        + " recommendation or sub-action of the plan has that owner; its owners are 'Protection' and"
                        + " 'People and Organisational Development'");
        // an owner the plan names, written otherwise, is theirs: a report, here of nothing to list
        assertThat(ReportTemplates.exceptions().withItems(ItemFilters.owner(" protection ")).build(assessment)
                .sections()).contains(new Section.Heading(1, "Exceptions"));
    }

    @Test
    void theOwnerAReportIsRefusedForIsToldWithTheOwnerItLooksLikeWholeUpToAHundredCharacters() {
        String meant = "Area Manager, Community Risk Management and Prevention – Siân O'Neill";
        ActionPlan plan = SeedPlans.merseyside().withOwnerRenamed("Protection", meant);
        var assessment = Assessor.standard().assess(plan, SeedPlans.MERSEYSIDE_AS_OF);

        assertThatIllegalArgumentException().isThrownBy(() -> ReportTemplates.summary().withItems(ItemFilters.owner(
                "Area Manager, Community Risk Managment and Prevention – Siân O'Neill")).build(assessment))
                .withMessageContaining("(did you mean '" + meant + "'?)")
                .withMessageEndingWith("its owners are '" + meant + "' and 'People and Organisational Development'");
    }

    @Test
    void anOwnerThePlanDoesNotNameIsRefusedCombinedWithOtherFiltersAsAlone() {
        // Run 96 #3: README's own example, owner(...).and(kind(...)), turned the check off.
        var assessment = Assessor.standard().assess(SeedPlans.merseyside(), SeedPlans.MERSEYSIDE_AS_OF);
        Predicate<RecommendationAssessment> afi = ItemFilters.kind(RecommendationKind.AREA_FOR_IMPROVEMENT);

        List<Predicate<RecommendationAssessment>> combined = List.of(ItemFilters.owner("Protecton").and(afi),
                afi.and(ItemFilters.owner("Protecton")), afi.or(ItemFilters.owner("Protecton")),
                ItemFilters.owner("Protecton").negate(),
                ItemFilters.owner("Protection").or(ItemFilters.owner("Protecton")).and(afi));

        assertThat(combined).allSatisfy(items -> assertThatIllegalArgumentException()
                .isThrownBy(() -> ReportTemplates.summary().withItems(items).build(assessment))
                .withMessageStartingWith("the report is about the items of 'Protecton' (did you mean 'Protection'?)"));
        // named owners, combined, choose as Predicate's own methods would
        Report protection = ReportTemplates.actionPlan().withItems(ItemFilters.owner("Protection").and(afi))
                .build(assessment);
        Report others = ReportTemplates.actionPlan().withItems(ItemFilters.owner("Protection").negate().and(afi))
                .build(assessment);
        assertThat(protection.sections()).isNotEqualTo(others.sections());
    }

    @Test
    void aTableOrFilterOfNoStatusIsRefusedNotASentenceAboutNothing() {
        // Run 99 #10: exceptions().withStatuses() wrote "No item is  as of 30 June 2025."
        assertThatIllegalArgumentException().isThrownBy(() -> ReportTemplates.exceptions().withStatuses())
                .withMessageStartingWith("a table of items by status needs at least one status");
        assertThatIllegalArgumentException().isThrownBy(ItemFilters::status)
                .withMessageStartingWith("items chosen by status need at least one status");
    }

    @Test
    void aColumnGivenTwiceIsRefusedNamingIt() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ReportTemplates.summary().withColumns(ReportColumn.REF, ReportColumn.REF,
                        ReportColumn.STATUS))
                .withMessage("a table shows each column once, but [REF] is given more than once: [REF, REF, STATUS]");
    }

    @Test
    void aReportAboutSomeItemsCountsAndListsThoseAlone() {
        Report report = ReportTemplates.summary()
                .withItems(ItemFilters.status(Status.COMPLETE).or(ItemFilters.status(Status.ON_TRACK)))
                .build(derbyshireNow);

        Section.StatusSummary summary = (Section.StatusSummary) report.sections().get(1);
        assertThat(summary.table().totalRow().orElseThrow().get(1).text()).isEqualTo("5");
        assertThat(report.tables().getFirst().rows()).hasSize(5);
        assertThat(((Section.KeyFacts) report.sections().getFirst()).facts())
                .contains(new Section.KeyFact("Items", "5"));
    }

    @Test
    void theSourceIsNamedByItsBodyAndTitleWithoutTheBodyTwiceWhereTheTitleStartsWithIt() {
        ActionPlan onboarded = ActionPlan.builder().from(derbyshire).source(io.github.actionplan.model.SourceInspection
                .builder().body("HMICFRS").title("HMICFRS inspection").build()).build();

        assertThat(((Section.KeyFacts) ReportTemplates.summary().build(derbyshireNow).sections().getFirst()).facts())
                .contains(new Section.KeyFact("Source", "HMICFRS: Values and culture in fire and rescue services"
                        + " (published 30 March 2023)"));
        assertThat(((Section.KeyFacts) ReportTemplates.summary().build(Assessor.standard().assess(onboarded,
                SeedPlans.DERBYSHIRE_AS_OF)).sections().getFirst()).facts())
                .contains(new Section.KeyFact("Source", "HMICFRS inspection"));
        assertThat(Formats.source(io.github.actionplan.model.SourceInspection.builder().body("HMI")
                .title("HMICFRS inspection").build())).isEqualTo("HMI: HMICFRS inspection");
    }

    @Test
    void theWordsARendererWritesOfItsOwnAreCoresAndTheUserCanReplaceThem() {
        Map<String, String> welsh = Map.of("Overview", "Trosolwg", "Full text", "Testun llawn",
                "{piece} of {pieces}", "{piece} o {pieces}", "continued on sheet '{sheet}' from row {first}",
                "parhad ar y ddalen '{sheet}' o res {first}", "Status chart", "Siart statws");

        LayoutWords standard = ReportTemplates.actionPlan().build(merseysideNow).layoutWords();
        LayoutWords replaced = ReportTemplates.actionPlan().withWords(welsh).build(merseysideNow).layoutWords();

        assertThat(standard).isEqualTo(LayoutWords.standard());
        assertThat(standard.continued("Full text", 2, 4)).isEqualTo("continued on sheet 'Full text' from row 2");
        assertThat(standard.pieceOf(1, 3)).isEqualTo("1 of 3");
        assertThat(replaced.overview()).isEqualTo("Trosolwg");
        assertThat(replaced.chapters()).isEqualTo("Chapters");
        assertThat(replaced.continued("Testun llawn", 2, 4)).isEqualTo("parhad ar y ddalen 'Testun llawn' o res 2");
        assertThat(replaced.pieceOf(1, 3)).isEqualTo("1 o 3");
        assertThat(replaced.chart()).isEqualTo("Siart statws");
        for (ReportTemplate template : List.of(ReportTemplates.summary().withWords(welsh),
                ReportTemplates.owners().withWords(welsh), ReportTemplates.progress(merseysideNow).withWords(welsh),
                ReportTemplates.exceptions().withWords(welsh))) {
            assertThat(template.build(merseysideNow).layoutWords().fullText()).isEqualTo("Testun llawn");
        }
        assertThat(ReportTemplates.portfolio().withWords(welsh).build(List.of(merseysideNow)).layoutWords())
                .isEqualTo(replaced);
        assertThatIllegalArgumentException().isThrownBy(() -> new LayoutWords("Overview", "Chapters", "Table", " ",
                "Full text", "Cell", "Part", "Text", "{piece} of {pieces}", "continued", "Status chart"))
                .withMessage("the layout word notes is blank");
    }

    @Test
    void keyFactsAreATableWithColumnHeadersTheUserCanRename() {
        Report standard = ReportTemplates.summary().build(derbyshireNow);
        Report renamed = ReportTemplates.summary().withWords(Map.of("Fact", "Item", "Detail", "Value"))
                .build(derbyshireNow);

        Section.KeyFacts facts = (Section.KeyFacts) standard.sections().getFirst();
        assertThat(facts.table().headers()).containsExactly("Fact", "Detail");
        assertThat(facts.table().rows().getFirst()).extracting(Cell::text)
                .containsExactly("Organisation", derbyshire.organisation());
        assertThat(facts.texts()).startsWith("Key facts", "Fact", "Detail", "Organisation", derbyshire.organisation());
        assertThat(((Section.KeyFacts) renamed.sections().getFirst()).table().headers())
                .containsExactly("Item", "Value");
        for (Report report : List.of(ReportTemplates.actionPlan().build(merseysideNow),
                ReportTemplates.progress(merseysideNow).build(merseysideNow))) {
            assertThat(report.chapters().stream().flatMap(chapter -> chapter.sections().stream())
                    .filter(Section.KeyFacts.class::isInstance).map(Section.KeyFacts.class::cast))
                    .isNotEmpty().allSatisfy(f -> assertThat(f.table().headers()).containsExactly("Fact", "Detail"));
        }
    }

    @Test
    void keyFactsWithoutFactsShowNothingNotEvenTheirHeaders() {
        Section.KeyFacts none = new Section.KeyFacts(List.of());

        assertThat(none.texts()).isEmpty();
        assertThat(none.fallback()).isEmpty();
    }

    @Test
    void itemsCanBeChosenByOwnerKindAndPillar() {
        String owner = merseyside.recommendations().stream().flatMap(r -> r.owner().stream()).findFirst().orElseThrow();

        Report byOwner = ReportTemplates.actionPlan().withItems(ItemFilters.owner(" " + owner.toUpperCase() + " "))
                .build(merseysideNow);
        Report byKind = ReportTemplates.actionPlan().withItems(ItemFilters.kind(RecommendationKind.RECOMMENDATION))
                .build(merseysideNow);

        List<String> owned = merseyside.recommendations().stream()
                .filter(r -> r.owner().filter(owner::equals).isPresent()
                        || r.subActions().stream().anyMatch(s -> s.owner().filter(owner::equals).isPresent()))
                .map(Recommendation::name).toList();
        assertThat(owned).isNotEmpty().hasSizeLessThan(merseyside.recommendations().size());
        assertThat(byOwner.chapters()).extracting(Chapter::heading).filteredOn(h -> !h.isEmpty())
                .containsExactlyElementsOf(owned);
        assertThat(byKind.chapters()).extracting(Chapter::heading).filteredOn(h -> !h.isEmpty()).hasSize(
                (int) merseyside.recommendations().stream().filter(r -> r.kind() == RecommendationKind.RECOMMENDATION)
                        .count());
    }

    @Test
    void aStatusCellsBragWordIsItsStatussBragTheWordTheKeyGivesItsFill() {
        // Trial 40 F3: a text format wanting "Red" takes it from the cell, rather than a switch of its own.
        Report report = ReportTemplates.summary().build(derbyshireNow);
        List<Cell.StatusCell> cells = report.tables().stream().flatMap(table -> table.rows().stream())
                .flatMap(List::stream).filter(Cell.StatusCell.class::isInstance).map(Cell.StatusCell.class::cast)
                .toList();
        Map<Colour, String> keyWords = report.sections().stream().filter(Section.Legend.class::isInstance)
                .map(Section.Legend.class::cast).findFirst().orElseThrow().table().rows().stream()
                .map(row -> (Cell.StatusCell) row.getFirst())
                .collect(java.util.stream.Collectors.toMap(Cell.StatusCell::fill, Cell.StatusCell::label));

        assertThat(cells).isNotEmpty().allSatisfy(cell -> assertThat(cell.status().brag().displayName())
                .isEqualTo(keyWords.get(cell.fill())));
        assertThat(cells).filteredOn(cell -> cell.status() == Status.OFF_TRACK).hasSize(15)
                .allSatisfy(cell -> assertThat(cell.status().brag().displayName()).isEqualTo("Red"));
    }

    @Test
    void reasonsShowUnderStatusesUnlessTheTemplateSaysNot() {
        Cell.StatusCell shown = (Cell.StatusCell) ReportTemplates.summary().build(derbyshireNow).tables().getFirst()
                .rows().getFirst().get(3);
        Cell.StatusCell hidden = (Cell.StatusCell) ReportTemplates.summary().withReasons(false).build(derbyshireNow)
                .tables().getFirst().rows().getFirst().get(3);
        Cell.StatusCell besideItsColumn = (Cell.StatusCell) ReportTemplates.exceptions().build(derbyshireNow)
                .tables().getFirst().rows().getFirst().get(4); // no owner column: Derbyshire names none

        assertThat(shown.reason()).isPresent();
        assertThat(shown.text()).isEqualTo(shown.label() + "\n" + shown.reason().orElseThrow());
        assertThat(hidden.reason()).isEmpty();
        assertThat(besideItsColumn.reason()).as("the exceptions report has a Reason column").isEmpty();
    }

    @Test
    void everyColumnIsAtLeastAsWideAsItsLongestWord() {
        Report report = ReportTemplates.actionPlan().build(merseysideNow);

        for (Section.Table table : report.tables()) {
            for (int c = 0; c < table.columns().size(); c++) {
                int column = c;
                int longest = Stream.concat(Stream.of(table.columns().get(c).header()),
                                table.rows().stream().flatMap(row -> row.get(column).texts().stream()))
                        .flatMap(text -> Stream.of(text.split("\\s+")))
                        // a long word, as "complaints/discipline.", may break after its '/' or '-'
                        .flatMap(word -> word.length() <= 20 ? Stream.of(word) : Stream.of(word.split("(?<=[/-])")))
                        .mapToInt(word -> word.codePointCount(0, word.length())).max().orElse(0);
                assertThat(table.columns().get(c).minimumCharacters()).isGreaterThanOrEqualTo(longest);
            }
        }
    }

    @Test
    void aShortValueReadAsOneThingIsKeptOnOneLineAndALongerTextOnlyByItsWords() {
        Section.Table table = new Section.Table("", List.of(new Column("Ref", ColumnType.TEXT, 1),
                new Column("Due", ColumnType.DATE, 1), new Column("Owner", ColumnType.TEXT, 1)),
                List.of(List.of(new Cell.TextCell("AFI 11"), new Cell.DateCell(java.time.LocalDate.of(2026, 3, 31),
                        "31 Mar 2026"), new Cell.TextCell("Head of People Services"))));
        Section.Table statuses = ReportTemplates.actionPlan().build(merseysideNow).tables().stream()
                .filter(t -> t.columns().stream().anyMatch(c -> c.type() == ColumnType.STATUS)).findFirst()
                .orElseThrow();

        assertThat(table.columns()).extracting(Column::minimumCharacters).containsExactly(6, 11, 8);
        // its longest label, "On track" or "Off track", and the character more its bold takes
        int status = statuses.columns().indexOf(statuses.columns().stream().filter(c -> c.type() == ColumnType.STATUS)
                .findFirst().orElseThrow());
        int label = statuses.rows().stream().mapToInt(row -> ((Cell.StatusCell) row.get(status)).label().length())
                .max().orElseThrow();
        assertThat(statuses.columns().get(status).minimumCharacters()).isEqualTo(label + 1);
    }

    @Test
    void columnWidthsNeverGoBelowTheLongestWordAndShareTheRestByWeight() {
        Section.Table table = new Section.Table("", List.of(new Column("Organisational", ColumnType.TEXT, 1),
                new Column("Text", ColumnType.TEXT, 9)), List.of());

        double[] widths = table.columnWidths(100, 5, 2);

        assertThat(widths[0]).isEqualTo(14 * 5 + 2);
        assertThat(widths[0] + widths[1]).isEqualTo(100);
        assertThat(new Section.Table("", List.of(new Column("a", ColumnType.TEXT, 1), new Column("b", ColumnType.TEXT, 3)),
                List.of()).columnWidths(100, 5, 2)).containsExactly(25, 75);
    }

    @Test
    void aColumnOfShortValuesGivesTheRoomItsWeightWouldGiveItBeyondItsLongestLineToAColumnWhoseLinesWrap() {
        // An action plan's empty action column, weighted for long text, beside statuses that would wrap.
        Section.Table table = new Section.Table("", List.of(new Column("Action to be done", ColumnType.NARRATIVE, 6),
                new Column("Status", ColumnType.STATUS, 2)), List.of(List.of(new Cell.EmptyCell(),
                new Cell.TextCell("Open - Actions on going off track: its deadline, 1 Jun 2023, passed 153 days before"
                        + " 1 Nov 2023 at 6%"))));

        double[] widths = table.columnWidths(400, 5, 2);

        // The header may take two lines: 9 characters, a tenth more for its letters, and its padding.
        assertThat(widths[0]).isCloseTo(9 * 5 * 1.1 + 2, within(1e-9));
        assertThat(widths[1]).isCloseTo(400 - widths[0], within(1e-9));
        // Weights alone would have given the empty column three quarters of the width.
        assertThat(widths[1]).isGreaterThan(300);
    }

    @Test
    void theWidthThatBreaksNoWordIsEachColumnsKeptWordAndPaddingAndBelowItColumnWidthsBreaksOne() {
        Section.Table table = new Section.Table("", List.of(new Column("Ref", ColumnType.TEXT, 1),
                new Column("Text", ColumnType.TEXT, 3)), List.of(List.of(new Cell.TextCell("R1"),
                new Cell.TextCell("a" + "b".repeat(59) + " incomprehensibilities"))));

        // "Ref" 3 characters; the 60-letter word kept to Column.LONGEST_WORD_KEPT, 40.
        double words = table.wordsWidth(5, 2);
        assertThat(words).isCloseTo((3 * 5 + 2) + (Column.LONGEST_WORD_KEPT * 5 + 2), within(1e-9));
        assertThat(table.columnWidths(words, 5, 2)[1]).isCloseTo(Column.LONGEST_WORD_KEPT * 5 + 2, within(1e-9));
        assertThat(table.columnWidths(words - 10, 5, 2)[1]).isLessThan(Column.LONGEST_WORD_KEPT * 5 + 2);
    }

    @Test
    void aTableWhoseWordsAreWiderThanItsPageIsScaledDownUntilTheyFitButNoFurtherThanSevenTenths() {
        Section.Table table = new Section.Table("", List.of(new Column("Organisation", ColumnType.TEXT, 1),
                new Column("Responsible", ColumnType.TEXT, 1)), List.of(List.of(new Cell.TextCell("Merseyside"),
                new Cell.TextCell("Prevention"))));

        // 12 + 11 characters at 5 wide, and 2 of padding each, which does not scale.
        assertThat(table.textScale(200, 5, 2)).isEqualTo(1);
        double scale = table.textScale(100, 5, 2);
        assertThat(scale).isCloseTo(96.0 / 115, within(1e-9));
        double[] widths = table.columnWidths(100, 5 * scale, 2);
        assertThat(widths[0]).isCloseTo(12 * 5 * scale + 2, within(1e-9));
        assertThat(widths[1]).isCloseTo(11 * 5 * scale + 2, within(1e-9));
        assertThat(table.textScale(50, 5, 2)).isEqualTo(0.7);
    }

    @Test
    void sizesNoPageHasAreRefusedSayingWhatIsAllowed() {
        Section.Table table = new Section.Table("", List.of(new Column("Ref", ColumnType.TEXT, 1)),
                List.of(List.of(new Cell.TextCell("R1"))));

        // Run 137 #5: negative and NaN widths came back.
        assertThatIllegalArgumentException().isThrownBy(() -> table.columnWidths(-1, 5, 2))
                .withMessage("available -1.0, characterWidth 5.0, cellPadding 2.0: each is a finite number, the width"
                        + " and padding 0 or more, the character's width more than 0");
        assertThatIllegalArgumentException().isThrownBy(() -> table.wordsWidth(Double.NaN, 2));
        assertThatIllegalArgumentException().isThrownBy(() -> table.textScale(100, 0, 2));
        assertThatIllegalArgumentException().isThrownBy(() -> table.columnWidths(Double.POSITIVE_INFINITY, 5, 2));
        assertThat(table.columnWidths(0, 5, 0)).containsExactly(0);
    }

    @Test
    void aNullCellRowOrSectionIsRefusedSayingWhereItIs() {
        // Run 137 #3: a DateCell of no date was drawn by three formats and failed in the fourth; a null cell was an
        // NPE with no message.
        assertThatNullPointerException().isThrownBy(() -> new Cell.DateCell(null, "soon")).withMessage("date");
        assertThatNullPointerException().isThrownBy(() -> new Cell.DateCell(LocalDate.of(2025, 1, 1), null))
                .withMessage("text");
        assertThatNullPointerException().isThrownBy(() -> new Cell.PercentCell(null, 5, "5%")).withMessage("value");
        assertThatNullPointerException().isThrownBy(() -> new Cell.NarrativeCell(null)).withMessage("narrative");
        assertThatNullPointerException().isThrownBy(() -> new Cell.NumberCell(1, null)).withMessage("text");
        assertThatNullPointerException().isThrownBy(() -> new Cell.TimescaleCell("Q1", null, ""))
                .withMessage("dueDate");
        List<Column> columns = List.of(new Column("Ref", ColumnType.TEXT, 1), new Column("Text", ColumnType.TEXT, 1));
        assertThatNullPointerException().isThrownBy(() -> new Section.Table("Items", columns, List.of(
                List.of(new Cell.TextCell("R1"), new Cell.EmptyCell()), java.util.Arrays.asList(new Cell.TextCell("R2"),
                null)))).withMessage("table 'Items' row 2, column 2 is null");
        assertThatNullPointerException().isThrownBy(() -> new Section.Table("Items", columns,
                java.util.Arrays.asList((List<Cell>) null))).withMessage("table 'Items' row 1 is null");
        assertThatNullPointerException().isThrownBy(() -> new Section.Table("Items", java.util.Arrays.asList(
                columns.getFirst(), null), List.of())).withMessage("table 'Items' column 2 is null");
        assertThatNullPointerException().isThrownBy(() -> new Chapter("Items", Orientation.PORTRAIT,
                java.util.Arrays.asList(new Section.Heading(1, "Items"), null)))
                .withMessage("chapter 'Items' section 2 is null");
        // Run 139 #5: a null title or heading was Java's own "Cannot invoke String.length()".
        assertThatNullPointerException().isThrownBy(() -> new Section.Table(null, columns, List.of()))
                .withMessage("title");
        assertThatNullPointerException().isThrownBy(() -> new Chapter(null, Orientation.PORTRAIT, List.of()))
                .withMessage("heading");
    }

    @Test
    void whereEveryLineFitsTheWeightsShareTheWidthAsBefore() {
        Section.Table table = new Section.Table("", List.of(new Column("Ref", ColumnType.TEXT, 1),
                new Column("Text", ColumnType.TEXT, 3)), List.of(List.of(new Cell.TextCell("R1"),
                new Cell.TextCell("short"))));

        assertThat(table.columnWidths(400, 5, 2)).containsExactly(100, 300);
    }

    @Test
    void noColumnIsMadeNarrowerThanItsLongestWordNorWiderThanItsLongestLineWhileAnotherWraps() {
        List<Column> columns = List.of(new Column("Ref", ColumnType.TEXT, 1), new Column("Text", ColumnType.TEXT, 6),
                new Column("Owner", ColumnType.TEXT, 2), new Column("Status", ColumnType.TEXT, 2));
        Section.Table table = new Section.Table("", columns, List.of(List.of(new Cell.TextCell("R1"),
                new Cell.TextCell("word ".repeat(200).strip()), new Cell.TextCell("Protection and Prevention"),
                new Cell.TextCell("On track"))));

        double[] widths = table.columnWidths(500, 5, 8);

        assertThat(widths[0]).isCloseTo(3 * 5 + 8, within(1e-9)); // "Ref": its word, more than half its one line
        assertThat(widths[3]).isCloseTo(8 * 5 * 1.1 + 8, within(1e-9));
        // The owner's line wraps too: the room the others free goes to it and the text by their weights, 2:6.
        assertThat(widths[2]).isGreaterThan(500 * 2 / 11.0).isLessThan(25 * 5 * 1.1 + 8);
        assertThat(widths[2] - 500 * 2 / 11.0).isCloseTo((widths[1] - 500 * 6 / 11.0) / 3, within(1e-9));
        assertThat(widths[0] + widths[1] + widths[2] + widths[3]).isCloseTo(500, within(1e-9));
    }

    @Test
    void aWebAddressIsAsWideAsItsLongestPartAfterASlashOrHyphenNotAsOneWord() {
        // As one word, the address would take 86 characters of the table and squeeze "Responsible" to "Respons".
        Section.Table table = new Section.Table("", List.of(new Column("Action", ColumnType.TEXT, 6),
                new Column("Responsible", ColumnType.TEXT, 1)), List.of(List.of(new Cell.TextCell("See"
                + " https://www.gov.uk/government/publications/fire-and-rescue-national-framework-for-england--2 for"
                + " the framework."), new Cell.TextCell("Protection"))));

        assertThat(table.columns().get(0).minimumCharacters()).isEqualTo("publications/".length());
        assertThat(table.columns().get(1).minimumCharacters()).isEqualTo("Responsible".length());
    }

    @Test
    void chineseAndJapaneseBreakBetweenAnyTwoCharactersSoARunOfThemIsNoLongWord() {
        // Run 139 #4: a run of 30 characters counted as one word, and shrank the action plan's table text to 0.85.
        Section.Table table = new Section.Table("", List.of(new Column("Action", ColumnType.TEXT, 6),
                new Column("Responsible", ColumnType.TEXT, 1)), List.of(List.of(new Cell.TextCell(
                "消防救援服务应确保所有员工理解并体现其价值观念以及行为准则和安全文化要求。ひらがなとカタカナのぶんしょう"),
                new Cell.TextCell("Protection"))));

        assertThat(table.columns().get(0).minimumCharacters()).isEqualTo("Action".length());
        assertThat(table.textScale(200, 5, 2)).isEqualTo(1);
        // A word of letters beside them is still one word.
        assertThat(new Section.Table("", List.of(new Column("A", ColumnType.TEXT, 1)), List.of(List.of(
                new Cell.TextCell("安全文化Organisational安全文化")))).columns().getFirst().minimumCharacters())
                .isEqualTo("Organisational".length());
    }

    @Test
    void aLongWordWithNoSlashOrHyphenIsStillOneWord() {
        Section.Table table = new Section.Table("", List.of(new Column("Text", ColumnType.TEXT, 1)),
                List.of(List.of(new Cell.TextCell("x".repeat(30) + " short"))));

        assertThat(table.columns().get(0).minimumCharacters()).isEqualTo(30);
    }

    @Test
    void aWordLongerThanAColumnKeepsWholeIsBrokenRatherThanSqueezeTheOtherColumnsWords() {
        // Trial 33 F3: a word of 104 letters in the Recommendation column took half the page, breaking "Movement".
        List<Column> columns = List.of(new Column("Recommendation", ColumnType.TEXT, 4), new Column("Movement",
                ColumnType.TEXT, 1), new Column("Update this period", ColumnType.NARRATIVE, 4));
        Section.Table table = new Section.Table("", columns, List.of(List.of(new Cell.TextCell("x".repeat(104)
                + " should be reviewed"), new Cell.TextCell("Worsened"), new Cell.TextCell("word ".repeat(100)))));

        double[] widths = table.columnWidths(600, 4, 8);

        assertThat(table.columns().getFirst().minimumCharacters()).as("the word as it is").isEqualTo(104);
        assertThat(widths[0]).isGreaterThanOrEqualTo(Column.LONGEST_WORD_KEPT * 4 + 8).isLessThan(104 * 4 + 8);
        assertThat(widths[1]).isGreaterThanOrEqualTo("Movement".length() * 4 + 8);
        assertThat(widths[2]).isGreaterThan(widths[1]);
    }

    @Test
    void wordsTooLongForThePageShareWhatIsLeftOnceEveryColumnHasTwoCharacters() {
        Section.Table table = new Section.Table("", List.of(new Column("aaaaaaaaaa", ColumnType.TEXT, 1),
                new Column("bbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", ColumnType.TEXT, 1)), List.of());

        double[] widths = table.columnWidths(100, 5, 0);

        // Each keeps 2 characters (10); the 80 left go 40:140, by how far each word goes beyond that.
        assertThat(widths[0]).isCloseTo(10 + 80 * 40 / 180.0, within(1e-9));
        assertThat(widths[1]).isCloseTo(10 + 80 * 140 / 180.0, within(1e-9));
    }

    @Test
    void oneWordOfThousandsOfCharactersLeavesTheOtherColumnsRoomForTheirPaddingAndTwoCharacters() {
        List<Column> columns = List.of(new Column("Ref", ColumnType.TEXT, 1), new Column("Text", ColumnType.TEXT, 6),
                new Column("Owner", ColumnType.TEXT, 2), new Column("Status", ColumnType.TEXT, 2));
        Section.Table table = new Section.Table("", columns, List.of(List.of(new Cell.TextCell("R1"),
                new Cell.TextCell("x".repeat(2_011)), new Cell.TextCell("Protection"), new Cell.TextCell("On track"))));

        double[] widths = table.columnWidths(500, 5, 8);

        assertThat(java.util.Arrays.stream(widths).min().orElseThrow()).isGreaterThanOrEqualTo(2 * 5 + 8);
        assertThat(widths[1]).isGreaterThan(widths[0] + widths[2] + widths[3]);
        assertThat(widths[0] + widths[1] + widths[2] + widths[3]).isCloseTo(500, within(1e-9));
    }

    @Test
    void columnsTooManyForEvenTwoCharactersEachShareTheWidthEqually() {
        Section.Table table = new Section.Table("", List.of(new Column("aaaa", ColumnType.TEXT, 1),
                new Column("bbbbbbbb", ColumnType.TEXT, 1)), List.of());

        assertThat(table.columnWidths(10, 5, 2)).containsExactly(5, 5);
    }

    @Test
    void everyStandardSectionsFallbackShowsItsTexts() {
        Report report = ReportTemplates.actionPlan().build(merseysideNow);

        for (Section section : report.sections()) {
            List<String> fallback = section.fallback().stream().flatMap(s -> s.texts().stream()).toList();
            assertThat(section.fallback()).allMatch(Section::isBasic);
            assertThat(String.join("\n", fallback)).as(section.getClass().getSimpleName())
                    .containsSubsequence(section.texts());
        }
    }

    @Test
    void aChapterRefusesASectionWhoseFallbackIsNotBasic() {
        Section nested = new Section() {
            @Override
            public List<String> texts() {
                return List.of();
            }

            @Override
            public List<Section> fallback() {
                return List.of(new Section.KeyFacts(List.of()));
            }
        };

        assertThatIllegalArgumentException()
                .isThrownBy(() -> Chapter.untitled(Orientation.PORTRAIT, List.of(nested)))
                .withMessageContaining("a fallback is made of Heading, NarrativeText and Table only");
    }

    @Test
    void theReportsTextsAreEveryStringInReadingOrder() {
        Report report = ReportTemplates.summary().build(derbyshireNow);

        assertThat(report.texts()).startsWith(report.title(), report.subtitle(), "Key facts", "Fact", "Detail",
                        "Organisation")
                .contains("Status as of 1 November 2023", "Total", "20", "Key to BRAG ratings")
                .containsSubsequence("Summary", "Overall %", "30 Mar 2023", "Open - Actions on going off track",
                        "deadline 30 Mar 2023 passed 216 days before 1 Nov 2023 at 87%", "87%");
    }

    @Test
    void aTableWhoseFirstColumnNamesEachRowHeadsItsRowsWithIt() {
        // A screen reader says a row's header with each of its cells: "Protection, Off track, 4", not just "4".
        PlanAssessment before = Assessor.standard().assess(merseyside, SeedPlans.MERSEYSIDE_AS_OF.minusMonths(3));
        Stream<Report> reports = Stream.concat(Stream.of(ReportTemplates.summary(), ReportTemplates.actionPlan(),
                ReportTemplates.exceptions(), ReportTemplates.owners(), ReportTemplates.progress(before))
                .map(template -> template.build(merseysideNow)),
                Stream.of(ReportTemplates.portfolio().build(List.of(merseysideNow,
                        Assessor.standard().assess(derbyshire, SeedPlans.MERSEYSIDE_AS_OF)))));

        List<Section.Table> tables = reports.flatMap(report -> report.sections().stream()).<Section.Table>mapMulti(
                (section, tablesOf) -> {
                    switch (section) {
                        case Section.Table table -> tablesOf.accept(table);
                        case Section.StatusSummary summary -> tablesOf.accept(summary.table());
                        case Section.Legend legend -> tablesOf.accept(legend.table());
                        case Section.KeyFacts facts -> tablesOf.accept(facts.table());
                        default -> { }
                    }
                }).toList();

        assertThat(tables).filteredOn(Section.Table::rowHeaders).extracting(table -> table.headers().getFirst())
                .containsOnly("Ref", "Status", "Responsible function", "Plan", "BRAG", "Fact", "Movement");
        // None where the first column does not name the row: one item's status; the summary's recommendations,
        // whole texts a screen reader would repeat at every cell; the exceptions across plans, which a plan's name
        // alone does not tell apart.
        assertThat(tables).filteredOn(table -> !table.rowHeaders()).extracting(Section.Table::title)
                .isNotEmpty().allMatch(title -> title.startsWith("Status of ") || title.equals("Summary")
                        || title.equals("Exceptions across plans"));
    }
}
