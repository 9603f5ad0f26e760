package io.github.actionplan.benchmarks;

import java.io.IOException;
import java.util.Locale;

/**
 * A renderer beside its baseline outside JMH, for a machine busy with other work: in one JVM, each
 * round renders with the library and then with the baseline, and prints each render's wall time,
 * the CPU time of the thread that did it and the bytes it allocated. A load inflates wall time far
 * more than a thread's CPU time (which leaves out the collector's threads, for both alike), and the
 * two renders of a round are seconds apart, so their ratio is steadier than JMH's wall times, taken
 * minutes apart.
 *
 * <pre>
 * java -Xms6g -Xmx6g -cp benchmarks.jar io.github.actionplan.benchmarks.BaselineCpu FORMAT REPORT ROWS [ROUNDS [WARMUPS]]
 * </pre>
 *
 * FORMAT is docx, xlsx, pdf or html, REPORT summary or action-plan; ROUNDS measured (default 3)
 * after WARMUPS (default 1).
 */
public final class BaselineCpu {

    private BaselineCpu() {}

    /** Renders as the class describes: {@code FORMAT REPORT ROWS [ROUNDS [WARMUPS]]}. */
    public static void main(String[] args) throws IOException {
        RenderState state = switch (args[0]) {
            case "docx" -> new DocxBenchmark();
            case "xlsx" -> new XlsxBenchmark();
            case "pdf" -> new PdfBenchmark();
            case "html" -> new HtmlBenchmark();
            default -> throw new IllegalArgumentException("no format " + args[0]);
        };
        state.report = args[1];
        state.rows = Integer.parseInt(args[2]);
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        int warmups = args.length > 4 ? Integer.parseInt(args[4]) : 1;
        state.buildReport();
        CpuRounds.run(String.format(Locale.ROOT, "%s %s %d rows", args[0], state.report, state.rows), rounds, warmups,
                "library", state::library, "baseline", state::baseline);
    }
}
