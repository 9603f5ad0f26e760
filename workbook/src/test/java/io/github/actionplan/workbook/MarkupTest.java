package io.github.actionplan.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The markup of a part, followed byte by byte: its elements, how deep they nest, and what is too long. */
class MarkupTest {

    private static final String SHEET = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<worksheet a=\"x>y\" b='\"'>"
            + "<!-- <not/> an element --><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t><![CDATA[<b>"
            + "]]></t></is></c><c r=\"B1\"/></row></sheetData><?pi <x> ?>";

    private static BoundedZip.Markup scanned(String xml, Charset charset, int pieces) {
        BoundedZip.Markup markup = new BoundedZip.Markup();
        byte[] bytes = xml.getBytes(charset);
        int step = Math.max(1, bytes.length / pieces);
        for (int at = 0; at < bytes.length; at += step) {
            markup.scan(bytes, at, Math.min(step, bytes.length - at));
        }
        return markup;
    }

    @Test
    void elementsAreCountedAndNestedAsAParserSeesThemWhateverTheirAttributesCommentsAndSectionsHold() {
        BoundedZip.Markup markup = scanned(SHEET, StandardCharsets.UTF_8, 1);

        assertThat(markup.elements()).as("worksheet, sheetData, row, c, is, t, c").isEqualTo(7);
        assertThat(markup.depth()).as("worksheet left open").isEqualTo(1);
        assertThat(markup.tooLong()).isEmpty();
    }

    @Test
    void aPartReadInPiecesOfOneByteIsFollowedAsWhole() {
        BoundedZip.Markup markup = scanned(SHEET, StandardCharsets.UTF_8, SHEET.length());

        assertThat(markup.elements()).isEqualTo(7);
        assertThat(markup.depth()).isEqualTo(1);
    }

    private static java.util.Optional<String> encodingOf(byte[] start) {
        return BoundedZip.foreignEncoding(start, start.length);
    }

    @Test
    void aPartInAnEncodingWhoseMarkupIsNotInAsciisBytesIsTold() {
        // Trial 31 F1, F2: EBCDIC went unfollowed, and in UTF-16 characters' bytes look like "<!--" and "-->".
        String xml = "<?xml version=\"1.0\"?><sst>";
        assertThat(encodingOf(("\uFEFF" + xml).getBytes(StandardCharsets.UTF_16BE))).contains("UTF-16");
        assertThat(encodingOf(("\uFEFF" + xml).getBytes(StandardCharsets.UTF_16LE))).contains("UTF-16");
        assertThat(encodingOf(xml.getBytes(StandardCharsets.UTF_16LE))).contains("UTF-16");
        assertThat(encodingOf(xml.getBytes(Charset.forName("UTF-32BE")))).contains("UTF-32");
        assertThat(encodingOf(("\uFEFF" + xml).getBytes(Charset.forName("UTF-32LE")))).contains("UTF-32");
        assertThat(encodingOf(xml.getBytes(Charset.forName("Cp037")))).contains("EBCDIC");
        assertThat(encodingOf("<?xml version=\"1.0\" encoding=\"Shift_JIS\"?><a/>".getBytes(StandardCharsets
                .US_ASCII))).contains("Shift_JIS");
    }

    @Test
    void utf8AndAsciiLikeEncodingsAndPartsThatAreNoXmlAreNotTold() {
        assertThat(encodingOf(("\uFEFF" + SHEET).getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(encodingOf("<?xml version='1.0' encoding='ISO-8859-1'?><a/>".getBytes(StandardCharsets.US_ASCII)))
                .isEmpty();
        assertThat(encodingOf(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10})).as("a picture").isEmpty();
        assertThat(encodingOf("HP LaserJet".getBytes(StandardCharsets.UTF_16LE))).as("a printer's settings")
                .isEmpty();
    }

    @Test
    void aCommentLongerThanTheBoundIsToldAsAComment() {
        assertThat(scanned("<a><!--" + " ".repeat(BoundedZip.MAX_MARKUP_BYTES) + "-->", StandardCharsets.UTF_8, 7)
                .tooLong()).contains("a comment");
        assertThat(scanned("<a b=\"" + " ".repeat(BoundedZip.MAX_MARKUP_BYTES) + "\"/>", StandardCharsets.UTF_8, 7)
                .tooLong()).contains("a tag");
        assertThat(scanned("<a><![CDATA[" + ">".repeat(BoundedZip.MAX_MARKUP_BYTES) + "]]>", StandardCharsets.UTF_8,
                7).tooLong()).contains("a CDATA section");
    }

    @Test
    void textOfAnyLengthBetweenTagsIsNotMarkup() {
        assertThat(scanned("<t>" + "x".repeat(3 * BoundedZip.MAX_MARKUP_BYTES) + "</t>", StandardCharsets.UTF_8, 5)
                .tooLong()).isEmpty();
    }

    @Test
    void aPartThatIsNotXmlIsNotFollowed() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '<', 'a', '>', '<', 'b', '>'};
        BoundedZip.Markup markup = new BoundedZip.Markup();
        markup.scan(png, 0, png.length);

        assertThat(markup.elements()).isZero();
    }
}
