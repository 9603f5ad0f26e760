package io.github.actionplan.report.docx;

import static org.assertj.core.api.Assertions.assertThat;

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
}
