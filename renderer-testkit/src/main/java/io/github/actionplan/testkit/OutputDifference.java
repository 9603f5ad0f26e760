package io.github.actionplan.testkit;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Where two outputs that should be byte-identical first differ, and a little of each around it:
 * as text where those bytes are UTF-8 (a time stamp on line 1 shows at once), in hex otherwise.
 */
final class OutputDifference {

    /** Bytes shown before the first difference. */
    private static final int BEFORE = 24;
    /** Bytes shown from the first difference on. */
    private static final int FROM = 40;

    private OutputDifference() {}

    /**
     * Nothing if {@code one} and {@code other} are the same bytes; else "differ first at byte N
     * (line L) of A and B bytes:" and a snippet of each.
     */
    static Optional<String> of(byte[] one, byte[] other) {
        int at = Arrays.mismatch(one, other);
        if (at < 0) {
            return Optional.empty();
        }
        int line = 1;
        for (int i = 0; i < at; i++) {
            if (one[i] == '\n') {
                line++;
            }
        }
        int from = Math.max(0, at - BEFORE);
        Optional<String> oneText = text(one, from, at);
        Optional<String> otherText = text(other, from, at);
        String snippets = oneText.isPresent() && otherText.isPresent()
                ? "\n  one:   " + oneText.get() + "\n  other: " + otherText.get()
                : "\n  one:   " + hex(one, from, at) + "\n  other: " + hex(other, from, at);
        return Optional.of(String.format("differ first at byte %,d (line %d) of %,d and %,d bytes, from byte %,d:%s",
                at, line, one.length, other.length, from, snippets));
    }

    /** Bytes {@code from} to a little after {@code at} as text, if they are UTF-8 (a character cut at an end aside). */
    private static Optional<String> text(byte[] bytes, int from, int at) {
        int start = from;
        while (start < at && (bytes[start] & 0xC0) == 0x80) {
            start++;
        }
        int end = Math.min(bytes.length, at + FROM);
        for (int trim = 0; trim <= 3 && end - trim > start; trim++) {
            try {
                String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes, start, end - trim - start)).toString();
                return Optional.of('"' + (start > 0 ? "..." : "") + StringsInOrder.visible(text)
                        + (end - trim < bytes.length ? "..." : "") + '"'
                        + (bytes.length <= at ? " (the output ends here)" : ""));
            } catch (CharacterCodingException e) {
                // Perhaps a character cut at the end: try a byte less.
            }
        }
        return Optional.empty();
    }

    /** Bytes {@code from} to a little after {@code at} in hex, the first differing one in brackets. */
    private static String hex(byte[] bytes, int from, int at) {
        StringBuilder hex = new StringBuilder();
        for (int i = from; i < Math.min(bytes.length, at + FROM); i++) {
            hex.append(i == at ? "[" : i == from ? "" : " ").append(String.format("%02x", bytes[i] & 0xFF))
                    .append(i == at ? "]" : "");
        }
        if (bytes.length <= at) {
            hex.append(" (the output ends here)");
        }
        return "hex " + hex;
    }
}
