package io.github.actionplan.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.actionplan.fixtures.SeedPlans;
import io.github.actionplan.json.PlanJson;
import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.model.Percent;
import io.github.actionplan.model.ReportingPeriod;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bounded, seeded fuzz test of both imports: hundreds of update workbooks and trackers with their XML damaged as a
 * broken file or another program's writer leaves it (values no schema allows, odd cell references, parts cut or
 * repeated, bytes flipped). Each is read into a plan or refused with {@link InvalidWorkbookException}, whose every
 * problem is short; an accepted plan is written to JSON and read back unchanged.
 */
class WorkbookMutationTest {

    /** Fixed, so every run tries the same mutants; printed, so a failure can be replayed. */
    private static final long SEED = 20261202L;
    private static final int MUTANTS = 300;

    private static final String[] ODD_VALUES = {"", "-1", "1E309", "NaN", "99999999999999999999", "0.5", "#REF!",
        "true", "ZZZZ1048577", "A0", "-0", "1e-400", "XFD1", "s", "n", "b", "e", "str", "inlineStr", "d", "1900-02-29",
        "x".repeat(40_000)};
    private static final String[] ODD_MARKUP = {"&#0;", "&undefined;", "<![CDATA[x]]>", "<!-- c -->", "\uFFFF"};
    private static final Pattern ATTRIBUTE = Pattern.compile("\\s[a-zA-Z:]+=\"([^\"]*)\"");
    private static final Pattern TEXT = Pattern.compile(">([^<]+)<");

    @TempDir
    Path folder;

    @Test
    void aDamagedUpdateWorkbookIsReadOrRefusedWithShortProblemsNeverAnotherException() throws IOException {
        ActionPlan plan = SeedPlans.merseyside();
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        UpdateWorkbook.of(plan, ReportingPeriod.parse("Q2 2025/26")).write(written);

        everyMutant(written.toByteArray(), file -> UpdateImport.of(plan).read(file).plan());
    }

    @Test
    void aDamagedCopyReadWithAnOwnersFilledCopyIsReadOrRefusedWithShortProblemsNeverAnotherException()
            throws IOException {
        ActionPlan plan = SeedPlans.merseyside();
        Path filled = filledByAnOwner(plan);

        // The filled copy damaged: most mutants fill the same items the same, some differently, some are no copy.
        everyMutant(Files.readAllBytes(filled), file -> UpdateImport.of(plan).read(List.of(filled, file)).plan());
    }

    @Test
    void aDamagedWorkbookReadIntoAPlanChangedSinceIsReadOrRefusedWithShortProblemsNeverAnotherException()
            throws IOException {
        ActionPlan plan = SeedPlans.merseyside();
        Path filled = filledByAnOwner(plan);
        // Rec 1 mended since: the Plan sheet's list of items decides which rows are read.
        ActionPlan changed = plan.withRecommendations(plan.recommendations().stream()
                .map(r -> r.ref().equals("1") ? r.withReportedProgress(Percent.of(90)) : r).toList());

        everyMutant(Files.readAllBytes(filled), file -> UpdateImport.of(changed).read(file).plan());
    }

    @Test
    void aDamagedTrackerIsReadOrRefusedWithShortProblemsNeverAnotherException() throws IOException {
        everyMutant(DamagedTrackerTest.tracker(), file -> TrackerImport.defaults().read(file).plan().orElse(null));
    }

    /** The plan's Q2 workbook as an owner returns it: a few items filled in. */
    private Path filledByAnOwner(ActionPlan plan) throws IOException {
        Path written = folder.resolve("updates.xlsx");
        UpdateWorkbook.of(plan, ReportingPeriod.parse("Q2 2025/26")).write(written);
        try (Owner owner = Owner.open(written)) {
            return owner.type("2", "2.1", UpdateColumn.PROGRESS, "50%").type("2", "2.1", UpdateColumn.UPDATE,
                    "Survey done.").type("2", "", UpdateColumn.BRAG, "Amber")
                    .type("3", "3.1", UpdateColumn.COMPLETED_ON, "31/08/2025").save(folder.resolve("filled.xlsx"));
        }
    }

    private interface Import {
        ActionPlan read(Path file) throws IOException;
    }

    private void everyMutant(byte[] workbook, Import read) throws IOException {
        System.out.println("WorkbookMutationTest: seed " + SEED + ", " + MUTANTS + " mutants");
        Random random = new Random(SEED);
        Path file = folder.resolve("mutant.xlsx");
        for (int i = 0; i < MUTANTS; i++) {
            List<String> done = new ArrayList<>();
            Files.write(file, mutant(workbook, random, done));
            try {
                ActionPlan plan = read.read(file);
                if (plan != null) {
                    assertThat(PlanJson.fromJson(PlanJson.toJson(plan))).isEqualTo(plan);
                }
            } catch (InvalidWorkbookException e) {
                assertThat(e.problems()).isNotEmpty()
                        .allSatisfy(p -> assertThat(p.toString()).hasSizeLessThan(1_000));
            } catch (Throwable t) {
                fail("seed " + SEED + ", mutant " + i + " (" + String.join("; ", done) + "): " + t, t);
            }
        }
    }

    /** The workbook with one to three of its XML parts damaged, or a few of its bytes flipped. */
    private static byte[] mutant(byte[] workbook, Random random, List<String> done) throws IOException {
        if (random.nextInt(6) == 0) {
            byte[] bytes = workbook.clone();
            for (int flips = 1 + random.nextInt(8); flips > 0; flips--) {
                bytes[random.nextInt(bytes.length)] ^= (byte) (1 << random.nextInt(8));
            }
            done.add("bytes flipped");
            return bytes;
        }
        Map<String, String> parts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                parts.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        List<String> names = List.copyOf(parts.keySet());
        List<String> sheets = names.stream().filter(n -> n.startsWith("xl/worksheets/") || n.contains("sharedStrings"))
                .toList();
        for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
            String name = random.nextBoolean() ? sheets.get(random.nextInt(sheets.size()))
                    : names.get(random.nextInt(names.size()));
            parts.put(name, damaged(parts.get(name), random, name, done));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static String damaged(String xml, Random random, String name, List<String> done) {
        int at = random.nextInt(xml.length());
        switch (random.nextInt(5)) {
            case 0, 1 -> {
                Matcher value = (random.nextBoolean() ? ATTRIBUTE : TEXT).matcher(xml);
                List<int[]> spans = new ArrayList<>();
                while (value.find()) {
                    spans.add(new int[] {value.start(1), value.end(1)});
                }
                if (spans.isEmpty()) {
                    return xml;
                }
                int[] span = spans.get(random.nextInt(spans.size()));
                String odd = ODD_VALUES[random.nextInt(ODD_VALUES.length)];
                done.add(name + ": '" + xml.substring(span[0], span[1]) + "' to '" + odd.substring(0,
                        Math.min(20, odd.length())) + "'");
                return xml.substring(0, span[0]) + odd + xml.substring(span[1]);
            }
            case 2 -> {
                int length = random.nextInt(Math.min(200, xml.length() - at) + 1);
                done.add(name + ": " + length + " characters cut at " + at);
                return xml.substring(0, at) + xml.substring(at + length);
            }
            case 3 -> {
                int start = xml.indexOf('<', at);
                int end = start < 0 ? -1 : xml.indexOf('>', start + 1 + random.nextInt(400));
                if (end < 0) {
                    return xml;
                }
                int times = random.nextInt(10) == 0 ? 1_000 : 1;
                done.add(name + ": " + (end - start + 1) + " characters repeated " + times + " times");
                return xml.substring(0, end + 1) + xml.substring(start, end + 1).repeat(times) + xml.substring(end + 1);
            }
            default -> {
                String odd = ODD_MARKUP[random.nextInt(ODD_MARKUP.length)];
                done.add(name + ": '" + odd + "' put at " + at);
                return xml.substring(0, at) + odd + xml.substring(at);
            }
        }
    }
}
