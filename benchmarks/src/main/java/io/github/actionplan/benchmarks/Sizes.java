package io.github.actionplan.benchmarks;

import io.github.actionplan.json.PlanJson;
import io.github.actionplan.json.PlanReader;

/** Helpers shared by the benchmarks. */
final class Sizes {

    private Sizes() {}

    /**
     * {@code PlanJson.reader()}, with its document limit raised where a generated plan is larger
     * than the default 64 MiB allows: a plan of 100,000 sub-actions with realistic text is.
     */
    static PlanReader readerFor(long bytes) {
        PlanReader reader = PlanJson.reader();
        PlanReader.Limits limits = reader.limits();
        if (bytes <= limits.maxDocumentBytes()) {
            return reader;
        }
        return reader.withLimits(new PlanReader.Limits(bytes + 1, limits.maxStringLength(), limits.maxDepth()));
    }
}
