package com.example.text;

import io.github.actionplan.report.spi.ReportRenderer;
import io.github.actionplan.testkit.RendererContractTest;
import java.nio.charset.StandardCharsets;

class TextReportRendererContractTest extends RendererContractTest {

    @Override
    protected ReportRenderer renderer() {
        return new TextReportRenderer();
    }

    @Override
    protected String extractText(byte[] output) {
        return new String(output, StandardCharsets.UTF_8);
    }
}
