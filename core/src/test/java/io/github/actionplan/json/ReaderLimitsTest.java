package io.github.actionplan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.actionplan.fixtures.SeedPlans;
import io.github.actionplan.internal.MarkdownSyntax;
import io.github.actionplan.validation.InvalidPlanException;
import io.github.actionplan.validation.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * What a plan may hold: each limit refuses with one clear problem at the path where the plan
 * exceeds it, and each can be raised on the reader.
 */
class ReaderLimitsTest {

    /** Narrative lists nested {@code depth} deep, written on one line as CommonMark allows. */
    static String nestedList(int depth) {
        return "- ".repeat(depth) + "deepest";
    }

    static String withUpdate(String text) {
        return HostileInputTest.plan(", \"updates\": [ { \"period\": \"Q1 2023/24\", \"text\": \"" + text + "\" } ]",
                "");
    }

    static InvalidPlanException refusal(PlanReader reader, String json) {
        InvalidPlanException e = catchThrowableOfType(InvalidPlanException.class, () -> reader.read(json));
        assertThat(e).as("refused").isNotNull();
        return e;
    }

    @Test
    void theDefaultsAreGenerousForRealPlans() {
        PlanReader.Limits limits = PlanReader.Limits.DEFAULT;
        assertThat(limits.maxDocumentBytes()).isEqualTo(16L * 1024 * 1024);
        assertThat(limits.maxStringLength()).isEqualTo(100_000);
        assertThat(limits.maxDepth()).isEqualTo(16);
        assertThat(limits.maxItems()).isEqualTo(20_000);
        assertThat(limits.maxListDepth()).isEqualTo(8);
        assertThat(limits.maxBlocks()).isEqualTo(100_000);
    }

    @Test
    void theParagraphsAndListItemsOfATextBesidesItsFirstAreItsBlocks() {
        assertThat(MarkdownSyntax.blocksAfterFirst("One line, as most strings are.")).isZero();
        assertThat(MarkdownSyntax.blocksAfterFirst("A paragraph\nwrapped over two lines.")).isZero();
        assertThat(MarkdownSyntax.blocksAfterFirst("One.\n\nTwo.\r\n\r\nThree.\n\n\n")).isEqualTo(2);
        assertThat(MarkdownSyntax.blocksAfterFirst("Steps:\n- one\n* two\n  + three\n1. four\n2) five")).isEqualTo(5);
        assertThat(MarkdownSyntax.blocksAfterFirst("- one\n-not an item\n1.5 million\n> - quoted")).isEqualTo(1);
    }

    @Test
    void aPlanWhoseTextsHoldMoreParagraphsAndListItemsThanTheLimitIsRefusedAtTheTextThatPassedIt() throws Exception {
        // Trial 50 F5: a valid 16 MiB plan of 1.8 million one-word list items took gigabytes to render.
        String items = "Done:\\n- a\\n- b\\n- c\\n- d";
        PlanReader four = PlanJson.reader().withLimits(PlanReader.Limits.DEFAULT.withMaxBlocks(4));
        PlanReader three = PlanJson.reader().withLimits(PlanReader.Limits.DEFAULT.withMaxBlocks(3));

        var plan = four.read(withUpdate(items)).plan();
        InvalidPlanException e = refusal(three, withUpdate(items));

        assertThat(e.problems()).singleElement().asString().startsWith("/recommendations/0/updates/0/text: the texts"
                + " of the plan hold 4 paragraphs and list items besides the first of each, more than the 3 allowed:"
                + " every report keeps each in memory; split the plan, or read it with a higher maxBlocks limit"
                + " (PlanReader.Limits, from Java: the command line reads with the defaults) (line 8, column");
        assertThat(PlanJson.writer().withLimits(PlanReader.Limits.DEFAULT.withMaxBlocks(4)).toJson(plan))
                .contains("- d");
        assertThat(catchThrowableOfType(InvalidPlanException.class, () -> PlanJson.writer().withLimits(
                PlanReader.Limits.DEFAULT.withMaxBlocks(3)).toJson(plan)).problems()).singleElement().asString()
                .startsWith("/recommendations/0/updates/0/text: the texts of the plan hold 4 paragraphs");
    }

    @Test
    void narrativeListsMayNestEightDeepAndNoDeeper() throws Exception {
        assertThat(PlanJson.reader().read(withUpdate(nestedList(8))).plan().recommendations()).hasSize(1);

        InvalidPlanException e = refusal(PlanJson.reader(), withUpdate(nestedList(9)));
        assertThat(e.problems()).singleElement().hasToString("/recommendations/0/updates/0/text: lists are nested 9"
                + " deep, more than the 8 allowed (line 8, column 122)");
    }

    @Test
    void aListNestedThousandsDeepIsOneProblemNotACrash() {
        InvalidPlanException e = refusal(PlanJson.reader(), withUpdate(nestedList(5_000)));
        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.toString())
                .startsWith("/recommendations/0/updates/0/text: lists are nested 5000 deep, more than the 8 allowed"));
    }

    @Test
    void theListDepthCanBeRaised() throws Exception {
        PlanReader deep = PlanJson.reader().withLimits(PlanReader.Limits.DEFAULT.withMaxListDepth(12));
        assertThat(deep.read(withUpdate(nestedList(12))).plan().recommendations()).hasSize(1);
    }

    @Test
    void aPlanWithMoreItemsThanAllowedIsRefusedSayingHowManyItHolds() {
        String json = HostileInputTest.plan("", "").replace("""
                      "subActions": [ { "id": "1.1" } ] }""", """
                      "subActions": [ { "id": "1.1" }, { "id": "1.2" } ],
                      "updates": [ { "period": "Q1 2023/24", "text": "Started." } ] }""");
        PlanReader three = PlanJson.reader().withLimits(PlanReader.Limits.DEFAULT.withMaxItems(3));

        InvalidPlanException e = refusal(three, json);
        assertThat(e.problems()).extracting(Problem::toString).containsExactly("/recommendations:"
                + " the plan holds 4 recommendations, sub-actions and updates, more than the 3 allowed; split the plan,"
                + " or read it with a higher maxItems limit (PlanReader.Limits, from Java: the command line reads with"
                + " the defaults) (line 7, column 22)");
    }

    @Test
    void aFieldNameTooLongIsRefusedAtTheObjectHoldingItNotTheFieldBefore() {
        // Trial 36 F15: it was told at /schemaVersion.
        String json = HostileInputTest.plan("", "").replaceFirst("\"title\"", "\"" + "t".repeat(2_000) + "\"");

        InvalidPlanException e = refusal(PlanJson.reader(), json);

        assertThat(e.problems()).first().satisfies(p -> assertThat(p.toString())
                .startsWith("/: a field name is longer than the 1000 characters allowed"));
    }

    @Test
    void aPathNestedPastTheLimitIsToldByItsStartNotThousandsOfCharacters() {
        PlanReader deep = PlanJson.reader().withLimits(PlanReader.Limits.DEFAULT.withMaxDepth(1_000));
        String json = "{\"recommendations\": " + "[".repeat(1_001) + "]".repeat(1_001) + "}";

        InvalidPlanException e = refusal(deep, json);

        assertThat(e.problems()).first().satisfies(p -> assertThat(p.path()).startsWith("/recommendations/0/0/")
                .endsWith("/…").hasSizeLessThan(110));
    }

    @Test
    void aTitleLongerThanTheTextLimitIsRefusedAtItsPath() {
        PlanReader reader = PlanJson.reader().withLimits(PlanReader.Limits.DEFAULT.withMaxStringLength(10));
        InvalidPlanException e = refusal(reader, HostileInputTest.plan("", ""));
        assertThat(e.problems()).first().satisfies(p -> assertThat(p.toString())
                .startsWith("/title: a string is longer than the 10 characters allowed"));
    }

    @Test
    void theListMarkersOpeningLinesBoundHowDeepListsNestSoTextWithFewerNeedsNoParse() {
        List<String> texts = new ArrayList<>(List.of("- - - - deepest", "> - a\n>   - b\n>     - c", "1. a\n   1) b\n      - c",
                "\t- a\n\t\t- b", "-\n  - b\n    - c", "* a\r\n  + b\r    - c", "123456789. a\n    - b",
                "Text. 1.5 million - not a list\n-not a list either"));
        Random random = new Random(20261201);
        String[] pieces = {"- ", "* ", "+ ", "1. ", "2) ", "> ", "  ", "    ", "\t", "\n", "\r\n", "x", "-", ".", "1"};
        for (int i = 0; i < 5_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int j = random.nextInt(40); j > 0; j--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            texts.add(text.toString());
        }
        for (var seed : List.of(SeedPlans.derbyshire(), SeedPlans.merseyside())) {
            seed.recommendations().forEach(r -> r.updates().forEach(u -> texts.add(u.text())));
        }

        assertThat(texts).allSatisfy(text -> assertThat(MarkdownSyntax.listMarkers(text)).as(text)
                .isGreaterThanOrEqualTo(MarkdownSyntax.listDepth(text)));
        assertThat(MarkdownSyntax.listMarkers("Text. 1.5 million - not a list\n-not a list either")).isZero();
    }
}
