package io.github.actionplan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StatusTest {

    @Test
    void severityIsTheDeclarationOrderSoTheNaturalOrderIsWorstFirst() {
        assertThat(Status.SEVERITY).containsExactly(Status.OFF_TRACK, Status.AT_RISK, Status.ON_TRACK, Status.COMPLETE)
                .containsExactly(Status.values());
        List<Status> shuffled = new ArrayList<>(Status.SEVERITY);
        Collections.shuffle(shuffled, new Random(14));
        Collections.sort(shuffled);
        assertThat(shuffled).isEqualTo(Status.SEVERITY);
    }

    @Test
    void aStatusIsWorseThanEveryStatusAfterItInSeverityOrder() {
        for (Status status : Status.SEVERITY) {
            for (Status other : Status.SEVERITY) {
                assertThat(status.isWorseThan(other)).as("%s worse than %s", status, other)
                        .isEqualTo(Status.SEVERITY.indexOf(status) < Status.SEVERITY.indexOf(other));
            }
        }
    }

    @Test
    void theSummaryListsOpenItemsFromGreenToRedThenComplete() {
        assertThat(Status.SUMMARY).containsExactly(Status.ON_TRACK, Status.AT_RISK, Status.OFF_TRACK, Status.COMPLETE);
    }

    @Test
    void theBragOrderReadsBlueRedAmberGreen() {
        assertThat(Status.BRAG_ORDER).containsExactly(Status.COMPLETE, Status.OFF_TRACK, Status.AT_RISK, Status.ON_TRACK);
        assertThat(Status.BRAG_ORDER.stream().map(s -> s.brag().displayName()))
                .containsExactly("Blue", "Red", "Amber", "Green");
    }

    @Test
    void theJsonOrderListsCompleteThenOpenItemsFromGreenToRed() {
        assertThat(Status.JSON_ORDER).containsExactly(Status.COMPLETE, Status.ON_TRACK, Status.AT_RISK, Status.OFF_TRACK);
    }

    @Test
    void everyNamedOrderHoldsEachStatusOnceAndCannotBeChanged() {
        for (List<Status> order : List.of(Status.SEVERITY, Status.SUMMARY, Status.BRAG_ORDER, Status.JSON_ORDER)) {
            assertThat(order).containsExactlyInAnyOrder(Status.values());
            assertThatThrownBy(() -> order.set(0, Status.COMPLETE)).isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Test
    void eachBragColourIsTheColourOfOneStatus() {
        for (Status status : Status.values()) {
            assertThat(Status.of(status.brag())).isEqualTo(status);
        }
        assertThat(Status.of(Brag.BLUE)).isEqualTo(Status.COMPLETE);
    }
}
