package io.github.actionplan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whether a file is open in LibreOffice, Word or Excel, as the lock file beside it tells. */
class OfficeLocksTest {

    @TempDir
    Path folder;

    @Test
    void aLockFileNamedForTheFileSaysItIsOpenAndInWhat() throws IOException {
        Path docx = Files.writeString(folder.resolve("q1.docx"), "report");
        Path xlsx = Files.writeString(folder.resolve("updates.xlsx"), "workbook");
        Path plan = Files.writeString(folder.resolve("plan.json"), "{}");
        Files.writeString(folder.resolve("~$q1.docx"), "Ann Smith");
        Files.writeString(folder.resolve(".~lock.updates.xlsx#"), "Ann Smith,ann,LAPTOP-1,04.12.2026 10:12,file:;");

        assertThat(OfficeLocks.openIn(docx)).contains("Word");
        assertThat(OfficeLocks.openIn(xlsx)).contains("LibreOffice, by 'Ann Smith'");
        assertThat(OfficeLocks.lockFile(xlsx)).contains(folder.resolve(".~lock.updates.xlsx#"));
        assertThat(OfficeLocks.openIn(plan)).isEmpty();
    }

    @Test
    void officesLockForALongerNameThatAnotherFileThereMayOwnIsToldAsEithers() throws IOException {
        // Run 104 #2: q1-2025-summary.docx open in Word, "~$-2025-summary.docx" beside it, was told as q2's too,
        // unsaid; run 105 #3: taken for neither, q1's was written over while open.
        Path q1 = Files.writeString(folder.resolve("q1-2025-summary.docx"), "report");
        Files.writeString(folder.resolve("~$-2025-summary.docx"), "Ann Smith");
        assertThat(OfficeLocks.openIn(q1)).contains("Word");

        Path q2 = Files.writeString(folder.resolve("q2-2025-summary.docx"), "report");

        assertThat(OfficeLocks.openIn(q2)).contains("Word (or q1-2025-summary.docx is: the lock file"
                + " ~$-2025-summary.docx may be either's)");
        assertThat(OfficeLocks.openIn(q1)).contains("Word (or q2-2025-summary.docx is: the lock file"
                + " ~$-2025-summary.docx may be either's)");
        assertThat(OfficeLocks.openIn(folder.resolve("q3-2025-summary.xlsx"))).isEmpty();
    }
}
