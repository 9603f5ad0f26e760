package io.github.actionplan.benchmarks;

import io.github.actionplan.json.PlanJson;
import io.github.actionplan.json.PlanReader;
import io.github.actionplan.json.PlanWriter;

/** Helpers shared by the benchmarks. */
final class Sizes {

    /**
     * {@code PlanJson.writer()}, with its document and item limits raised as {@link #readerFor} raises the reader's:
     * the default writer refuses a plan its default reader would.
     */
    static final PlanWriter WRITER = PlanJson.writer().withLimits(PlanReader.Limits.DEFAULT
            .withMaxItems(Integer.MAX_VALUE).withMaxDocumentBytes(PlanReader.Limits.MOST_DOCUMENT_BYTES));

    private Sizes() {}

    /**
     * {@code PlanJson.reader()}, with its document and item limits raised where a generated plan is
     * larger than the defaults (16 MiB, 20,000 items) allow: a plan of 100,000 sub-actions is.
     */
    static PlanReader readerFor(long bytes) {
        PlanReader reader = PlanJson.reader();
        PlanReader.Limits limits = reader.limits();
        if (bytes <= limits.maxDocumentBytes()) {
            return reader.withLimits(limits.withMaxItems(Integer.MAX_VALUE));
        }
        return reader.withLimits(limits.withMaxDocumentBytes(bytes + 1).withMaxItems(Integer.MAX_VALUE));
    }
}
