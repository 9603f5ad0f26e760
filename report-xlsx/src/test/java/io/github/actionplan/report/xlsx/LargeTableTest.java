package io.github.actionplan.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A table of 100,000 rows renders in a JVM with a 256 MiB heap: table sheets stream their rows
 * through temporary files, which are gone afterwards. The workbook is read back with POI's
 * streaming reader, which never holds a sheet in memory either.
 */
class LargeTableTest {

    static final int ROWS = 100_000;

    @Test
    void aHundredThousandRowTableRendersInA256MebibyteHeap(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("large.xlsx");
        Path tmp = Files.createDirectories(folder.resolve("tmp"));
        Path log = folder.resolve("child.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(List.of(java, "-Xmx256m", "-Djava.awt.headless=true",
                "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"),
                LargeTableMain.class.getName(), file.toString(), Integer.toString(ROWS)))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        assertThat(child.waitFor(10, TimeUnit.MINUTES)).as("finished within 10 minutes").isTrue();
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(child.exitValue()).as(output).isZero();
        assertThat(output).contains("rendered 100000 rows");

        Map<String, Long> rows = rowsPerSheet(file);
        assertThat(rows.keySet()).containsExactly("Overview", "All actions");
        // the caption and header rows, then one row per table row
        assertThat(rows.get("All actions")).isEqualTo(ROWS + 2L);
        try (Stream<Path> left = Files.walk(tmp)) {
            assertThat(left.filter(Files::isRegularFile)).as("temporary files left behind").isEmpty();
        }
    }

    /** Row elements per sheet, counted by streaming each sheet's XML. */
    private static Map<String, Long> rowsPerSheet(Path file) throws Exception {
        Map<String, Long> rows = new LinkedHashMap<>();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) new XSSFReader(pkg).getSheetsData();
            XMLInputFactory factory = XMLInputFactory.newFactory();
            while (sheets.hasNext()) {
                try (InputStream in = sheets.next()) {
                    XMLStreamReader xml = factory.createXMLStreamReader(in);
                    long count = 0;
                    while (xml.hasNext()) {
                        if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("row")) {
                            count++;
                        }
                    }
                    xml.close();
                    rows.put(sheets.getSheetName(), count);
                }
            }
        }
        return rows;
    }
}
