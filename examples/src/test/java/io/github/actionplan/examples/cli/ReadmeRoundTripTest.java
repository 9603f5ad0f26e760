package io.github.actionplan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's section "The quarterly update round trip", run as written: each {@code $ actionplan}
 * line of its console blocks is run, with the owners' typing the section describes in between,
 * and prints exactly the lines the README shows below it.
 */
class ReadmeRoundTripTest {

    private static final Path ROOT = Path.of(System.getProperty("user.dir")).getParent();
    private static final String SECTION = "## The quarterly update round trip";

    @TempDir
    Path folder;

    /** A command of the README and the lines it shows it printing. */
    private record Shown(List<String> args, List<String> lines) {}

    private static List<Shown> commands() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        int start = readme.indexOf(SECTION);
        assertThat(start).as("README has the section " + SECTION).isNotNegative();
        int end = readme.indexOf("\n## ", start + SECTION.length());
        List<String> lines = (end < 0 ? readme.substring(start) : readme.substring(start, end)).lines().toList();
        List<Shown> shown = new ArrayList<>();
        boolean inConsole = false;
        for (String line : lines) {
            if (line.equals("```console")) {
                inConsole = true;
            } else if (line.equals("```")) {
                inConsole = false;
            } else if (inConsole && line.startsWith("$ actionplan ")) {
                shown.add(new Shown(words(line.substring("$ actionplan ".length())), new ArrayList<>()));
            } else if (inConsole) {
                shown.get(shown.size() - 1).lines().add(line);
            }
        }
        return shown;
    }

    /** The words of a command line, as a shell splits them (double quotes only). */
    private static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ' ' && !quoted) {
                if (!word.isEmpty()) {
                    words.add(word.toString());
                    word.setLength(0);
                }
            } else {
                word.append(c);
            }
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }

    private Cli.Result run(Shown command) {
        List<String> args = command.args().stream()
                .map(a -> a.endsWith(".json") || a.endsWith(".xlsx") ? folder.resolve(a).toString() : a).toList();
        return Cli.run(args.toArray(String[]::new));
    }

    private List<String> printed(Cli.Result result) {
        return result.out().replace(folder + java.io.File.separator, "").lines().toList();
    }

    @Test
    void theReadmeRoundTripPrintsWhatItShows() throws IOException {
        List<Shown> commands = commands();
        assertThat(commands).extracting(c -> c.args().get(0)).containsExactly("workbook", "import");
        Cli.seed(folder, "merseyside-2025-q1.json");

        Cli.Result exported = run(commands.get(0));
        assertThat(exported.exitCode()).as(exported.err()).isZero();
        assertThat(printed(exported)).isEqualTo(commands.get(0).lines());

        Path workbook = folder.resolve("updates-q2.xlsx");
        fill(workbook, "2", "2.1", "Progress % now", "50%");
        fill(workbook, "2", "2.2", "Completed on", "31/08/2025");
        fill(workbook, "2", "2.2", "Update for this period", "The cultural action plan was agreed.");
        fill(workbook, "3", "", "Completed on", "15/09/2025");
        fill(workbook, "5", "5.1", "New timescale", "Mar 2026");

        Cli.Result imported = run(commands.get(1));
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(printed(imported)).isEqualTo(commands.get(1).lines());
        assertThat(imported.err().replace(folder + java.io.File.separator, "")).contains("updates-q2.xlsx: warning:"
                + " Updates!N23 (5 / 5.1): the new timescale 'Mar 2026' moves recommendation 5's due date from 30 Nov"
                + " 2024 to 31 Mar 2026: ");
    }

    /** Types {@code text} in the cell of an item's row under {@code header}, as an owner does in Excel. */
    private static void fill(Path file, String ref, String id, String header, String text) throws IOException {
        XSSFWorkbook book;
        try (InputStream in = Files.newInputStream(file)) {
            book = new XSSFWorkbook(in);
        }
        try (book) {
            int column = -1;
            for (Cell cell : book.getSheet("Updates").getRow(1)) {
                column = cell.toString().equals(header) ? cell.getColumnIndex() : column;
            }
            assertThat(column).as("the column " + header).isNotNegative();
            for (Row row : book.getSheet("Updates")) {
                Cell refCell = row.getCell(0);
                Cell idCell = row.getCell(1);
                if (refCell != null && refCell.toString().equals(ref) && (idCell == null ? "" : idCell.toString()).equals(id)) {
                    CellStyle style = row.getCell(column).getCellStyle();
                    row.removeCell(row.getCell(column));
                    Cell cell = row.createCell(column);
                    cell.setCellStyle(style);
                    cell.setCellValue(text);
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                book.write(out);
            }
        }
    }
}
