package io.github.actionplan.ooxml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.compress.archivers.zip.UnicodePathExtraField;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.junit.jupiter.api.Test;

class FixedTimeZipTest {

    private static final byte[] CONTENT = "<w:document/>".getBytes(StandardCharsets.UTF_8);

    /** A one-entry archive, the entry prepared by {@code prepare} as POI would. */
    private static byte[] archive(Consumer<ZipArchiveEntry> prepare) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (FixedTimeZip zip = new FixedTimeZip(buffer)) {
            ZipArchiveEntry entry = new ZipArchiveEntry("word/document.xml");
            prepare.accept(entry);
            zip.putArchiveEntry(entry);
            zip.write(CONTENT);
            zip.closeArchiveEntry();
        }
        return buffer.toByteArray();
    }

    @Test
    void anEntryComesOutWithTimeZeroWhateverTimeItCameWith() throws IOException {
        byte[] untouched = archive(entry -> {});
        byte[] clock = archive(entry -> entry.setTime(System.currentTimeMillis()));
        // what POI does while its JVM-wide reproducible flag is on
        byte[] alreadyZero = archive(entry -> entry.setTime(0));
        byte[] sized = archive(entry -> entry.setSize(CONTENT.length));

        assertThat(clock).isEqualTo(untouched);
        assertThat(alreadyZero).isEqualTo(untouched);
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(sized))) {
            ZipEntry entry = zip.getNextEntry();
            assertThat(entry.getName()).isEqualTo("word/document.xml");
            assertThat(entry.getLastModifiedTime().toMillis()).isZero();
            assertThat(zip.readAllBytes()).isEqualTo(CONTENT);
            assertThat(zip.getNextEntry()).isNull();
        }
    }

    @Test
    void anEntryCarryingMoreThanANameSizeAndTimeIsRefusedRatherThanWrittenWithoutIt() throws IOException {
        ZipArchiveEntry commented = new ZipArchiveEntry("word/styles.xml");
        commented.setComment("kept by the caller");
        ZipArchiveEntry extra = new ZipArchiveEntry("word/numbering.xml");
        extra.addExtraField(new UnicodePathExtraField("word/numbering.xml", new byte[0]));
        ZipArchiveEntry stored = new ZipArchiveEntry("word/media/image1.png");
        stored.setMethod(ZipEntry.STORED);

        for (ZipArchiveEntry entry : new ZipArchiveEntry[] {commented, extra, stored}) {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            try (FixedTimeZip zip = new FixedTimeZip(buffer)) {
                assertThatThrownBy(() -> zip.putArchiveEntry(entry))
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("zip entry " + entry.getName() + " carries")
                        .hasMessageContaining("only a name, a size and a time are expected");
                assertThat(buffer.size()).as("bytes written for " + entry.getName()).isZero();
            }
        }
    }
}
