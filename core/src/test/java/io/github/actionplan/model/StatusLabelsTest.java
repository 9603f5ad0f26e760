package io.github.actionplan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.SequencedMap;
import org.junit.jupiter.api.Test;

class StatusLabelsTest {

    private static final StatusLabels DERBYSHIRE = StatusLabels.builder()
            .putCustom(Status.COMPLETE, "Completed - Actions done")
            .putCustom(Status.ON_TRACK, "Open - Actions on going on track")
            .build();

    @Test
    void everyLabelIsListedInSeverityOrderWithThePlansWordsWhereItHasThem() {
        assertThat(DERBYSHIRE.all()).isInstanceOf(SequencedMap.class).containsExactly(
                entry(Status.OFF_TRACK, "Off track"),
                entry(Status.AT_RISK, "At risk"),
                entry(Status.ON_TRACK, "Open - Actions on going on track"),
                entry(Status.COMPLETE, "Completed - Actions done"));
        assertThat(DERBYSHIRE.all().keySet()).containsExactlyElementsOf(Status.SEVERITY);
        assertThat(StatusLabels.defaults().all().values()).containsExactly("Off track", "At risk", "On track", "Complete");
    }

    @Test
    void theListedLabelsCannotBeChanged() {
        assertThatThrownBy(() -> DERBYSHIRE.all().put(Status.AT_RISK, "Amber"))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
