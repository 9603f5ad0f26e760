package io.github.actionplan.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.actionplan.report.spi.ContractFixtures;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every PDF the renderer writes is PDF/UA-1, as veraPDF checks it: not one rule fails. */
class PdfUaTest {

    static Stream<String> fixtures() {
        return ContractFixtures.reports().keySet().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void seedAndHostileReportsFailNoPdfUaRule(String fixture) throws Exception {
        byte[] pdf = Pdfs.render(ContractFixtures.reports().get(fixture)).bytes();
        java.nio.file.Files.write(java.nio.file.Path.of("/tmp/acc/" + fixture + ".pdf"), pdf);

        assertThat(VeraPdf.pdfUaFailures(pdf)).isEmpty();
    }

    @Test
    void theRichFixtureFailsNoPdfUaRule() {
        byte[] pdf = Pdfs.render(Fixtures.rich()).bytes();

        assertThat(VeraPdf.pdfUaFailures(pdf)).isEmpty();
    }
}
