package io.github.actionplan.report.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.actionplan.report.Report;
import io.github.actionplan.testkit.ContractFixtures;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openxmlformats.schemas.drawingml.x2006.chart.ChartSpaceDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.FtrDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.HdrDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.SettingsDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * Every XML part we write is valid against the Office Open XML schema. Word is stricter than
 * LibreOffice about element order; an element out of place makes it call the file corrupt.
 */
class SchemaValidationTest {

    static Stream<Arguments> reports() {
        Map<String, Report> contract = ContractFixtures.reports();
        return Stream.of(
                Arguments.of("everything", Fixtures.everything()),
                Arguments.of("derbyshire-summary", contract.get("derbyshire-summary")),
                Arguments.of("merseyside-action-plan", contract.get("merseyside-action-plan")),
                Arguments.of("welsh-action-plan", Fixtures.welshActionPlan()),
                Arguments.of("welsh-labelled-action-plan", Fixtures.welshLabelledActionPlan()),
                Arguments.of("hostile-action-plan", contract.get("hostile-action-plan")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void everyWordprocessingAndChartPartIsValid(String name, Report report) throws IOException, XmlException {
        Map<String, byte[]> parts = parts(Rendered.bytes(report));
        assertThat(parts).containsKeys("word/document.xml", "word/styles.xml", "word/numbering.xml",
                "word/settings.xml", "word/header1.xml", "word/footer1.xml", "word/charts/chart1.xml");
        for (Map.Entry<String, byte[]> part : parts.entrySet()) {
            XmlObject xml = parse(part.getKey(), part.getValue());
            if (xml == null) {
                continue;
            }
            List<XmlError> errors = new ArrayList<>();
            XmlOptions options = new XmlOptions().setErrorListener(errors);
            xml.validate(options);
            assertThat(errors).as("%s in %s", part.getKey(), name).isEmpty();
        }
    }

    private static XmlObject parse(String name, byte[] bytes) throws IOException, XmlException {
        ByteArrayInputStream in = new ByteArrayInputStream(bytes);
        XmlOptions options = POIXMLTypeLoader.DEFAULT_XML_OPTIONS;
        if (name.equals("word/document.xml")) {
            return DocumentDocument.Factory.parse(in, options);
        } else if (name.equals("word/styles.xml")) {
            return StylesDocument.Factory.parse(in, options);
        } else if (name.equals("word/numbering.xml")) {
            return NumberingDocument.Factory.parse(in, options);
        } else if (name.equals("word/settings.xml")) {
            return SettingsDocument.Factory.parse(in, options);
        } else if (name.matches("word/header\\d+\\.xml")) {
            return HdrDocument.Factory.parse(in, options);
        } else if (name.matches("word/footer\\d+\\.xml")) {
            return FtrDocument.Factory.parse(in, options);
        } else if (name.matches("word/charts/chart\\d+\\.xml")) {
            return ChartSpaceDocument.Factory.parse(in, options);
        }
        return null;
    }

    private static Map<String, byte[]> parts(byte[] docx) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                parts.put(entry.getName(), zip.readAllBytes());
            }
        }
        return parts;
    }
}
