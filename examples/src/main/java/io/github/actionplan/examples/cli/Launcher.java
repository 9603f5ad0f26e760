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

    /**
     * The JDK's modules the command line needs beyond java.base, each with a class of it: POI and OpenPDF draw with
     * java.desktop's colours and images, and the command line quiets libraries' logging through java.logging. A
     * runtime made with jlink without one failed with a stack trace naming a class, even for --version (run 133 #2).
     */
    static final String[][] MODULES = {{"java.desktop", "java.awt.Color"}, {"java.logging",
            "java.util.logging.Logger"}};

    /** Runs {@link ActionPlanCommand}, or exits with code 1 on a Java that is too old for it or lacks its modules. */
    public static void main(String[] args) throws Throwable {
        String problem = javaTooOld(System.getProperty("java.specification.version"), System.getProperty("java.home"));
        if (problem == null) {
            problem = modulesMissing(Launcher::loads, System.getProperty("java.home"));
        }
        if (problem != null) {
            System.err.println(problem);
            System.exit(1);
        }
        MethodHandles.publicLookup()
                .findStatic(Class.forName("io.github.actionplan.examples.cli.ActionPlanCommand"), "main",
                        MethodType.methodType(void.class, String[].class))
                .invokeExact(args);
    }

    /**
     * What to tell the user when the runtime lacks one of {@link #MODULES}, {@code loads} saying whether a class of
     * the JDK's is there; else null.
     */
    static String modulesMissing(java.util.function.Predicate<String> loads, String javaHome) {
        java.util.List<String> missing = new java.util.ArrayList<>();
        for (String[] module : MODULES) {
            if (!loads.test(module[1])) {
                missing.add(module[0]);
            }
        }
        if (missing.isEmpty()) {
            return null;
        }
        return "actionplan needs the Java module" + (missing.size() == 1 ? " " : "s ") + String.join(" and ", missing)
                + ", which this Java (" + javaHome + ") lacks. Run it with a full JDK, or make the runtime with"
                + " jlink --add-modules java.base,java.desktop,java.logging";
    }

    private static boolean loads(String className) {
        try {
            Class.forName(className, false, null);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
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
