package io.github.actionplan.internal;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a class missing at run time ({@link NoClassDefFoundError}) was: which class, and, for one of the JDK's own,
 * which of its modules a runtime made with jlink left out. One account for the renderers' registry and the update
 * workbook, which both draw on POI, and POI on {@code java.desktop}.
 */
public final class MissingClasses {

    /** The JDK modules of the packages the libraries are known to draw on, by package. */
    private static final Map<String, String> JDK_MODULES = Map.of("java.awt.", "java.desktop", "java.beans.",
            "java.desktop", "javax.imageio.", "java.desktop", "javax.swing.", "java.desktop", "java.util.logging.",
            "java.logging", "javax.xml.", "java.xml", "java.sql.", "java.sql", "javax.naming.", "java.naming");

    /** How Java words the first failure of a class's initialising for a class missing: "Exception java.lang.N...". */
    private static final Pattern LACKED_BEFORE = Pattern.compile(
            "^Exception java\\.lang\\.NoClassDefFoundError: (\\S+)");

    /** How Java words the first failure of a class's initialising for want of memory. */
    private static final String MEMORY_BEFORE = "Exception java.lang.OutOfMemoryError";

    private MissingClasses() {}

    /**
     * The class {@code e} is for: the class not found or, where {@code e} is a later use of a class whose initialising
     * failed for want of one ("Could not initialize class ..."), that one, which Java keeps only as the words of the
     * first failure's cause (run 134 #5).
     */
    public static Optional<String> of(NoClassDefFoundError e) {
        if (e.getCause() instanceof ClassNotFoundException missing) {
            return Optional.ofNullable(missing.getMessage());
        }
        if (e.getCause() instanceof ExceptionInInitializerError earlier && earlier.getMessage() != null) {
            Matcher lacked = LACKED_BEFORE.matcher(earlier.getMessage());
            if (lacked.find()) {
                return Optional.of(lacked.group(1).replace('/', '.'));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether {@code e} is a later use of a class whose initialising ran out of memory ("Could not initialize class
     * ..."): the class is then unusable until Java restarts, and the failure is the memory's, not a class missing.
     */
    public static boolean ranOutOfMemoryBefore(NoClassDefFoundError e) {
        return e.getCause() instanceof ExceptionInInitializerError earlier && earlier.getMessage() != null
                && earlier.getMessage().startsWith(MEMORY_BEFORE);
    }

    /**
     * Where {@code name} is a class of the JDK's own, which comes from no library, what a runtime without its module is
     * told, following what needs it: " needs the class java.beans.X, of the JDK's own module java.desktop, which this
     * Java runtime lacks; ..." (run 133 #4).
     */
    public static Optional<String> ofTheJdk(String name) {
        if (!name.startsWith("java.") && !name.startsWith("javax.")) {
            return Optional.empty();
        }
        String module = JDK_MODULES.entrySet().stream().filter(m -> name.startsWith(m.getKey()))
                .map(Map.Entry::getValue).findFirst().orElse("");
        return Optional.of(" needs the class " + name + ", of the JDK's own module" + (module.isEmpty() ? ""
                : " " + module) + ", which this Java runtime lacks; run it on a full JDK, or add the module to a"
                + " runtime made with jlink (" + (module.isEmpty() ? "jdeps names it" : "--add-modules " + module)
                + ")");
    }
}
