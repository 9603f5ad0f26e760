package com.example.text;

import io.github.actionplan.report.spi.ReportRenderer;
import io.github.actionplan.testkit.RendererContractTest;
import java.nio.charset.StandardCharsets;

class ReasonlessTextRendererContractTest extends RendererContractTest {

    @Override
    protected ReportRenderer renderer() {
        return new ReasonlessTextRenderer();
    }

    @Override
    protected String extractText(byte[] output) {
        return new String(output, StandardCharsets.UTF_8);
    }
}
