package io.github.actionplan.workbook;

import io.github.actionplan.fixtures.SeedPlans;
import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.model.ReportingPeriod;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The Merseyside seed plan and its update workbook for Q2 2025/26, which most import tests start from: exported once a
 * run (the same plan and period give the same bytes) and copied for each test into a folder of its own, as
 * {@code updates.xlsx}, so that a test may fill it in or write over it.
 *
 * <pre>{@code
 * @RegisterExtension
 * final SeedWorkbook seed = new SeedWorkbook();
 * ... Owner.open(seed.file()) ... UpdateImport.of(seed.plan()).read(file) ...
 * }</pre>
 */
final class SeedWorkbook implements BeforeEachCallback {

    /** The period the workbook is written for. */
    static final ReportingPeriod Q2 = ReportingPeriod.parse("Q2 2025/26");

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SeedWorkbook.class);

    private static ActionPlan merseyside;
    private static byte[] exported;

    private Path file;

    /** The workbook's bytes, written once a run, and the plan, which is immutable, so every test may share it. */
    private static synchronized byte[] exported() throws IOException {
        if (exported == null) {
            merseyside = SeedPlans.merseyside();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            UpdateWorkbook.of(merseyside, Q2).write(out);
            exported = out.toByteArray();
        }
        return exported;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        Path folder = Files.createTempDirectory("seed-workbook-");
        context.getStore(NAMESPACE).put(folder, (AutoCloseable) () -> delete(folder));
        file = Files.write(folder.resolve("updates.xlsx"), exported());
    }

    /** The Merseyside seed plan, Q1 2025/26. */
    ActionPlan plan() {
        return merseyside;
    }

    /** This test's own copy of the plan's workbook for Q2 2025/26, {@code updates.xlsx}. */
    Path file() {
        return file;
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
