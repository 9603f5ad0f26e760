/**
 * A Log4j API provider of the lowest priority for the modules that use Apache POI, found by the
 * Log4j API as a service; no API of its own.
 */
module io.github.actionplan.log4j.fallback {
    requires org.apache.logging.log4j;

    // The Log4j API makes the provider's logger context factory by reflection.
    exports io.github.actionplan.log4j.fallback to org.apache.logging.log4j;

    provides org.apache.logging.log4j.spi.Provider
            with io.github.actionplan.log4j.fallback.FallbackProvider;
}
