package io.github.actionplan.workbook;

import io.github.actionplan.internal.SpreadsheetCells;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A workbook's shared strings, read in bounded memory: POI's readers keep every string whole however long, so one
 * string of hundreds of millions of characters, which compresses well enough to pass the zip-bomb check, would fill
 * the heap. A string longer than a cell holds keeps only its length, so that the cell naming it is reported as too
 * long; and all of them together may hold at most a given number of characters.
 */
final class SharedStringsXml extends DefaultHandler {

    /**
     * The most strings there may be: each takes some 50 bytes however short, so 300 MB of one-letter strings, which
     * compress 15 times, would fill the heap. A workbook of the largest plan the round trip takes has some 200,000.
     */
    static final int MAX_STRINGS = 1_000_000;

    /** Thrown, unchecked, to stop reading shared strings that hold more characters, or strings, than allowed. */
    static final class TooManyCharacters extends RuntimeException {
        private static final long serialVersionUID = 1L;

        /** Whether there are more than {@link #MAX_STRINGS} strings, rather than too many characters. */
        final boolean strings;

        TooManyCharacters(boolean strings) {
            super(null, null, false, false);
            this.strings = strings;
        }
    }

    private final long maxCharacters;
    private final List<String> strings = new ArrayList<>();
    /** The length, as stored, of each string longer than a cell holds, by its index; those are not kept. */
    private final Map<Integer, Long> tooLong = new HashMap<>();
    private final BoundedText text = new BoundedText();
    private long characters;
    private boolean inItem;
    private boolean inText;
    private boolean inPhonetic;

    private SharedStringsXml(long maxCharacters) {
        this.maxCharacters = maxCharacters;
    }

    /** No shared strings, for a workbook without the part. */
    static SharedStringsXml none() {
        return new SharedStringsXml(0);
    }

    /**
     * Reads {@code xml}, a shared strings part.
     *
     * @throws TooManyCharacters where its strings hold more than {@code maxCharacters} characters in all
     */
    static SharedStringsXml read(InputStream xml, long maxCharacters) throws IOException, SAXException {
        SharedStringsXml strings = new SharedStringsXml(maxCharacters);
        XMLReader parser = XmlReaders.newReader();
        parser.setContentHandler(strings);
        parser.parse(new InputSource(xml));
        return strings;
    }

    /** How many strings there are. */
    int count() {
        return strings.size();
    }

    /** How many characters they hold in all, as stored. */
    long characters() {
        return characters;
    }

    /** The string at {@code index}, decoded; empty where it is longer than a cell holds. */
    String at(int index) {
        return strings.get(index) == null ? "" : strings.get(index);
    }

    /** The length, as stored, of the string at {@code index} where it is longer than a cell holds. */
    OptionalLong tooLong(int index) {
        Long length = tooLong.get(index);
        return length == null ? OptionalLong.empty() : OptionalLong.of(length);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "si" -> {
                if (strings.size() == MAX_STRINGS) {
                    throw new TooManyCharacters(true);
                }
                inItem = true;
                text.clear();
            }
            case "t" -> inText = inItem;
            case "rPh" -> inPhonetic = true; // furigana are not part of the text a person typed
            default -> { }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "si" -> {
                inItem = false;
                OptionalLong over = text.tooLong();
                if (over.isPresent()) {
                    tooLong.put(strings.size(), over.getAsLong());
                    strings.add(null);
                } else {
                    strings.add(text.decoded());
                }
            }
            case "t" -> inText = false;
            case "rPh" -> inPhonetic = false;
            default -> { }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inText && !inPhonetic) {
            characters += length;
            if (characters > maxCharacters) {
                throw new TooManyCharacters(false);
            }
            text.append(ch, start, length);
        }
    }

    /**
     * A cell's text as the XML gives it, kept only up to what a cell can hold: beyond that only its length is
     * counted. A cell holds {@value SpreadsheetCells#CELL_LIMIT} characters once its {@code _xHHHH_} escapes are
     * decoded, and each may take seven as stored, so that many times as many are kept before it is surely too long.
     */
    static final class BoundedText {
        private static final int KEPT = 7 * SpreadsheetCells.CELL_LIMIT;

        private final StringBuilder kept = new StringBuilder();
        private long length;

        void clear() {
            kept.setLength(0);
            length = 0;
        }

        void append(char[] ch, int start, int count) {
            length += count;
            if (kept.length() < KEPT) {
                kept.append(ch, start, Math.min(count, KEPT - kept.length()));
            }
        }

        /** How many characters were given, as stored. */
        long length() {
            return length;
        }

        /** The text as stored; only for text that is not {@link #tooLong()}. */
        String stored() {
            return kept.toString();
        }

        /** The text with its escapes decoded; only for text that is not {@link #tooLong()}. */
        String decoded() {
            return Escapes.decoded(kept.toString());
        }

        /**
         * Its length where it is longer than a cell holds: decoded where it was kept whole, else as stored (more
         * than the cell limit however many escapes it has).
         */
        OptionalLong tooLong() {
            if (length > KEPT) {
                return OptionalLong.of(length);
            }
            if (length <= SpreadsheetCells.CELL_LIMIT) {
                return OptionalLong.empty();
            }
            int decoded = decoded().length();
            return decoded > SpreadsheetCells.CELL_LIMIT ? OptionalLong.of(decoded) : OptionalLong.empty();
        }
    }

    /** OOXML's {@code _xHHHH_} escapes of characters in cell text (ECMA-376 Part 1, 22.9.2.19). */
    static final class Escapes {
        private static final java.util.regex.Pattern ESCAPE = java.util.regex.Pattern.compile(
                "_x([0-9A-Fa-f]{4})_");

        private Escapes() {}

        /**
         * {@code stored} with each escape decoded, as Excel and POI's user model read it: {@code _x000B_} is a
         * vertical tab, {@code _x005F_} an underscore, so that {@code _x005F_x0041_} reads {@code _x0041_}.
         */
        static String decoded(String stored) {
            if (stored.indexOf("_x") < 0) {
                return stored;
            }
            return ESCAPE.matcher(stored).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                    String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
    }
}
