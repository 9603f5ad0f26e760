package io.github.actionplan.log4j.fallback;

import org.apache.logging.log4j.spi.Provider;

/**
 * The Log4j API's own simple logger, quiet unless its level is set ({@link QuietLoggerContextFactory}),
 * offered as a provider of the lowest priority. Apache POI logs through the Log4j API, which, finding
 * no provider, prints "Log4j API could not find a logging provider" into the embedding program's
 * console and then uses its simple logger, which prints POI's errors on standard error. With this
 * provider it finds one, so neither is printed. Any real
 * backend (log4j-core at priority 10, log4j-to-slf4j at 15, log4j-to-jul at 20) has a higher
 * priority and wins, so an application's own logging setup is never overridden.
 *
 * <p>Not API: the Log4j API makes it, through {@code META-INF/services} on the class path and
 * {@code provides} on the module path.
 */
public final class FallbackProvider extends Provider {

    /** Lower than any provider can have: every other one wins. */
    static final int PRIORITY = Integer.MIN_VALUE;

    /** Called by the Log4j API's service loader. */
    public FallbackProvider() {
        super(PRIORITY, CURRENT_VERSION, QuietLoggerContextFactory.class);
    }
}
