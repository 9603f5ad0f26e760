package io.github.actionplan.report.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatusChartTest {

    @Test
    void theValueAxisMarksWholeRoundStepsOfAtMostEightMarks() {
        assertThat(StatusChart.step(0)).isEqualTo(1);
        assertThat(StatusChart.step(4)).isEqualTo(1);
        assertThat(StatusChart.step(8)).isEqualTo(1);
        assertThat(StatusChart.step(15)).isEqualTo(2);
        assertThat(StatusChart.step(20)).isEqualTo(5);
        assertThat(StatusChart.step(50)).isEqualTo(10);
        assertThat(StatusChart.step(81)).isEqualTo(20);
        assertThat(StatusChart.step(400)).isEqualTo(50);
        assertThat(StatusChart.step(1000)).isEqualTo(200);
    }

    @Test
    void aBarIsTallerWhereItsLabelWrapsSoThatEveryLabelShows() {
        // Run 81 #2: a plan's own labels of 50 and 60 characters left two of four bars unlabelled.
        List<String> derbyshire = List.of("Completed", "Open - Actions on going off track", "At risk");

        assertThat(StatusChart.barHeight(derbyshire)).isEqualTo(216_000);
        assertThat(StatusChart.barHeight(List.of("Ar agor - Camau ar y trywydd iawn",
                "Ar agor - Camau oddi ar y trywydd iawn ac wedi'u huwchgyfeirio"))).isEqualTo(300_000);
        assertThat(StatusChart.barHeight(List.of("x".repeat(1_000)))).as("at most four lines").isEqualTo(600_000);
    }
}
