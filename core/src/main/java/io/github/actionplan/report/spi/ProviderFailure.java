package io.github.actionplan.report.spi;

import java.util.Optional;

/**
 * A renderer listed in {@code META-INF/services} that could not be used: it failed to load, another
 * renderer claims its format too, or two jars list it. The registry records it and goes on loading
 * the others.
 *
 * @param className the provider's class name, as far as it is known; for a format claimed twice,
 *                  both classes' names; {@code "(unknown provider)"} where a class it needs is missing
 *                  and it cannot be told which listed provider needs it
 * @param format    the format it blocks: known for a format claimed twice, a renderer listed in
 *                  two jars and one whose file extension is not usable, empty for a renderer that failed to
 *                  load (its format cannot be asked)
 * @param cause     what went wrong: a {@link java.util.ServiceConfigurationError} naming a class it
 *                  needs that is on neither the class path nor the module path (its cause the
 *                  {@link NoClassDefFoundError}), or the library it was built against another version of (its
 *                  cause the {@link IncompatibleClassChangeError}); else a {@link RendererConfigurationException}
 *                  whose message names the class and its jar, the rule it breaks and what to do: the class is
 *                  not found, is not a renderer, has no public no-argument constructor, or its constructor threw (the
 *                  exception its cause); its format id or file extension is not usable; two renderers claim
 *                  its format; or two jars list it, two copies of one plugin
 */
public record ProviderFailure(String className, Optional<String> format, Throwable cause) {

    /**
     * What went wrong, in a sentence or two: for a {@link RendererConfigurationException} its message, which names
     * the class, its jar, the rule and the fix; else {@code "com.example.PdfRenderer (java.lang.NoClassDefFoundError:
     * ...)"}.
     */
    public String describe() {
        return cause instanceof RendererConfigurationException told ? told.getMessage()
                : className + " (" + cause + ")";
    }
}
