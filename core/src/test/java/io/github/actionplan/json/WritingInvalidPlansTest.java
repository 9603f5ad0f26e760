package io.github.actionplan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.actionplan.fixtures.SeedPlans;
import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.validation.InvalidPlanException;
import io.github.actionplan.validation.PlanValidator;
import io.github.actionplan.validation.Problem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PlanJson writes only what its own reader takes back: a plan {@link PlanValidator} finds errors in is refused
 * before a byte is written, listing every problem, and a file it would have replaced is left as it was.
 */
class WritingInvalidPlansTest {

    private static final String COMPLETED_LATE = "/recommendations/0/completedOn: completed on 1 Jan 2026, after the"
            + " reporting date 30 Sep 2025 (/asOf); nothing can be completed after the date the plan reports on";

    @TempDir
    Path folder;

    /** The Merseyside seed reporting on 30 September 2025, its first item completed on 1 January 2026. */
    private static ActionPlan completedAfterItsReportingDate() {
        ActionPlan plan = SeedPlans.merseyside().withAsOf(LocalDate.of(2025, 9, 30));
        return plan.withRecommendations(plan.recommendations().stream()
                .map(r -> r == plan.recommendations().get(0) ? r.withCompletion(LocalDate.of(2026, 1, 1)) : r)
                .toList());
    }

    @Test
    void aPlanItsReaderWouldRefuseIsNotWrittenToAFileAndTheFileIsLeftAsItWas() throws IOException {
        Path file = folder.resolve("plan.json");
        PlanJson.write(SeedPlans.merseyside(), file);
        byte[] before = Files.readAllBytes(file);

        InvalidPlanException e = catchThrowableOfType(InvalidPlanException.class,
                () -> PlanJson.write(completedAfterItsReportingDate(), file));

        assertThat(e).hasMessageStartingWith("the plan to write to " + file + " is not a valid action plan: 1 error");
        assertThat(e.problems()).filteredOn(Problem::isError).singleElement().hasToString(COMPLETED_LATE);
        assertThat(e.problems()).containsExactlyElementsOf(PlanValidator.validate(completedAfterItsReportingDate()));
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        try (var files = Files.list(folder)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aPlanItsReaderWouldRefuseIsNotWrittenToAStream() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        InvalidPlanException e = catchThrowableOfType(InvalidPlanException.class,
                () -> PlanJson.write(completedAfterItsReportingDate(), out));

        assertThat(e).hasMessageStartingWith("the plan to write is not a valid action plan: 1 error");
        assertThat(e.problems()).filteredOn(Problem::isError).singleElement().hasToString(COMPLETED_LATE);
        assertThat(out.size()).isZero();
    }

    @Test
    void aPlanItsReaderWouldRefuseIsNotMadeJsonText() {
        InvalidPlanException e = catchThrowableOfType(InvalidPlanException.class,
                () -> PlanJson.toJson(completedAfterItsReportingDate()));

        assertThat(e.problems()).filteredOn(Problem::isError).singleElement().hasToString(COMPLETED_LATE);
    }

    @Test
    void aPlanWithWarningsOnlyIsWrittenAndReadsBack() throws IOException {
        ActionPlan plan = SeedPlans.merseyside().withAsOf(LocalDate.of(2025, 9, 30));
        ActionPlan warned = plan.withRecommendations(plan.recommendations().stream()
                .map(r -> r == plan.recommendations().get(0) ? r.withCompletedOn(LocalDate.of(2025, 9, 1))
                        .withReportedProgress(io.github.actionplan.model.Percent.of(50)) : r)
                .toList());
        assertThat(PlanValidator.validate(warned)).isNotEmpty().noneMatch(Problem::isError);

        assertThat(PlanJson.fromJson(PlanJson.toJson(warned))).isEqualTo(warned);
    }

    /** Merseyside with a text too long for the default reader, lists in notes nested 10 deep, and 20,001 items. */
    private static ActionPlan overTheLimits() {
        ActionPlan plan = SeedPlans.merseyside();
        String nested = java.util.stream.IntStream.range(0, 10).mapToObj(depth -> "  ".repeat(depth) + "- level "
                + depth).collect(java.util.stream.Collectors.joining("\n"));
        var first = plan.recommendations().get(0);
        var many = java.util.stream.IntStream.range(0, 20_001 - plan.recommendations().stream().mapToInt(r -> 1
                + r.subActions().size() + r.updates().size()).sum()).mapToObj(n -> io.github.actionplan.model.SubAction
                .builder().id("9." + n).build());
        var over = io.github.actionplan.model.Recommendation.builder().from(first).text("word ".repeat(20_001))
                .notes(nested).subActions(java.util.stream.Stream.concat(first.subActions().stream(), many).toList())
                .build();
        return plan.withRecommendations(java.util.stream.Stream.concat(java.util.stream.Stream.of(over),
                plan.recommendations().stream().skip(1)).toList());
    }

    @Test
    void aPlanOverTheReadersLimitsIsRefusedAtEachPathAndNothingIsWritten() throws IOException {
        ActionPlan over = overTheLimits();
        Path file = folder.resolve("plan.json");
        PlanJson.write(SeedPlans.merseyside(), file);
        byte[] before = Files.readAllBytes(file);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        InvalidPlanException e = catchThrowableOfType(InvalidPlanException.class, () -> PlanJson.write(over, file));
        InvalidPlanException stream = catchThrowableOfType(InvalidPlanException.class, () -> PlanJson.write(over,
                out));

        // the items are counted before a byte is written; the texts, as they are
        assertThat(e.problems()).extracting(Problem::toString).containsExactly("/recommendations: the plan holds"
                + " 20,001 recommendations, sub-actions and updates, more than the 20,000 allowed; split the plan, or"
                + " read it with a higher maxItems limit (PlanReader.Limits, from Java: the command line reads with the"
                + " defaults)");
        PlanReader.Limits items = PlanReader.Limits.DEFAULT.withMaxItems(30_000);
        InvalidPlanException texts = catchThrowableOfType(InvalidPlanException.class, () -> PlanJson.writer()
                .withLimits(items).write(over, file));
        assertThat(texts.problems()).extracting(Problem::toString).containsExactly(
                "/recommendations/0/text: a string is longer than the 100000 characters allowed",
                "/recommendations/0/notes: lists are nested 10 deep, more than the 8 allowed");
        assertThat(stream.problems()).hasSize(1);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(out.size()).isZero();
        try (var files = Files.list(folder)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aTextHoldingHalfACharacterIsRefusedNotWrittenAsAnotherCharacter() throws IOException {
        ActionPlan merseyside = SeedPlans.merseyside();
        // A writer of UTF-8 joins the lone U+D83D to the "A" after it, into an eye: the text would read back changed.
        ActionPlan half = merseyside.withRecommendations(java.util.stream.Stream.concat(java.util.stream.Stream.of(
                merseyside.recommendations().getFirst().withUpdates(java.util.List.of(
                        io.github.actionplan.model.ProgressUpdate.builder().period(merseyside.period().orElseThrow())
                                .text("\ud83dA directorate restructure").build()))),
                merseyside.recommendations().stream().skip(1)).toList());
        Path file = folder.resolve("plan.json");

        InvalidPlanException e = catchThrowableOfType(InvalidPlanException.class, () -> PlanJson.write(half, file));

        assertThat(e.problems()).extracting(Problem::toString).containsExactly("/recommendations/0/updates/0/text: the"
                + " string holds a lone surrogate (U+D83D), half of a character, which is not Unicode text and no"
                + " UTF-8 file can hold; remove it, or give the whole character");
        assertThat(file).doesNotExist();
        assertThatThrownBy(() -> PlanJson.toJson(half)).isInstanceOf(InvalidPlanException.class);
    }

    @Test
    void aStatusLabelOverTheReadersLimitIsRefusedAtItsPath() {
        // The module writes the labels itself, not as a map: checked as every other text is.
        ActionPlan labelled = SeedPlans.merseyside().withStatusLabels(io.github.actionplan.model.StatusLabels
                .builder().putCustom(io.github.actionplan.model.Status.AT_RISK, "Amber")
                .putCustom(io.github.actionplan.model.Status.COMPLETE, "Done " + "x".repeat(20)).build());

        InvalidPlanException e = catchThrowableOfType(InvalidPlanException.class, () -> PlanJson.writer()
                .withLimits(PlanReader.Limits.DEFAULT.withMaxStringLength(20)).toJson(labelled));

        assertThat(e.problems()).extracting(Problem::path).contains("/statusLabels/COMPLETE")
                .doesNotContain("/statusLabels/AT_RISK");
    }

    @Test
    void aPlanOverTheDefaultLimitsIsWrittenWithTheLimitsItIsReadWithAndReadsBackWithThem() throws IOException {
        PlanReader.Limits raised = PlanReader.Limits.DEFAULT.withMaxItems(30_000).withMaxStringLength(200_000)
                .withMaxListDepth(10);
        ActionPlan over = overTheLimits();

        String json = PlanJson.writer().withLimits(raised).toJson(over);

        assertThat(PlanJson.reader().withLimits(raised).read(json).plan()).isEqualTo(over);
        assertThat(catchThrowableOfType(InvalidPlanException.class, () -> PlanJson.writer().withLimits(raised
                .withMaxDocumentBytes(1_000)).toJson(over)).problems()).extracting(Problem::toString)
                .containsExactly("/: the document is longer than the 1000 bytes allowed");
    }
}
