package io.github.actionplan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.actionplan.internal.Quote;
import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.model.SubAction;
import io.github.actionplan.report.ReportTemplates;
import io.github.actionplan.rules.Assessor;
import io.github.actionplan.validation.InvalidPlanException;
import io.github.actionplan.validation.Problem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile documents found by attacking the reader (issue 12): each is refused with a short
 * problem at its JSON path, or read into a plan every report can use; never another exception.
 */
class HostileInputTest {

    /** A plan of one recommendation whose one sub-action has {@code fields} added. */
    static String plan(String recommendationFields, String subActionFields) {
        return """
                {
                  "schemaVersion": 1,
                  "title": "HMICFRS Action Plan",
                  "organisation": "Anyshire Fire and Rescue Service",
                  "source": { "body": "HMICFRS", "title": "Inspection report", "published": "2023-03-30" },
                  "asOf": "2023-11-01",
                  "recommendations": [
                    { "ref": "AFI 1", "kind": "AREA_FOR_IMPROVEMENT", "text": "Improve."%s,
                      "subActions": [ { "id": "1.1"%s } ] }
                  ]
                }
                """.formatted(recommendationFields, subActionFields);
    }

    static InvalidPlanException refusal(String json) {
        Throwable thrown = catchThrowable(() -> PlanJson.fromJson(json));
        assertThat(thrown).isInstanceOf(InvalidPlanException.class);
        return (InvalidPlanException) thrown;
    }

    static String onlyError(String json) {
        InvalidPlanException e = refusal(json);
        assertThat(e.errors()).hasSize(1);
        assertThat(e.getMessage()).hasSizeLessThan(1_000);
        Problem problem = e.errors().get(0);
        return problem.path() + ": " + problem.message();
    }

    /**
     * Files of many small faults within the size limit: 800,000 duplicate keys, half a million unknown fields,
     * half a million values of the wrong type. Each problem was kept (and the validator kept its own), so a 3 MB file
     * ran a 256 MB server out of memory; the first thousand of each kind are told, and how many more.
     */
    @ParameterizedTest
    @ValueSource(strings = {"duplicate keys", "unknown fields", "values of the wrong type"})
    void aFileOfMoreFaultsThanCanBeToldIsRefusedWithTheFirstThousandAndHowManyMore(String kind) {
        StringBuilder json = new StringBuilder(plan("", ""));
        String more = switch (kind) {
            case "duplicate keys" -> ", \"title\": \"Again\"".repeat(800_000);
            case "unknown fields" -> IntStream.range(0, 500_000).mapToObj(i -> ", \"k" + i + "\": 1")
                    .collect(Collectors.joining());
            default -> ", \"requiredOutcomes\": [" + "1, ".repeat(499_999) + "1]";
        };
        int at = kind.equals("duplicate keys") ? json.indexOf("\"asOf\"") - 1 : json.indexOf("\"Improve.\"") + 10;
        json.insert(at, kind.equals("duplicate keys") ? more.substring(1) + "," : more);

        InvalidPlanException refused = refusal(json.toString());

        long found = kind.equals("duplicate keys") ? 800_000 : 500_000;
        assertThat(refused.problems()).hasSize(1_001);
        assertThat(refused.problems().getLast().toString()).startsWith(String.format(Locale.ROOT, "/: %,d more"
                + " problems like those above are not listed: the first 1,000 are; correct those and read the plan"
                + " again", found - 1_000));
        assertThat(refused.errorsFound()).isEqualTo(found);
        assertThat(refused.getMessage()).hasSizeLessThan(400_000).contains(String.format(Locale.ROOT, ": %,d errors",
                found));
    }

    /**
     * Trial 32 F1: values out of range and errors of meaning were listed every one, a plan of 20,000 items a message
     * of 7 MB. The first thousand of each are told, in the text's order, and how many more there are.
     */
    @ParameterizedTest
    @ValueSource(strings = {"\"progress\": 120", "\"completedOn\": \"2024-01-01\""})
    void aPlanOfMoreValuesOutOfRangeOrErrorsOfMeaningThanCanBeToldIsRefusedWithTheFirstThousandAndHowManyMore(
            String field) {
        String one = "{ \"ref\": \"AFI %d\", \"kind\": \"AREA_FOR_IMPROVEMENT\", \"text\": \"Improve.\", " + field
                + " }";
        String many = IntStream.rangeClosed(1, 3_001).mapToObj(one::formatted).collect(Collectors.joining(",\n"));
        String json = plan("", "");
        json = json.substring(0, json.indexOf("[", json.indexOf("\"recommendations\""))) + "[" + many + "]\n}\n";

        InvalidPlanException refused = refusal(json);

        assertThat(refused.errorsFound()).isEqualTo(3_001);
        assertThat(refused.problems()).hasSizeLessThanOrEqualTo(1_001);
        assertThat(refused.problems().getFirst().path()).startsWith("/recommendations/0/");
        assertThat(refused.problems().getLast().message()).matches("[0-9,]+ more problems like those above are not"
                + " listed: the first 1,000 are; correct those and read the plan again");
        assertThat(refused.getMessage()).hasSizeLessThan(400_000).contains(": 3,001 errors");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e999999999", "-1e999999999", "1E+999999999", "1e-999999999", "-1e-999999999",
            "100.0000001", "12.3456789", "0.0000001"})
    void aPercentageIsJudgedFromItsTextAndQuotedShort(String number) {
        String error = onlyError(plan(", \"progress\": " + number, ""));
        assertThat(error).startsWith("/recommendations/0/progress: ").hasSizeLessThan(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e-999999999", "-1e-999999999", "1e999999999", "0.000000000000000000001",
            "1.000000000000000000001"})
    void aNumberWhereANameBelongsIsToldAsWrittenWithoutWritingItOut(String number) {
        String json = plan("", "").replace("\"kind\": \"AREA_FOR_IMPROVEMENT\"", "\"kind\": " + number);

        assertThat(onlyError(json)).isEqualTo("/recommendations/0/kind: expected one of AREA_FOR_IMPROVEMENT,"
                + " RECOMMENDATION, CAUSE_OF_CONCERN, found the number " + Quote.number(new BigDecimal(number)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e-999999999", "-1e-999999999", "1e999999999", "-0.00000099999999999999999999",
            "99.99999999999999999999", "100.0000000000000000001", "1000000.000000000000000000001"})
    void aNumberOfMorePlacesOrDigitsThanAnyCheckCountsIsReadAsAStandInOnTheSameSideOfEveryBound(String number) {
        JsonTree tree = new JsonTree();
        JsonNode plan = tree.read(JsonTree.factory(PlanReader.Limits.DEFAULT), plan("", ", \"weight\": " + number),
                PlanReader.Limits.DEFAULT, new ArrayList<>()).orElseThrow();
        JsonNode read = plan.at("/recommendations/0/subActions/0/weight");
        BigDecimal written = new BigDecimal(number);

        assertThat(read.decimalValue().scale()).as("places the validator would write out").isLessThanOrEqualTo(17);
        assertThat(read.decimalValue().precision() - read.decimalValue().scale()).isLessThanOrEqualTo(17);
        assertThat(read.decimalValue().stripTrailingZeros().scale()).as("refused as the number is: more than 6 places"
                + " or past every bound").satisfiesAnyOf(places -> assertThat(places).isGreaterThan(6),
                        places -> assertThat(read.decimalValue().abs()).isGreaterThan(new BigDecimal(1_000_000)));
        for (int bound : new int[] {0, 100, 1_000_000}) {
            assertThat(read.decimalValue().compareTo(BigDecimal.valueOf(bound))).as("against %d", bound)
                    .isEqualTo(written.compareTo(BigDecimal.valueOf(bound)));
        }
        assertThat(tree.written.get(read)).as("the number as written, for messages").isEqualTo(Quote.number(written));
    }

    @Test
    void aHugePercentageIsQuotedInScientificNotation() {
        assertThat(onlyError(plan(", \"progress\": 1e999999999", "")))
                .isEqualTo("/recommendations/0/progress: 1E+999999999 is not a percentage;"
                        + " write a number from 0 to 100, such as 50");
        assertThat(onlyError(plan(", \"progress\": 1e-999999999", "")))
                .isEqualTo("/recommendations/0/progress: 1E-999999999 has more than the 6 decimal places a"
                        + " percentage may have");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e999999999", "1e-999999999", "-1e999999999", "1e400", "1000000.5", "1000001",
            "0.0000001", "0", "-2"})
    void aWeightOutOfBoundsIsAProblemAtItsPath(String number) {
        String error = onlyError(plan("", ", \"weight\": " + number));
        assertThat(error).startsWith("/recommendations/0/subActions/0/weight: ").hasSizeLessThan(200);
    }

    @Test
    void aWeightTooLargeSaysTheLargestAllowed() {
        assertThat(onlyError(plan("", ", \"weight\": 1e400")))
                .isEqualTo("/recommendations/0/subActions/0/weight: 1E+400 is more than 1000000, the largest"
                        + " weight allowed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Q1 9999/00", "Q1 0000/01", "9999/00 Q4", "1899/00 Q1"})
    void aTimescaleOutsideTheYearsAQuarterCanHaveIsAProblemNotACrash(String timescale) {
        Throwable thrown = catchThrowable(() -> PlanJson.reader().read(plan(", \"deadline\": \"" + timescale + "\"",
                ", \"due\": \"" + timescale + "\"")));
        if (thrown != null) {
            assertThat(thrown).isInstanceOf(InvalidPlanException.class);
            assertThat(((InvalidPlanException) thrown).problems())
                    .allSatisfy(p -> assertThat(p.path()).startsWith("/recommendations/0/"));
        }
    }

    @Test
    void boundaryPercentagesAndWeightsReadBackAsWrittenAndEveryReportUsesThem() throws Exception {
        ActionPlan plan = PlanJson.fromJson(plan(", \"progress\": 0.000001",
                ", \"progress\": 99.999999, \"weight\": 1000000"));
        ActionPlan other = PlanJson.fromJson(plan("", ", \"progress\": 100, \"weight\": 0.000001"));
        for (ActionPlan p : new ActionPlan[] {plan, other}) {
            ActionPlan again = PlanJson.fromJson(PlanJson.toJson(p));
            assertThat(again).isEqualTo(p);
            var assessed = Assessor.standard().assess(p, LocalDate.of(2023, 11, 1));
            for (String template : ReportTemplates.NAMES) {
                assertThat(ReportTemplates.named(template).orElseThrow().build(assessed).sections()).isNotEmpty();
            }
        }
        SubAction heaviest = plan.recommendations().get(0).subActions().get(0);
        assertThat(heaviest.weight()).contains(new BigDecimal("1000000"));
    }

    @Test
    void aLongFieldNameIsReportedWhereItStands() {
        String name = "x".repeat(1_001);
        InvalidPlanException e = refusal("{\n  \"schemaVersion\": 1,\n  \"" + name + "\": 1\n}\n");
        assertThat(e.errors()).hasSize(1);
        assertThat(e.errors().get(0).line()).hasValue(3);
        assertThat(e.getMessage()).hasSizeLessThan(1_000);
    }

    @Test
    void aRefEqualToTheReadersStandInForAnUnreadableRefIsRefusedAtItsOwnPath() {
        String json = plan("", "").replace("""
                    { "ref": "AFI 1",""", """
                    { "ref": 1, "kind": "AREA_FOR_IMPROVEMENT", "text": "Improve." },
                    { "ref": "\\u0000/recommendations/0",""");
        InvalidPlanException e = refusal(json);
        assertThat(e.errors()).extracting(Problem::path)
                .containsExactly("/recommendations/0/ref", "/recommendations/1/ref");
        assertThat(e.getMessage()).doesNotContain("\u0000");
    }

    @Test
    void aRefThatLooksLikeAnInternalPlaceholderIsJustARef() {
        String json = plan(", \"causeOfConcern\": \"\\u0000/recommendations/0\"", "");
        InvalidPlanException e = refusal(json);
        assertThat(e.errors()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("/recommendations/0/causeOfConcern");
            assertThat(p.message()).doesNotContain("\u0000");
        });
    }
}
