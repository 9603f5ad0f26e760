package io.github.actionplan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.actionplan.json.PlanJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Core's packages depend on each other one way only, as jdeps sees the compiled classes: a cycle
 * makes the packages one unit that cannot be understood, or split into modules, apart.
 */
class PackageGraphTest {

    private static final String ROOT = "io.github.actionplan";
    /** jdeps' per-package lines: "   io.github.actionplan.json  ->  io.github.actionplan.model  Plan.class". */
    private static final Pattern EDGE = Pattern.compile("^\\s+(\\S+)\\s+->\\s+(\\S+)\\s");

    private static Map<String, Set<String>> graph;

    @BeforeAll
    static void readTheGraph() throws IOException, URISyntaxException {
        Path classes = Path.of(PlanJson.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertThat(classes).as("core's compiled classes").isDirectory();
        graph = dependencies(classes);
    }

    /** Core's package graph from jdeps, each package to the other core packages it uses. */
    private static Map<String, Set<String>> dependencies(Path classes) throws IOException {
        List<String> arguments = new ArrayList<>(List.of("-verbose:package", "-filter:none", "--ignore-missing-deps"));
        // Class files one by one, not the folder: as a folder with a module-info jdeps would
        // resolve core's module and want every module it requires.
        try (Stream<Path> files = Files.walk(classes)) {
            files.filter(f -> f.toString().endsWith(".class") && !f.endsWith("module-info.class"))
                    .map(Path::toString).sorted().forEach(arguments::add);
        }
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow();
        StringWriter out = new StringWriter();
        int exit = jdeps.run(new PrintWriter(out), new PrintWriter(out), arguments.toArray(String[]::new));
        assertThat(exit).as("jdeps: %s", out).isZero();
        Map<String, Set<String>> graph = new TreeMap<>();
        out.toString().lines().map(EDGE::matcher).filter(Matcher::find).forEach(m -> {
            String from = m.group(1);
            String to = m.group(2);
            if (from.startsWith(ROOT) && to.startsWith(ROOT + ".") && !from.equals(to)) {
                graph.computeIfAbsent(from, p -> new TreeSet<>()).add(to);
            }
        });
        return graph;
    }

    @Test
    void theGraphIsReadFromTheClasses() {
        // Guards the two tests below against passing on an empty graph.
        assertThat(graph).containsKeys(ROOT + ".report", ROOT + ".report.spi", ROOT + ".json");
        assertThat(graph.get(ROOT + ".report.spi")).contains(ROOT + ".report");
    }

    @Test
    void corePackagesHaveNoCycle() {
        List<String> cycles = new ArrayList<>();
        graph.forEach((from, uses) -> uses.forEach(to -> path(to, from)
                .ifPresent(back -> cycles.add(from + " -> " + String.join(" -> ", back)))));
        assertThat(cycles).as("package cycles").isEmpty();
    }

    @Test
    void internalUsesNoOtherPackageOfCore() {
        assertThat(graph.getOrDefault(ROOT + ".internal", Set.of())).isEmpty();
    }

    /** The shortest chain of packages from {@code from} to {@code to}, both included, if any. */
    private static Optional<List<String>> path(String from, String to) {
        Map<String, String> cameFrom = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of(from));
        cameFrom.put(from, from);
        while (!queue.isEmpty()) {
            String at = queue.removeFirst();
            if (at.equals(to)) {
                List<String> chain = new ArrayList<>();
                for (String p = to; !p.equals(from); p = cameFrom.get(p)) {
                    chain.addFirst(p);
                }
                chain.addFirst(from);
                return Optional.of(chain);
            }
            for (String next : graph.getOrDefault(at, Set.of())) {
                if (cameFrom.putIfAbsent(next, at) == null) {
                    queue.addLast(next);
                }
            }
        }
        return Optional.empty();
    }
}
