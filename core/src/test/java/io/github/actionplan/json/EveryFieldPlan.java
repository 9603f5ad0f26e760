package io.github.actionplan.json;

import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.model.OwnerAssessment;
import io.github.actionplan.model.Percent;
import io.github.actionplan.model.Pillar;
import io.github.actionplan.model.ProgressUpdate;
import io.github.actionplan.model.Recommendation;
import io.github.actionplan.model.RecommendationKind;
import io.github.actionplan.model.ReportingPeriod;
import io.github.actionplan.model.SourceInspection;
import io.github.actionplan.model.SourceKind;
import io.github.actionplan.model.Status;
import io.github.actionplan.model.StatusLabels;
import io.github.actionplan.model.SubAction;
import io.github.actionplan.model.Timescale;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A plan built in code that gives every field of every type a value: every optional present,
 * weights, blocked work, an assessment with a note, updates with date and author, a label for
 * each of the four statuses, decimal percentages and text that is not ASCII. It reads with no
 * warnings, and {@code every-field.json} is how it is written.
 */
final class EveryFieldPlan {

    static final LocalDate PUBLISHED = LocalDate.of(2023, 3, 30);

    private EveryFieldPlan() {}

    static ActionPlan plan() {
        return ActionPlan.builder()
                .title("Values and culture action plan – 2024/25")
                .organisation("Anyshire Fire & Rescue Service")
                .language("cy-GB")
                .source(SourceInspection.builder()
                        .body("HMICFRS")
                        .title("Values and culture in fire and rescue services")
                        .published(PUBLISHED)
                        .kind(SourceKind.THEMATIC)
                        .recommendationCount(35)
                        .build())
                .asOf(LocalDate.of(2024, 9, 30))
                .period(ReportingPeriod.parse("July-September 2024"))
                .statusLabels(StatusLabels.builder()
                        .putCustom(Status.COMPLETE, "Completed - Actions done")
                        .putCustom(Status.ON_TRACK, "Open - Actions on going on track")
                        .putCustom(Status.AT_RISK, "Open - at risk")
                        .putCustom(Status.OFF_TRACK, "Open - Actions on going off track")
                        .build())
                .addRecommendation(Recommendation.builder()
                        .ref("CoC 1")
                        .kind(RecommendationKind.CAUSE_OF_CONCERN)
                        .text("The service hasn’t done enough to make sure its values are understood.")
                        .deadline(Timescale.parse("With immediate effect", PUBLISHED))
                        .reportedProgress(100)
                        .completedOn(LocalDate.of(2023, 6, 1))
                        .build())
                .addRecommendation(Recommendation.builder()
                        .ref("Rec 9")
                        .inspectorateNumber(20)
                        .kind(RecommendationKind.RECOMMENDATION)
                        .causeOfConcern("CoC 1")
                        .pillar(Pillar.PEOPLE)
                        .question("Promoting the right values and culture")
                        .reportPage(35)
                        .text("By 1 June 2023, chief fire officers should:\n\n- review *all* policies;\n- report"
                                + " \"progress\" to the board \\ committee.")
                        .addRequiredOutcome("Staff understand the Core Code of Ethics.")
                        .addRequiredOutcome("1. Survey staff\n2. Act on the results")
                        .owner("People and Organisational Development")
                        .deadline(Timescale.parse("Q2 2024/25"))
                        .reportedProgress(Percent.of(new BigDecimal("62.5")))
                        .assessment(OwnerAssessment.builder()
                                .status(Status.AT_RISK)
                                .note("Waiting on the **national** guidance.")
                                .period(ReportingPeriod.parse("Q2 2024/25"))
                                .build())
                        .addSubAction(SubAction.builder()
                                .id("9.1")
                                .description("Carry out a cultural survey.")
                                .owner("Organisational Development")
                                .start(LocalDate.of(2024, 4, 1))
                                .due(Timescale.parse("Sept 2024"))
                                .progress(Percent.of(new BigDecimal("87.5")))
                                .weight(new BigDecimal("2.5"))
                                .blockedBy("National Fire Chiefs Council")
                                .notes("Survey closes on 30 September.")
                                .build())
                        .addSubAction(SubAction.builder()
                                .id("9.2")
                                .description("Publish the results.")
                                .owner("Communications")
                                .start(LocalDate.of(2024, 5, 1))
                                .due(Timescale.parse("2024-06-30"))
                                .progress(100)
                                .completedOn(LocalDate.of(2024, 6, 28))
                                .weight(new BigDecimal("0.5"))
                                .blockedBy("Board approval")
                                .notes("Done: see the intranet.")
                                .build())
                        .addUpdate(ProgressUpdate.builder()
                                .period(ReportingPeriod.parse("April-June 2024"))
                                .date(LocalDate.of(2024, 7, 5))
                                .author("Head of People")
                                .text("The survey was designed.")
                                .build())
                        .addUpdate(ProgressUpdate.builder()
                                .period(ReportingPeriod.parse("Q2 2024/25"))
                                .date(LocalDate.of(2024, 9, 30))
                                .author("Zoë Ní Bhriain")
                                .text("The survey is out:\n\n1. 412 replies\n2. results due in October")
                                .build())
                        .notes("Reported to the Fire Authority, 12 September 2024. Emoji stay as they are: ✅")
                        .build())
                .build();
    }
}
