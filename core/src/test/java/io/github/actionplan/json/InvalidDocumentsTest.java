package io.github.actionplan.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.actionplan.validation.InvalidPlanException;
import io.github.actionplan.validation.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The invalid-document suite: each document in {@code invalid/} is read, and every problem the
 * reader reports must be exactly the one {@code invalid-documents.txt} lists for it (path, message,
 * line and column, severity), in document order. Reading those messages in one file is the review
 * of what a plan's author is told.
 */
class InvalidDocumentsTest {

    static final String FOLDER = "/io/github/actionplan/json/invalid/";
    private static final String EXPECTATIONS = "/io/github/actionplan/json/invalid-documents.txt";
    private static final Pattern LIMITS = Pattern.compile("limits: (\\d+) bytes, (\\d+) characters, depth (\\d+)");
    private static final Pattern LINE = Pattern.compile(".* \\(line (\\d+), column (\\d+)\\)$");

    /** One document and what reading it must report. */
    record Case(String name, Optional<PlanReader.Limits> limits, List<String> expected) {
        boolean hasErrors() {
            return expected.stream().anyMatch(line -> !line.startsWith("warning: "));
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        String name = null;
        Optional<PlanReader.Limits> limits = Optional.empty();
        List<String> expected = new ArrayList<>();
        for (String line : resource(EXPECTATIONS).split("\n", -1)) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            if (line.startsWith("== ")) {
                if (name != null) {
                    cases.add(new Case(name, limits, List.copyOf(expected)));
                }
                name = line.substring(3);
                limits = Optional.empty();
                expected.clear();
            } else if (LIMITS.matcher(line).matches()) {
                Matcher m = LIMITS.matcher(line);
                m.matches();
                limits = Optional.of(PlanReader.Limits.DEFAULT.withMaxDocumentBytes(Long.parseLong(m.group(1)))
                        .withMaxStringLength(Integer.parseInt(m.group(2))).withMaxDepth(Integer.parseInt(m.group(3))));
            } else {
                expected.add(line);
            }
        }
        cases.add(new Case(name, limits, List.copyOf(expected)));
        return cases;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachDocumentReportsExactlyItsExpectedProblemsInDocumentOrder(Case c) throws IOException {
        PlanReader reader = c.limits().map(PlanJson.reader()::withLimits).orElse(PlanJson.reader());
        List<Problem> reported;
        boolean read;
        try (InputStream in = open(c.name())) {
            reported = reader.read(in, c.name()).warnings();
            read = true;
        } catch (InvalidPlanException e) {
            reported = e.problems();
            read = false;
            assertThat(e.source()).isEqualTo(c.name());
        }

        assertThat(reported).extracting(Problem::toString).containsExactlyElementsOf(c.expected());
        assertThat(read).as("a document reads when, and only when, it has no errors").isEqualTo(!c.hasErrors());
        assertThat(reported).extracting(p -> p.line().orElse(Integer.MAX_VALUE)).isSorted();
    }

    @Test
    void everyDocumentInTheFolderHasExpectationsAndEveryExpectationHasADocument() throws IOException {
        List<String> documents;
        try (Stream<Path> files = Files.list(folder())) {
            documents = files.map(p -> p.getFileName().toString()).sorted().toList();
        }

        assertThat(cases()).extracting(Case::name).containsExactlyInAnyOrderElementsOf(documents);
    }

    @Test
    void theSuiteHasAtLeastFortyFiveInvalidDocumentsAndAWarningOnlyDocumentForEachWarning() {
        assertThat(cases().stream().filter(Case::hasErrors)).hasSizeGreaterThanOrEqualTo(45);
        assertThat(cases().stream().filter(c -> !c.hasErrors() && !c.expected().isEmpty()))
                .extracting(Case::name)
                .contains("warning-unrecognised-timescale.json", "warning-several-timescales.json",
                        "warning-immediate-without-publication-date.json",
                        "warning-progress-100-beside-open-sub-action.json", "warning-updates-not-oldest-first.json");
    }

    @Test
    void everySyntaxErrorAndEveryProblemInsideTheDocumentHasALineAndColumn() {
        for (Case c : cases()) {
            for (String problem : c.expected()) {
                boolean wholeDocument = problem.startsWith("/: the document is");
                assertThat(LINE.matcher(problem).matches() || wholeDocument)
                        .as("%s: %s", c.name(), problem).isTrue();
            }
        }
    }

    @Test
    void theDocumentWithManyProblemsReportsEveryOneOfThemNotJustTheFirst() {
        Case many = cases().stream().filter(c -> c.name().equals("many-problems.json")).findFirst().orElseThrow();

        assertThat(many.expected()).hasSizeGreaterThanOrEqualTo(7);
        // Problems of fields, types, values and refs, all at once.
        assertThat(many.expected()).anyMatch(p -> p.contains("must not be blank"))
                .anyMatch(p -> p.contains("is not a source kind"))
                .anyMatch(p -> p.contains("is not a percentage"))
                .anyMatch(p -> p.contains("duplicate ref"));
    }

    @Test
    void theSemanticChecksRunOnceTheStructureIsSoundAndReportEveryProblemTheyFind() {
        Case semantic = cases().stream().filter(c -> c.name().equals("many-semantic-problems.json")).findFirst()
                .orElseThrow();

        assertThat(semantic.expected()).hasSizeGreaterThanOrEqualTo(6);
        assertThat(semantic.expected()).filteredOn(p -> p.startsWith("warning: ")).hasSizeGreaterThanOrEqualTo(4);
        assertThat(semantic.expected()).anyMatch(p -> p.contains("after the reporting date"));
    }

    static InputStream open(String name) {
        InputStream in = InvalidDocumentsTest.class.getResourceAsStream(FOLDER + name);
        if (in == null) {
            throw new IllegalStateException("no test document " + name);
        }
        return in;
    }

    static Path folder() {
        try {
            return Path.of(InvalidDocumentsTest.class.getResource(FOLDER).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static String resource(String name) {
        try (InputStream in = InvalidDocumentsTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
