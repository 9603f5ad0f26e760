package io.github.actionplan.examples.cli;

import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A command the command line suggests running next, its words quoted where a shell would split or read them: a
 * OneDrive folder's "OneDrive - Anyshire FRS", or an attachment Outlook saved as "Update workbook (2).xlsx", pasted
 * as printed, must reach the command as one word (run 102 #5).
 */
final class Suggested {

    /**
     * A word no shell splits or reads: letters, digits and the punctuation of paths. Not '~' (bash's home), '%' and
     * '^' (cmd's), ',' and '@' (PowerShell's), '=' (cmd splits at it).
     */
    private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N}_./:+-]+");
    /** What a POSIX shell reads inside double quotes, or what ends them: these words are single-quoted. */
    private static final Pattern READ_IN_DOUBLE = Pattern.compile("[\"$`!]|\\\\[\"$`\\\\]|\\\\$");

    private Suggested() {}

    /** {@code actionplan}, its command and {@code paths}, each as {@link #word} quotes it; options go after. */
    static String command(Object... words) {
        return "actionplan " + Arrays.stream(words).map(word -> word(String.valueOf(word))).collect(Collectors.joining(
                " "));
    }

    /**
     * A path as typed at a prompt: as it is where plain; else in double quotes, which bash, zsh, cmd and PowerShell
     * all take (a Windows path's backslashes kept); else, where it holds what a POSIX shell reads inside them, in
     * single quotes, each {@code '} as {@code '\''} (which cmd does not take: such a name is a POSIX one). One that
     * starts with {@code -} is given as {@code ./-x.json}, else read as an option.
     */
    static String word(String typed) {
        // A file whose name starts with '-' is named by its path, else read as an option (run 104 #4)
        String word = typed.startsWith("-") ? "./" + typed : typed;
        if (PLAIN.matcher(word).matches()) {
            return word;
        }
        return READ_IN_DOUBLE.matcher(word).find() ? "'" + word.replace("'", "'\\''") + "'" : "\"" + word + "\"";
    }
}
