package io.github.actionplan.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.actionplan.model.ReportingPeriod;
import io.github.actionplan.model.Status;
import io.github.actionplan.report.Block;
import io.github.actionplan.report.Narrative;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A tracker cell's text as the plan's narrative. */
class TrackerTextTest {

    @Test
    void aBilingualCellOrHeaderIsReadByTheHalfThatNamesARatingOrAField() {
        // Trial 47 F7, F8: a Welsh service's "Cyf / Ref" and "Coch / Red" were read as nothing.
        assertThat(TrackerText.rating("Coch / Red")).contains(io.github.actionplan.model.Status.OFF_TRACK);
        assertThat(TrackerText.rating("Ambr / Amber")).contains(io.github.actionplan.model.Status.AT_RISK);
        assertThat(TrackerText.rating("Cwblhawyd / Complete")).contains(io.github.actionplan.model.Status.COMPLETE);
        assertThat(TrackerText.rating("Red / Amber")).as("two ratings are none").isEmpty();
        assertThat(TrackerText.rating("n/a")).as("'a' alone is no half: not Amber").isEmpty();
        assertThat(TrackerHeaders.field("N/A")).isEmpty();
        assertThat(TrackerText.isWord("Coch / Red")).as("a colour's name, no status's own words").isFalse();
        assertThat(TrackerText.isWord("Cwblhawyd / Complete")).isTrue();
    }

    @Test
    void aRatingWrittenInWelshAloneIsReadAsTheEnglishWouldBe() {
        // Trial 47 F8 (rest): "Coch" alone, as a Welsh-language tracker rates, was no rating, and the item On track.
        assertThat(List.of("Glas", "Coch", "AMBR", "gwyrdd")).extracting(TrackerText::rating).containsExactly(
                Optional.of(Status.COMPLETE), Optional.of(Status.OFF_TRACK), Optional.of(Status.AT_RISK),
                Optional.of(Status.ON_TRACK));
        assertThat(List.of("Oddi ar y trywydd", "Mewn perygl", "Ar y trywydd iawn", "Cwblhawyd", "Wedi'i gwblhau"))
                .extracting(TrackerText::rating).containsExactly(Optional.of(Status.OFF_TRACK),
                        Optional.of(Status.AT_RISK), Optional.of(Status.ON_TRACK), Optional.of(Status.COMPLETE),
                        Optional.of(Status.COMPLETE));
        assertThat(TrackerText.isWord("Coch")).as("a colour's name").isFalse();
        assertThat(TrackerText.isWord("Mewn perygl")).isTrue();
        assertThat(TrackerText.rating("Cochrane")).as("a name that starts like a colour").isEmpty();
    }

    @Test
    void aStatusSaidNotToBeSoIsNoRatingInEnglishOrWelsh() {
        // Run 120 #1: "Ddim ar y trywydd" (not on track) holds "ar y trywydd", and was read as On track.
        assertThat(List.of("Ddim ar y trywydd", "Ddim ar y trywydd iawn", "Heb fod ar y trywydd", "Not on track",
                "Not yet on target", "Nid yw ar y trywydd",
                // run 122 #3: everyday negations
                "Not currently on track", "No longer on track", "Isn't on track", "Not really on track",
                "Not back on track", "Not at risk",
                // run 123 #6
                "Not yet back on track", "Isnt on track", "Aren't on track", "Wasn't on track", "Won't be on track",
                "Not entirely on track", "Not considered at risk")).extracting(TrackerText::rating)
                .containsOnly(Optional.empty());
        assertThat(TrackerText.rating("Oddi ar y trywydd")).contains(Status.OFF_TRACK);
        assertThat(TrackerText.rating("Back on track")).contains(Status.ON_TRACK);
        assertThat(TrackerText.rating("On track - not at risk")).contains(Status.ON_TRACK);
    }

    @Test
    void aRatingBesideWordsSayingWhatItIsNotIsThatRating() {
        // Run 122 #2: "Off track - not on schedule" lost its rating, as a status said not to be so.
        assertThat(List.of("Off track - not on schedule", "Overdue - not on track", "Behind - not on schedule",
                "At risk - not on target", "Completed - not on schedule originally")).extracting(TrackerText::rating)
                .containsExactly(Optional.of(Status.OFF_TRACK), Optional.of(Status.OFF_TRACK),
                        Optional.of(Status.OFF_TRACK), Optional.of(Status.AT_RISK), Optional.of(Status.COMPLETE));
    }

    @Test
    void aColourBeforeOtherWordsIsNoRatingToGuessAt() {
        // Run 123 #1, #2: read by the colour first, "Red -> Amber" was Off track, and "Amber: delayed by supplier"
        // the plan's own name for At risk.
        assertThat(List.of("Red -> Amber", "Amber-Green", "Red - Amber", "Green - previously Red",
                "Amber: delayed by supplier", "Blue - not complete", "Red - not on track", "Coch: ddim ar y trywydd"))
                .extracting(TrackerText::rating).containsOnly(Optional.empty());
    }

    @Test
    void aRefCellIsReadWithoutTheInvisibleCharactersAPlanRefusesInARef() {
        // Trial 50 F7: "AFI\u200b 1" beside "AFI 1" made two items that every report showed alike.
        assertThat(List.of("AFI\u200b 1", "AFI\u00a0 1", "\u202eAFI 1", "AFI\u2060\t1")).extracting(
                TrackerText::visible).containsExactly("AFI 1", "AFI\u00a0 1", "AFI 1", "AFI\t1");
    }

    @Test
    void anActionSplitFromAListedCellLosesItsNumberOrLetterAsItsIdNumbersIt() {
        assertThat(List.of("1. Draft the policy", "2) Consult staff", "b) Train users", "(c) Audit", "2026 plan"))
                .extracting(TrackerText::withoutNumber)
                .containsExactly("Draft the policy", "Consult staff", "Train users", "Audit", "2026 plan");
        assertThat(TrackerHeaders.field("Cyf / Ref")).contains(TrackerField.REF);
        assertThat(TrackerHeaders.field("Perchennog / Owner")).contains(TrackerField.OWNER);
        assertThat(TrackerHeaders.field("Target date / Timescale")).contains(TrackerField.DUE);
    }

    @Test
    void theWordsThatSayWorkIsDoneAreReadAloneWhateverTheirCaseAndSpaces() {
        assertThat(List.of("Complete", "completed", " CLOSED ", "Done", "finished")).allMatch(TrackerText::saysDone);
        assertThat(List.of("Not complete", "Done by March", "Incomplete", "")).noneMatch(TrackerText::saysDone);
    }

    @Test
    void linesEndedAsWindowsEndsThemAreReadAsLinesEndedWithABreakAlone() {
        // Run 75 #10: "\r\n" endings split a bulleted list in two, each item a list of its own.
        assertThat(TrackerText.narrative("Work continues well.\r\n- point a\r\n- point b\r- point c")).isEqualTo(
                TrackerText.narrative("Work continues well.\n- point a\n- point b\n- point c"))
                .isEqualTo("Work continues well.\n\n- point a\n- point b\n- point c");
    }

    @Test
    void aLineStartingWithAPlusIsAnItemOfTheListAroundItAsEveryReportShowsIt() {
        // Run 110 #1: read as a paragraph, CommonMark made it a list of its own, apart from the "-" items after it.
        String read = TrackerText.narrative("+ staff survey results analysed\n- response rate 61%\n+5 more trained");

        assertThat(read).isEqualTo("- staff survey results analysed\n- response rate 61%\n\n+5 more trained");
        assertThat(Narrative.parse(read).blocks()).hasSize(2).first().isInstanceOf(Block.BulletList.class);
    }

    @Test
    void anItemNumberedWithAParenthesisIsAnItemOfANumberedListWrittenAsEveryReportShowsIt() {
        String read = TrackerText.narrative("Steps agreed:\n1) brief the crews\n2) run the survey\n3. report back");

        // One list, "1)" and "1." alike: CommonMark would start a new list where the delimiter changes.
        assertThat(read).isEqualTo("Steps agreed:\n\n1. brief the crews\n2. run the survey\n3. report back");
        // Core keeps a numbered list's start, not its delimiter (report.Block.NumberedList), and every report writes
        // "1.": a plan keeping "1)" would hold what no report shows. Keeping it needs a delimiter in core's list.
        assertThat(Narrative.parse(read).blocks().get(1)).isInstanceOf(Block.NumberedList.class);
        assertThat(Narrative.parse(read).plainText()).isEqualTo(Narrative.parse("Steps agreed:\n\n1) brief the crews\n"
                + "2) run the survey\n3) report back").plainText()).contains("1. brief the crews");
    }

    @Test
    void anItemIndentedFurtherThanTheOneBeforeItIsAnItemOfAListWithinItAsEveryReportShowsIt() {
        // Trial 22 F7: a sub-bullet pasted from Word was flattened into a sibling item.
        String read = TrackerText.narrative("• 85% of staff completed\n  - remaining on-call staff by March\n"
                + "    - two stations left\n      - deeper still\n• refresher booked\n1. first step\n   - its detail");

        assertThat(read).isEqualTo("- 85% of staff completed\n  - remaining on-call staff by March\n"
                + "    - two stations left\n    - deeper still\n- refresher booked\n1. first step\n   - its detail");
        assertThat(Narrative.parse(read).plainText()).contains("• 85% of staff completed\n  • remaining on-call staff"
                + " by March\n    • two stations left\n    • deeper still\n• refresher booked");
        assertThat(TrackerText.narrative("  • indented alike\n  • and its sibling")).isEqualTo(
                "- indented alike\n- and its sibling");
    }

    @Test
    void aListCopiedFromWordWithItsPrivateUseBulletsAndLevelMarksBeforeTabsIsAListNestedByThoseMarks() {
        // Trial 28 F3: Word's Symbol bullet arrives as U+F0B7 and a tab, its second level as "o" and a tab, its third
        // as "§" (Wingdings): kept as typed, they were paragraphs a PDF drew as U+FFFD.
        String read = TrackerText.narrative("Survey complete.\n\uF0B7\tFocus groups held\n\uF0B7\tResults shared\n"
                + "o\tStation action plans\n§\tWhite Watch first\n\uF0A7\tRefresher booked");

        assertThat(read).isEqualTo("Survey complete.\n\n- Focus groups held\n- Results shared\n"
                + "  - Station action plans\n    - White Watch first\n- Refresher booked");
        assertThat(TrackerText.narrative("o dear, the survey slipped")).as("an o with no tab is a word")
                .isEqualTo("o dear, the survey slipped");
    }

    @Test
    void anUpdateSaysNothingWhereItHasNoLetterOrDigitOrIsAWordForNone() {
        assertThat(List.of("-", " – ", "...", "N/A", "n/a.", "NA", "None", "nil", "TBC", "No update",
                "Nothing to report.", "nothing new to report", "No update this quarter", "\uF0B7\tN/A", "• None\n-",
                // trial 43 F5: the chase list lost items their owners had said nothing of
                "Nil return", "No further update.", "Nothing further", "Nothing further to add this quarter",
                // run 120 #7: in Welsh
                "Dim diweddariad", "Dim diweddariad pellach.", "Dim i'w adrodd", "Dim i’w adrodd y chwarter hwn",
                "Amherthnasol", "Dim"))
                .allMatch(TrackerText::saysNothing);
        assertThat(List.of("None of the stations replied", "N/A until the survey", "1", "Done", "No change",
                "Dim newid",
                "No update.\nThe survey closes in May."))
                .noneMatch(TrackerText::saysNothing);
    }

    @Test
    void aNameOnSeveralLinesIsOneLineItsLinesJoinedWithCommasUnlessALineEndsInAJoiningMark() {
        assertThat(TrackerText.oneLine("Area Manager Smith\n\n- Prevention\r\n")).isEqualTo(
                "Area Manager Smith, Prevention");
        assertThat(TrackerText.oneLine("Prevention &\nProtection\tteams")).isEqualTo("Prevention & Protection teams");
        assertThat(TrackerText.oneLine(" - Head of People ")).as("one line already").isEqualTo(" - Head of People ");
    }

    @Test
    void aMonthAndYearIsOneQuarterWhetherAHeaderOrALogsEntryWritesIt() {
        ReportingPeriod june = ReportingPeriod.parse("Q1 2025/26");
        for (String month : List.of("Jun 25", "Jun-25", "June 2025", "Jun '25", "jun. 2025")) {
            assertThat(TrackerText.monthIn("Update " + month)).as(month).contains(june);
            assertThat(TrackerText.log(month + ": survey sent\nSep 25: results in", ReportingPeriod.parse(
                    "Q2 2025/26"))).as(month).hasValueSatisfying(log -> assertThat(log).containsOnlyKeys(june,
                    ReportingPeriod.parse("Q2 2025/26")));
        }
        assertThat(TrackerText.monthIn("Update Smarch 25")).isEmpty();
    }
}
