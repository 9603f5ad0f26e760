package io.github.actionplan.ooxml;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.actionplan.report.DocumentMetadata;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class DocumentPropertiesTest {

    @Test
    void everyPropertyComesFromTheMetadataNoneFromTheClockOrPoi() throws IOException {
        DocumentMetadata metadata = DocumentMetadata.asOf(LocalDate.of(2025, 6, 30), "Quarterly update: Plan",
                "Merseyside Fire and Rescue Service", "Owners' updates", List.of("HMICFRS", "action plan"));

        POIXMLProperties.CoreProperties core = reopened(metadata).getCoreProperties();

        assertThat(core.getTitle()).isEqualTo("Quarterly update: Plan");
        assertThat(core.getCreator()).isEqualTo("Merseyside Fire and Rescue Service");
        assertThat(core.getLastModifiedByUser()).isEqualTo("Merseyside Fire and Rescue Service");
        assertThat(core.getSubject()).isEqualTo("Owners' updates");
        assertThat(core.getKeywords()).isEqualTo("HMICFRS, action plan");
        assertThat(core.getUnderlyingProperties().getLanguageProperty()).hasValue("en-GB");
        assertThat(core.getCreated().toInstant()).isEqualTo(Instant.parse("2025-06-30T00:00:00Z"));
        assertThat(core.getModified()).isEqualTo(core.getCreated());
    }

    /** The properties of a workbook given {@code metadata}, written and read back as a user's program would. */
    private static POIXMLProperties reopened(DocumentMetadata metadata) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet();
            DocumentProperties.write(workbook.getProperties(), metadata);
            workbook.write(bytes);
        }
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
            return read.getProperties();
        }
    }
}
