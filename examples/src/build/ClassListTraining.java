import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Records the classes the command line loads while it renders the demo: the class list from which
 * {@code bin/actionplan} makes its class-data-sharing archive on a user's first run. The build runs
 * it (examples/pom.xml) with the java that runs Maven, as a source file:
 * {@code java ClassListTraining.java JAR CLASSLIST WORKDIR}.
 *
 * <p>The JVM writes the list in the order the classes were loaded, which differs from run to run
 * as the demo renders on several threads. Sorted, the list is the same whenever the same classes
 * are loaded, so that the distribution built from the same sources is the same.
 */
final class ClassListTraining {

    public static void main(String[] args) throws IOException, InterruptedException {
        Path jar = Path.of(args[0]);
        Path classList = Path.of(args[1]);
        Path work = Path.of(args[2]);
        Files.createDirectories(work);
        Path raw = work.resolve("loaded.classlist");
        Path log = work.resolve("demo.log");
        Process demo = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:DumpLoadedClassList=" + raw, "-jar", jar.toString(), "demo", "--out", work.resolve("reports").toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (demo.waitFor() != 0) {
            throw new IllegalStateException("the training run of the demo failed (exit " + demo.exitValue() + "); see " + log);
        }
        Files.write(classList, normalised(Files.readAllLines(raw, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }

    /**
     * The class names, then each kind of {@code @} line, each sorted and without repeats. Dropped:
     * the JVM's header comment (the list is no longer as it wrote it) and the ids that number
     * classes in load order (needed only by classes of other class loaders, which the demo does not
     * use). The {@code @cp} lines, the constant-pool entries the run resolved, stay: from them Java
     * 24 and newer link lambdas ahead of time, which puts about 800 more of the demo's classes into
     * the archive.
     */
    static List<String> normalised(List<String> lines) {
        List<String> header = List.of("# The classes actionplan loads while it renders the demo, for a class-data-sharing",
                "# archive (java -Xshare:dump -XX:SharedClassListFile=...), which bin/actionplan makes on",
                "# its first run. Recorded and sorted by the build: examples/src/build/ClassListTraining.java.");
        TreeSet<String> classes = new TreeSet<>();
        TreeSet<String> formInvokers = new TreeSet<>();
        TreeSet<String> lambdaProxies = new TreeSet<>();
        TreeSet<String> constantPools = new TreeSet<>();
        for (String line : lines) {
            if (line.startsWith("@lambda-form-invoker ")) {
                formInvokers.add(line);
            } else if (line.startsWith("@lambda-proxy ")) {
                lambdaProxies.add(line);
            } else if (line.startsWith("@cp ")) {
                constantPools.add(line);
            } else if (!line.startsWith("@") && !line.startsWith("#") && !line.isBlank() && !line.contains(" source: ")) {
                classes.add(line.replaceFirst(" id: \\d+$", ""));
            }
        }
        List<String> normalised = new ArrayList<>(header);
        normalised.addAll(classes);
        normalised.addAll(formInvokers);
        normalised.addAll(lambdaProxies);
        normalised.addAll(constantPools);
        return normalised;
    }
}
