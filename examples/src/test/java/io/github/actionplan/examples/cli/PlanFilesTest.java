package io.github.actionplan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.actionplan.json.PlanJson;
import io.github.actionplan.validation.InvalidPlanException;
import org.junit.jupiter.api.Test;

/** The plan the command line reads in the background as it starts, to ready core's reader. */
class PlanFilesTest {

    @Test
    void theWarmUpPlanBindsWithoutAProblemSoReadingItReadiesTheWholeReader() throws InvalidPlanException {
        assertThat(PlanJson.reader().read(PlanFiles.SMALLEST_PLAN).warnings()).isEmpty();
        assertThat(PlanJson.fromJson(PlanFiles.SMALLEST_PLAN).recommendations()).isEmpty();
    }

    @Test
    void countsOfErrorsAndWarningsAreWrittenAlike() {
        // Trial 32 F8: "invalid (20,000 errors, 20000 warnings)".
        assertThat(PlanFiles.count(20_000, 20_000)).isEqualTo("20,000 errors, 20,000 warnings");
        assertThat(PlanFiles.count(0, 1)).isEqualTo("1 warning");
        assertThat(PlanFiles.count(0, 0)).isEqualTo("no problems");
    }
}
