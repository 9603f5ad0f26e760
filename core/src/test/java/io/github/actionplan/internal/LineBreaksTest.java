package io.github.actionplan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** Where a chart's label may break: after a space, or between two characters of a script written without spaces. */
class LineBreaksTest {

    private static List<String> pieces(String text) {
        List<String> pieces = new ArrayList<>();
        Matcher matcher = LineBreaks.PIECE.matcher(text);
        while (matcher.find()) {
            if (!matcher.group().isEmpty()) {
                pieces.add(matcher.group());
            }
        }
        return pieces;
    }

    @Test
    void aLabelIsPiecedIntoWordsWithTheirSpacesAndCharactersOfScriptsWrittenWithoutThem() {
        assertThat(pieces("Off track (要対応・確認)")).containsExactly("Off ", "track ", "(", "要", "対", "応", "・", "確",
                "認", ")");
    }

    @Test
    void aLineBreaksAfterASpaceOrBetweenTwoWideCharactersButNotInsideAWordNorAfterAnOpeningBracket() {
        assertThat(LineBreaks.between("", "Off")).isTrue();
        assertThat(LineBreaks.between("Off ", "track")).isTrue();
        assertThat(LineBreaks.between("要", "対")).isTrue();
        assertThat(LineBreaks.between("(", "要")).as("after an opening bracket").isFalse();
        assertThat(LineBreaks.between("track", "(")).as("inside a word whose font changes").isFalse();
        assertThat(LineBreaks.isWide("・".codePointAt(0))).as("Japanese punctuation, of the Common script").isTrue();
        assertThat(LineBreaks.isWide('a')).isFalse();
    }
}
