package io.github.actionplan.testkit;

import io.github.actionplan.report.spi.ReportRenderer;
import java.nio.charset.StandardCharsets;

/** The contract kit, run on the plain-text test renderer: the kit is tested before any real format. */
class PlainTextRendererContractTest extends RendererContractTest {

    @Override
    protected ReportRenderer renderer() {
        return new PlainTextRenderer();
    }

    @Override
    protected String extractText(byte[] output) {
        return new String(output, StandardCharsets.UTF_8);
    }
}
