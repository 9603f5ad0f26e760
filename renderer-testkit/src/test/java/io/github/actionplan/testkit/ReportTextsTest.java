package io.github.actionplan.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.report.Cell;
import io.github.actionplan.report.Chapter;
import io.github.actionplan.report.Orientation;
import io.github.actionplan.report.Report;
import io.github.actionplan.report.ReportTemplate;
import io.github.actionplan.report.ReportTemplates;
import io.github.actionplan.report.ReportText;
import io.github.actionplan.report.Section;
import io.github.actionplan.report.StandardSections;
import io.github.actionplan.rules.Assessor;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The strings the kit expects: what core's templates put in a report, found by {@link ReportTexts}. */
class ReportTextsTest {

    private final ActionPlan derbyshire = SeedPlans.derbyshire();
    private final ActionPlan merseyside = SeedPlans.merseyside();

    private static <T extends Section> List<T> sections(Report report, Class<T> type) {
        return report.sections().stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void actionPlanOfMerseysideHasAChapterPerAreaForImprovementWithEverythingTheSeedHas() {
        Report report = ReportTemplates.actionPlan().build(Assessor.standard().assess(merseyside, SeedPlans.MERSEYSIDE_AS_OF));
        List<String> texts = ReportTexts.expected(report);

        assertThat(report.chapters()).extracting(Chapter::heading).filteredOn(h -> !h.isEmpty())
                .containsExactly("Area for improvement 1", "Area for improvement 2", "Area for improvement 3",
                        "Area for improvement 4", "Area for improvement 5");
        assertThat(texts).contains("HMI page", "12", "Protection", "Action Complete", "April-June 2025 update",
                "The service should make sure all staff understand and demonstrate its values.", "In FDP 24/25",
                "People and Organisational Development", "Cultural metrics/dashboard");
        Section.Table actions = report.tables().stream().filter(t -> t.title().equals("Actions for Area for improvement 4"))
                .findFirst().orElseThrow();
        assertThat(actions.rows()).extracting(row -> ((Cell.TimescaleCell) row.get(3)).words())
                .containsExactly("In FDP 24/25", "May 2024", "Dec 2024", "Jan 2025", "Dec 2024");
        assertThat(actions.rows().getFirst().get(3).texts()).containsExactly("In FDP 24/25", "31 Mar 2025");
        assertThat(sections(report, Section.Legend.class)).hasSize(1);
    }

    @Test
    void exceptionsSayWhenThereAreNone() {
        Report report = ReportTemplates.exceptions().build(Assessor.standard().assess(derbyshire, LocalDate.of(2023, 1, 1)));

        assertThat(ReportTexts.expected(report)).contains("Exceptions", "No item is Open - Actions on going off track"
                + " or At risk as of 1 January 2023.");
    }

    @Test
    void aTemplateCanBeReplacedByAFunctionOfYourOwn() {
        ReportTemplate headline = assessment -> new Report("Headline", "", assessment.asOf(),
                assessment.plan().period(), StandardSections.metadata(assessment, "Headline", "Counts"),
                List.of(Chapter.untitled(Orientation.PORTRAIT, List.of(
                        new Section.Heading(1, assessment.recommendations().size() + " items"),
                        StandardSections.statusSummary(assessment)))));

        assertThat(ReportTexts.expected(headline.build(Assessor.standard().assess(derbyshire, SeedPlans.DERBYSHIRE_AS_OF)))).contains("20 items");
    }

    @Test
    void everyPlainHostileStringReachesTheReportExactlyButForTheDocumentedReplacement() {
        List<String> texts = ReportTexts.expected(ContractFixtures.hostileActionPlan());
        ActionPlan hostile = ContractFixtures.hostilePlan();

        hostile.recommendations().forEach(r -> {
            r.owner().ifPresent(owner -> assertThat(texts).contains(ReportText.clean(owner)));
            r.subActions().forEach(s -> s.due().ifPresent(due -> assertThat(texts).contains(ReportText.clean(due.text()))));
        });
        assertThat(texts).anyMatch(t -> t.length() >= HostileStrings.LONG_TEXT_LENGTH);
        assertThat(String.join("", texts)).doesNotContain("\u0000", "\u0007", "\uFFFE", "\uFFFF");
    }

    @Test
    void datesPercentagesCountsAndReasonsAreExpectedAsCoreWroteThem() {
        List<String> texts = ReportTexts.expected(ReportTemplates.summary().build(Assessor.standard().assess(derbyshire, SeedPlans.DERBYSHIRE_AS_OF)));

        assertThat(texts).containsSubsequence("Status", "Items", "Share", "Open - Actions on going off track", "15", "75%",
                "Completed - Actions done", "2", "10%", "Total", "20");
        assertThat(texts).containsSubsequence("30 Mar 2023", "Open - Actions on going off track",
                "deadline 30 Mar 2023 passed 216 days before 1 Nov 2023 at 87%");
    }
}
