package io.github.actionplan.internal;

import java.util.ServiceLoader;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * SLF4J bound before the JSON Schema validator, which logs through it, first asks for a logger. With
 * a provider on the path (logback, slf4j-simple, an application's own), SLF4J binds it as always.
 * With none, SLF4J would fall back to its no-operation logger and say so in three lines on standard
 * error, in an embedder's program that never asked for SLF4J; here it is told to use that same
 * no-operation provider by name (its {@code slf4j.provider} property), which it does silently. The
 * two properties are set only for that one binding and removed again; an application that sets
 * {@code slf4j.provider} itself keeps its choice.
 */
public final class QuietSlf4j {

    private static final String PROVIDER = "slf4j.provider";
    private static final String VERBOSITY = "slf4j.internal.verbosity";

    private QuietSlf4j() {}

    /** Binds SLF4J, with no word from it when there is no provider to bind. */
    public static synchronized void bind() {
        try {
            bindNamingTheProvider();
        } catch (LinkageError e) {
            // SLF4J 1.7 (an application may pin it): no service providers, nor the property; it speaks as always.
        }
    }

    private static void bindNamingTheProvider() {
        boolean none = System.getProperty(PROVIDER) == null && ServiceLoader.load(SLF4JServiceProvider.class,
                LoggerFactory.class.getClassLoader()).stream().findAny().isEmpty();
        // SLF4J says at level INFO that it loads a provider named by the property: WARN hides that alone.
        boolean quieten = none && System.getProperty(VERBOSITY) == null;
        if (none) {
            System.setProperty(PROVIDER, "org.slf4j.helpers.NOP_FallbackServiceProvider");
        }
        if (quieten) {
            System.setProperty(VERBOSITY, "WARN");
        }
        try {
            LoggerFactory.getILoggerFactory();
        } finally {
            if (none) {
                System.clearProperty(PROVIDER);
            }
            if (quieten) {
                System.clearProperty(VERBOSITY);
            }
        }
    }
}
