package io.github.actionplan.log4j.fallback;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.message.MessageFactory;
import org.apache.logging.log4j.simple.SimpleLogger;
import org.apache.logging.log4j.simple.SimpleLoggerContext;
import org.apache.logging.log4j.spi.ExtendedLogger;
import org.apache.logging.log4j.spi.LoggerContext;
import org.apache.logging.log4j.spi.LoggerContextFactory;
import org.apache.logging.log4j.util.PropertiesUtil;

/**
 * The Log4j API's simple logger, on standard error, where {@value #LEVEL} is set (a system property, or in
 * {@code log4j2.component.properties}); else loggers that write nothing. What POI logs in actionplan's use is a fault
 * of a file it reads (a damaged part, with its stack trace, at FATAL), which actionplan tells its caller as an
 * exception in its own words: printed too, a user's bad upload would write on a server's standard error.
 *
 * <p>Not API: {@link FallbackProvider} names it, and the Log4j API makes it.
 */
public final class QuietLoggerContextFactory implements LoggerContextFactory {

    /** The simple logger's level, as the Log4j API names it. */
    static final String LEVEL = "org.apache.logging.log4j.simplelog.level";

    private final LoggerContext context = PropertiesUtil.getProperties().getStringProperty(LEVEL) == null
            ? new Quiet() : new SimpleLoggerContext();

    /** Called by the Log4j API, through {@link FallbackProvider}. */
    public QuietLoggerContextFactory() {}

    @Override
    public LoggerContext getContext(String fqcn, ClassLoader loader, Object externalContext, boolean currentContext) {
        return context;
    }

    @Override
    public LoggerContext getContext(String fqcn, ClassLoader loader, Object externalContext, boolean currentContext,
            URI configLocation, String name) {
        return context;
    }

    @Override
    public void removeContext(LoggerContext removed) {
        // One context, for the life of the JVM, as the simple logger's own factory keeps.
    }

    @Override
    public boolean isClassLoaderDependent() {
        return false;
    }

    /** Loggers that log nothing: the simple logger's, at level OFF. */
    private static final class Quiet implements LoggerContext {
        private final Map<String, ExtendedLogger> loggers = new ConcurrentHashMap<>();

        @Override
        public Object getExternalContext() {
            return null; // the Log4j API's contract: none
        }

        @Override
        public ExtendedLogger getLogger(String name) {
            return loggers.computeIfAbsent(name, n -> new SimpleLogger(n, Level.OFF, false, false, false, false, "",
                    null, PropertiesUtil.getProperties(), System.err));
        }

        @Override
        public ExtendedLogger getLogger(String name, MessageFactory messageFactory) {
            return getLogger(name);
        }

        @Override
        public boolean hasLogger(String name) {
            return loggers.containsKey(name);
        }

        @Override
        public boolean hasLogger(String name, MessageFactory messageFactory) {
            return hasLogger(name);
        }

        @Override
        public boolean hasLogger(String name, Class<? extends MessageFactory> messageFactoryClass) {
            return hasLogger(name);
        }
    }
}
