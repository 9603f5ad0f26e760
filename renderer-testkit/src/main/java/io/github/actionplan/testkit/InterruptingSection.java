package io.github.actionplan.testkit;

import io.github.actionplan.report.Section;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A section of a type no renderer knows whose {@linkplain Section#fallback() fallback}, once asked for, interrupts the
 * rendering thread, as a server cancelling a slow request does part-way through a render: the kit puts one before the
 * last section of a report's last chapter to see the renderer stop there, not only look before it starts or as a
 * chapter begins.
 *
 * @param armed whether the render has begun: building the report asks for the fallback too, and interrupts nothing
 * @param asked set once the fallback is asked for in the render, and so the thread interrupted
 */
record InterruptingSection(AtomicBoolean armed, AtomicBoolean asked) implements Section {

    /** The text its fallback shows. */
    static final String TEXT = "A section whose drawing cancels the render.";

    @Override
    public List<String> texts() {
        return List.of(TEXT);
    }

    @Override
    public List<Section> fallback() {
        if (armed.get()) {
            asked.set(true);
            Thread.currentThread().interrupt();
        }
        return List.of(Section.NarrativeText.plain(TEXT));
    }
}
