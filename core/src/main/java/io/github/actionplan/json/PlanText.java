package io.github.actionplan.json;

import io.github.actionplan.validation.Problem;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The encoding of a plan file: UTF-8 only, with an optional byte order mark. One strict decoder
 * for the library and the command line: it refuses overlong forms, encoded surrogates, code
 * points above U+10FFFF and every other byte sequence UTF-8 forbids (which a lenient decoder
 * would turn into other characters), and it names UTF-16 and UTF-32 rather than misreading them.
 */
final class PlanText {

    private PlanText() {}

    /** What is wrong with {@code bytes} as the text of a plan, at its line and column; empty if nothing. */
    static Optional<Problem> encodingProblem(byte[] bytes) {
        Optional<String> other = otherEncoding(bytes);
        if (other.isPresent()) {
            String encoding = PlanSchema.say(other.get());
            return Optional.of(Problem.error("", PlanSchema.say("encoding.other", encoding)).at(1, 1));
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder(); // reports, not replaces, what is not UTF-8
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        for (CoderResult result = decoder.decode(in, out, true); !result.isUnderflow();
                result = decoder.decode(in, out.clear(), true)) {
            if (result.isError()) {
                return Optional.of(at(Problem.error("", PlanSchema.say("encoding.byte", String.format(Locale.ROOT,
                        "0x%02x", bytes[in.position()] & 0xff))), bytes, in.position()));
            }
        }
        return Optional.empty();
    }

    /**
     * {@code text} as UTF-8, or the problem of a lone surrogate (which a lenient encoder would
     * quietly write as {@code '?'}).
     */
    static byte[] encode(String text, List<Problem> problems) {
        try {
            ByteBuffer bytes = StandardCharsets.UTF_8.newEncoder().encode(CharBuffer.wrap(text));
            return Arrays.copyOf(bytes.array(), bytes.limit());
        } catch (CharacterCodingException e) {
            int at = 0; // a code point above U+FFFF is a pair; a lone surrogate is its own code point
            for (int c; (c = text.codePointAt(at)) > 0xFFFF || !Character.isSurrogate((char) c); ) {
                at += Character.charCount(c);
            }
            byte[] before = text.substring(0, at).getBytes(StandardCharsets.UTF_8);
            problems.add(at(Problem.error("", PlanSchema.say("encoding.surrogate", String.format(Locale.ROOT, "U+%04X",
                    (int) text.charAt(at)))), before, before.length));
            return new byte[0];
        }
    }

    /**
     * UTF-16 or UTF-32, told by a byte order mark or, as RFC 4627 tells them, by the NUL bytes
     * around the first character of a JSON text (which is ASCII).
     */
    private static Optional<String> otherEncoding(byte[] b) {
        boolean nuls32 = startsWith(b, 0x00, 0x00, 0x00) || b.length >= 4 && b[1] == 0 && b[2] == 0 && b[3] == 0;
        return Optional.of(startsWith(b, 0x00, 0x00, 0xFE, 0xFF) || startsWith(b, 0xFF, 0xFE, 0x00, 0x00)
                ? "encoding.utf32.bom" : startsWith(b, 0xFE, 0xFF) || startsWith(b, 0xFF, 0xFE) ? "encoding.utf16.bom"
                : nuls32 ? "encoding.utf32.nul" : b.length >= 2 && (b[0] == 0 || b[1] == 0) ? "encoding.utf16.nul" : "")
                .filter(key -> !key.isEmpty());
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        for (int i = 0; i < prefix.length; i++) {
            if (i >= bytes.length || (bytes[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** The problem at a byte offset of UTF-8 {@code text}: its line, and its column in characters. */
    static Problem at(Problem problem, byte[] text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.length || text[i + 1] != '\n'))) {
                line++;
                lineStart = i + 1;
            }
        }
        return problem.at(line, characters(text, lineStart, offset) + 1);
    }

    /** How many characters (code points) the bytes from {@code start} to {@code end} hold. */
    static int characters(byte[] text, int start, int end) {
        String decoded = new String(text, start, end - start, StandardCharsets.UTF_8);
        return decoded.codePointCount(0, decoded.length());
    }
}
