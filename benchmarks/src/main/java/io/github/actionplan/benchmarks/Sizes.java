package io.github.actionplan.benchmarks;

import io.github.actionplan.json.PlanJson;
import io.github.actionplan.json.PlanReader;
import io.github.actionplan.json.PlanWriter;

/** Helpers shared by the benchmarks. */
final class Sizes {

    /**
     * {@code PlanJson.writer()}, with its document, item and block limits raised as {@link #readerFor} raises the
     * reader's: the default writer refuses a plan its default reader would. A plan of 100,000 sub-actions holds some
     * 290,000 paragraphs and list items besides the first of each text (the JSON benchmark stopped in its set-up
     * from the day the block limit came).
     */
    static final PlanWriter WRITER = PlanJson.writer().withLimits(PlanReader.Limits.DEFAULT
            .withMaxItems(Integer.MAX_VALUE).withMaxDocumentBytes(PlanReader.Limits.MOST_DOCUMENT_BYTES)
            .withMaxBlocks(Integer.MAX_VALUE));

    private Sizes() {}

    /**
     * {@code PlanJson.reader()}, with its document, item and block limits raised where a generated plan is
     * larger than the defaults (16 MiB, 20,000 items, 100,000 blocks) allow: a plan of 100,000 sub-actions is.
     */
    static PlanReader readerFor(long bytes) {
        PlanReader reader = PlanJson.reader();
        PlanReader.Limits limits = reader.limits();
        limits = limits.withMaxItems(Integer.MAX_VALUE).withMaxBlocks(Integer.MAX_VALUE);
        return reader.withLimits(bytes <= limits.maxDocumentBytes() ? limits : limits.withMaxDocumentBytes(bytes + 1));
    }
}
