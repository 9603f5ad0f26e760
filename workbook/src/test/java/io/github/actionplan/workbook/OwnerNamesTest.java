package io.github.actionplan.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OwnerNamesTest {

    @Test
    void aNameWhoseWordsAreAllInAnothersOrThatShortensEachOfItsWordsIsThatOneWrittenShort() {
        assertThat(OwnerNames.likelySame(List.of("Head of Prevention", "HoP", "Prevention", "Head of Protection",
                "HoProt", "Protection", "ICT", "Head of ICT", "Information and Communications Technology",
                "Head of Prev.")))
                .containsExactly(
                        Map.entry("HoP", List.of("Head of Prevention", "Head of Protection", "Head of Prev.")),
                        Map.entry("Prevention", List.of("Head of Prevention")),
                        Map.entry("HoProt", List.of("Head of Protection")),
                        Map.entry("Protection", List.of("Head of Protection")),
                        Map.entry("ICT", List.of("Head of ICT", "Information and Communications Technology")),
                        Map.entry("Head of Prev.", List.of("Head of Prevention")));
    }

    @Test
    void lettersLinkedByAnAmpersandShortenTheWordsTheyStartWithAndAnd() {
        assertThat(OwnerNames.likelySame(List.of("P&OD", "People and Organisational Development", "H&S",
                "Health & Safety", "R&D", "Response")))
                .containsExactly(
                        Map.entry("P&OD", List.of("People and Organisational Development")),
                        Map.entry("H&S", List.of("Health & Safety")));
    }

    @Test
    void differentOwnersAndTwoLetterFormsThatLeaveAWordOutAreNotTakenForOne() {
        assertThat(OwnerNames.likelySame(List.of("Head of ICT", "Head of People", "HR", "Head of Response",
                "Director of Finance", "People and Organisational Development", "Area Manager North",
                "Area Manager South"))).isEmpty();
    }

    @Test
    void theSameWordsInAnotherOrderAreOneNameWrittenTwiceAndTheLaterIsNamed() {
        // In another case or spacing alone, the plan's validation names them, at the cell, in its own words.
        assertThat(OwnerNames.likelySame(List.of("Community Safety", "community  safety", "Safety, Community")))
                .containsExactly(Map.entry("Safety, Community", List.of("Community Safety", "community  safety")));
    }
}
