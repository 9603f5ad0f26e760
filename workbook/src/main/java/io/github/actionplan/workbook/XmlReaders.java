package io.github.actionplan.workbook;

import java.io.IOException;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.XMLReader;

/**
 * The SAX parser a workbook's sheets, shared strings and workbook part are streamed with: POI's, which refuses a
 * document type, without the JDK's limits on the size of entities. Since Java 24 those stop a part at its 100,000th
 * {@code &amp;}, {@code &lt;} or {@code &gt;}, so a plan's own workbook whose texts hold some ampersands could not be
 * read back. With no document type there are no entities but XML's five, and what a part may hold is bounded as it
 * inflates ({@link BoundedZip}).
 */
final class XmlReaders {

    /** The JDK's limits on entities, as properties of a parser; 0 is none. */
    private static final List<String> ENTITY_LIMITS = List.of("totalEntitySizeLimit", "maxGeneralEntitySizeLimit",
            "entityReplacementLimit");

    private XmlReaders() {}

    /** A new parser, namespace-aware, refusing a document type, and with no limit on entities' size. */
    static XMLReader newReader() throws IOException {
        XMLReader reader;
        try {
            reader = XMLHelper.newXMLReader();
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException(e);
        }
        for (String limit : ENTITY_LIMITS) {
            try {
                reader.setProperty("http://www.oracle.com/xml/jaxp/properties/" + limit, "0");
            } catch (SAXNotRecognizedException | SAXNotSupportedException e) {
                // another parser than the JDK's, which has no such limit of its own
            }
        }
        return reader;
    }
}
