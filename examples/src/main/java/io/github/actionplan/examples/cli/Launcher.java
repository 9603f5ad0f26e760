package io.github.actionplan.examples.cli;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * The entry point of {@code actionplan.jar}. It is compiled for Java 8, so that an older
 * {@code java} on the path says in one line what is wrong instead of failing to load the command
 * line with an {@code UnsupportedClassVersionError}; on Java 21 or newer it runs
 * {@link ActionPlanCommand}.
 */
public final class Launcher {

    /** The oldest Java the command line runs on. */
    static final int MINIMUM_JAVA = 21;

    private Launcher() {}

    /** Runs {@link ActionPlanCommand}, or exits with code 1 on a Java that is too old for it. */
    public static void main(String[] args) throws Throwable {
        String problem = javaTooOld(System.getProperty("java.specification.version"), System.getProperty("java.home"));
        if (problem != null) {
            System.err.println(problem);
            System.exit(1);
        }
        MethodHandles.publicLookup()
                .findStatic(Class.forName("io.github.actionplan.examples.cli.ActionPlanCommand"), "main",
                        MethodType.methodType(void.class, String[].class))
                .invokeExact(args);
    }

    /** What to tell the user when {@code specificationVersion} ("1.8", "17") is older than 21; else null. */
    static String javaTooOld(String specificationVersion, String javaHome) {
        String major = specificationVersion.startsWith("1.") ? specificationVersion.substring(2) : specificationVersion;
        int feature;
        try {
            feature = Integer.parseInt(major.replaceFirst("\\D.*", ""));
        } catch (NumberFormatException e) {
            return null; // an unknown form: try to run, and let the JVM say what it must
        }
        if (feature >= MINIMUM_JAVA) {
            return null;
        }
        return "actionplan needs Java " + MINIMUM_JAVA + " or newer, but this is Java " + specificationVersion + " ("
                + javaHome + "). Run it with a newer java, e.g. $JAVA_HOME/bin/java -jar actionplan.jar";
    }
}
