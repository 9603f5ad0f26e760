package io.github.actionplan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.actionplan.fixtures.SeedPlans;
import io.github.actionplan.rules.Assessor;
import io.github.actionplan.rules.PlanAssessment;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Run 99 #4: a template of one's own could reuse the standard parts in the standard words alone. */
class StandardSectionsTest {

    private static final PlanAssessment ASSESSMENT = Assessor.standard().assess(SeedPlans.merseyside(),
            SeedPlans.MERSEYSIDE_AS_OF);
    private static final Map<String, String> WELSH = Map.of("Key facts", "Ffeithiau allweddol", "Organisation",
            "Sefydliad", "Key to BRAG ratings", "Allwedd i'r graddau BRAG", "as of {date}", "ar {date}", "Overview",
            "Trosolwg");

    @Test
    void theStandardPartsTakeTheWordsATemplatesWithWordsTakes() {
        Section.KeyFacts facts = StandardSections.keyFacts(ASSESSMENT, WELSH);

        assertThat(facts.title()).isEqualTo("Ffeithiau allweddol");
        assertThat(facts.facts()).extracting(Section.KeyFact::label).contains("Sefydliad").doesNotContain(
                "Organisation");
        assertThat(StandardSections.legend(ASSESSMENT, Palette.standard(), WELSH).table().title())
                .isEqualTo("Allwedd i'r graddau BRAG");
        assertThat(StandardSections.subtitle(ASSESSMENT, WELSH)).endsWith("ar 30 June 2025");
        assertThat(StandardSections.layoutWords(WELSH).overview()).isEqualTo("Trosolwg");
        // Without replacements, the standard words, as before.
        assertThat(StandardSections.keyFacts(ASSESSMENT)).isEqualTo(StandardSections.keyFacts(ASSESSMENT, Map.of()));
        assertThat(StandardSections.keyFacts(ASSESSMENT).title()).isEqualTo("Key facts");
        assertThat(StandardSections.statusSummary(ASSESSMENT, Palette.standard(), Map.of("Status", "Statws")))
                .isNotEqualTo(StandardSections.statusSummary(ASSESSMENT));
        assertThat(StandardSections.words()).contains("Key facts", "Key to BRAG ratings", "Overview");
    }

    @Test
    void aWordTheSectionsDoNotWriteIsRefusedListingTheOnesTheyDo() {
        assertThatIllegalArgumentException().isThrownBy(() -> StandardSections.keyFacts(ASSESSMENT, Map.of(
                "Key fact", "Ffaith", "Organisation", " ")))
                .withMessageStartingWith("the replacement for 'Organisation' is blank; StandardSections writes no"
                        + " 'Key fact'; the words it writes are: 'Key facts', ");
    }
}
