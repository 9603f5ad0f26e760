package io.github.actionplan.examples.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.actionplan.json.PlanJson;
import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.report.Report;
import io.github.actionplan.report.ReportTemplates;
import io.github.actionplan.report.spi.RenderOptions;
import io.github.actionplan.report.spi.ReportRenderer;
import io.github.actionplan.report.spi.ReportRenderers;
import io.github.actionplan.rules.Assessor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.poi.util.Reproducibility;
import org.junit.jupiter.api.Test;

/**
 * DOCX and XLSX files rendered on several threads at once, as {@code demo} renders them and a
 * server embedding the library may, are the bytes of the same files rendered one at a time, even
 * while other code in the process switches POI's JVM-wide reproducible flag on and off.
 */
class OfficeRendersInParallelTest {

    private static final int THREADS = 8;
    private static final int ROUNDS = 3;

    @Test
    void docxAndXlsxRendersOnEightThreadsWhileOtherCodeSwitchesPoisFlagGiveTheBytesOfOneAtATime() throws Exception {
        ActionPlan plan;
        try (InputStream in = getClass().getResourceAsStream("/plans/derbyshire-2023-11-01.json")) {
            plan = PlanJson.reader().read(in, "derbyshire-2023-11-01.json").plan();
        }
        Map<String, Report> reports = new LinkedHashMap<>();
        for (String name : List.of("summary", "action-plan")) {
            reports.put(name, ReportTemplates.named(name).orElseThrow()
                    .build(Assessor.standard().assess(plan, plan.asOf().orElseThrow())));
        }
        List<ReportRenderer> renderers = List.of(ReportRenderers.load().find("docx").orElseThrow(),
                ReportRenderers.load().find("xlsx").orElseThrow());
        Map<String, byte[]> alone = new LinkedHashMap<>();
        for (ReportRenderer renderer : renderers) {
            reports.forEach((name, report) -> alone.put(name + "." + renderer.format(), bytes(renderer, report)));
        }

        AtomicBoolean rendering = new AtomicBoolean(true);
        // another library in the process, turning POI's flag on around its own writes
        Thread switcher = new Thread(() -> {
            while (rendering.get()) {
                try {
                    Reproducibility.runWithSourceDateEpoch(Thread::yield);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
        switcher.start();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<String> names = new ArrayList<>();
            List<Callable<byte[]>> jobs = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                for (ReportRenderer renderer : renderers) {
                    reports.forEach((name, report) -> {
                        names.add(name + "." + renderer.format());
                        jobs.add(() -> bytes(renderer, report));
                    });
                }
            }
            List<Future<byte[]>> results = pool.invokeAll(jobs);
            for (int i = 0; i < jobs.size(); i++) {
                assertThat(results.get(i).get()).as(names.get(i)).isEqualTo(alone.get(names.get(i)));
            }
        } finally {
            rendering.set(false);
            pool.shutdownNow();
            switcher.join();
        }
    }

    private static byte[] bytes(ReportRenderer renderer, Report report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            renderer.render(report, RenderOptions.defaults(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
