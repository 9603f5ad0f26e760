package io.github.actionplan.report.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogoTest {

    static byte[] image(String format, int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), format, out);
        return out.toByteArray();
    }

    @Test
    void aPngOrJpegLogoKnowsItsSizeSoEveryRendererDrawsItAlike() throws IOException {
        Logo png = Logo.of(image("png", 300, 100), "Anyshire Fire and Rescue Service");
        Logo jpeg = Logo.of(image("jpeg", 120, 60), "Anyshire");

        assertThat(png.type()).isEqualTo(Logo.ImageType.PNG);
        assertThat(png.widthPixels()).isEqualTo(300);
        assertThat(png.heightPixels()).isEqualTo(100);
        assertThat(png.widthPoints()).isEqualTo(3.0 * Logo.HEIGHT_POINTS);
        assertThat(jpeg.type()).isEqualTo(Logo.ImageType.JPEG);
        assertThat(jpeg.widthPixels()).isEqualTo(120);
        assertThat(jpeg.heightPixels()).isEqualTo(60);
    }

    @Test
    void aFileThatIsNotAnImageIsRefusedSayingWhatALogoMustBe(@TempDir Path folder) throws IOException {
        Path text = Files.writeString(folder.resolve("logo.png"), "not an image", StandardCharsets.UTF_8);

        assertThatIllegalArgumentException().isThrownBy(() -> Logo.read(text, "Anyshire"))
                .withMessageContaining("logo.png is not a PNG or JPEG image")
                .withMessageContaining("6E 6F 74");
        assertThatIllegalArgumentException().isThrownBy(() -> Logo.of(new byte[0], "Anyshire"))
                .withMessageContaining("its first bytes are none: it is empty");
    }

    @Test
    void aDevicePipeOrFolderIsRefusedUnreadNotReadUntilTheHeapRunsOutOrForEver(@TempDir Path folder)
            throws Exception {
        // Trial 36 F1: /dev/zero reports no size; a pipe's read waits for a writer.
        Path pipe = folder.resolve("logo.png");
        org.junit.jupiter.api.Assumptions.assumeTrue(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor()
                == 0, "mkfifo makes a named pipe");

        for (Path notAFile : java.util.List.of(Path.of("/dev/zero"), pipe, folder)) {
            assertThatIllegalArgumentException().isThrownBy(() -> Logo.read(notAFile, "Anyshire"))
                    .withMessage(notAFile + " is not a file (a folder, device or pipe); a logo is read from a PNG or"
                            + " JPEG file");
        }
    }

    @Test
    void aLogoNeedsAltText() throws IOException {
        byte[] png = image("png", 10, 10);

        assertThatIllegalArgumentException().isThrownBy(() -> Logo.of(png, " "))
                .withMessageContaining("the logo needs alt text");
    }

    @Test
    void anImageClaimingHugeDimensionsIsRefusedBeforeAnyoneDecodesIt() throws IOException {
        byte[] png = image("png", 10, 10);
        png[16] = 0x7F; // IHDR width: about two thousand million pixels

        assertThatIllegalArgumentException().isThrownBy(() -> Logo.of(png, "Anyshire"))
                .withMessageContaining("pixels; a logo may be 1 to 10000 pixels each way");
    }

    @Test
    void theRunningHeaderIsTheTitleUnlessSetAndTheFooterEmpty() {
        assertThat(RenderOptions.defaults().runningFooter()).isEmpty();
        assertThat(RenderOptions.defaults().logo()).isEmpty();
        io.github.actionplan.report.Report report = io.github.actionplan.report.ReportTemplates.summary().build(
                io.github.actionplan.rules.Assessor.standard().assess(io.github.actionplan.fixtures.SeedPlans.derbyshire(),
                        io.github.actionplan.fixtures.SeedPlans.DERBYSHIRE_AS_OF));
        assertThat(RenderOptions.defaults().runningHeader(report)).isEqualTo(report.title());
        assertThat(RenderOptions.builder().runningHeader("OFFICIAL").build().runningHeader(report)).isEqualTo("OFFICIAL");
        assertThat(RenderOptions.pageNumber(3, 12)).isEqualTo("Page 3 of 12");
    }

    @Test
    void aRunningHeaderSetIsToldApartFromTheDefaultEvenWhereItIsTheTitle() {
        // Trial 57 F6: a format without pages told them apart by comparing the header with the title.
        assertThat(RenderOptions.defaults().runningHeaderSet()).isEmpty();
        assertThat(RenderOptions.builder().runningHeader("Action plan").build().runningHeaderSet())
                .contains("Action plan");
    }
}
