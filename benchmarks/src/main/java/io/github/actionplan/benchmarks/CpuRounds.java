package io.github.actionplan.benchmarks;

import com.sun.management.ThreadMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * Two renders alternating in one JVM, round after round, each printed with its wall time, the CPU
 * time of the thread that did it and the bytes it allocated: on a machine busy with other work,
 * CPU time is inflated far less than wall time (it leaves out the collector's threads, for both
 * alike). What {@link BaselineCpu} and {@link JasperBenchmark#main} print.
 */
final class CpuRounds {

    /** One render, returning the bytes it wrote. */
    interface Render {
        long run() throws IOException;
    }

    private CpuRounds() {}

    /**
     * Renders {@code warmups} rounds, then {@code rounds} measured ones, each {@code first} then
     * {@code second}; a line a render, {@code "NAME LABEL, round N: ..."}.
     */
    static void run(String label, int rounds, int warmups, String firstName, Render first, String secondName,
            Render second) throws IOException {
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        for (int round = 1 - warmups; round <= rounds; round++) {
            for (int side = 0; side < 2; side++) {
                long cpu = threads.getCurrentThreadCpuTime();
                long allocated = threads.getCurrentThreadAllocatedBytes();
                long wall = System.nanoTime();
                long bytes = side == 0 ? first.run() : second.run();
                System.out.printf(Locale.ROOT, "%s %s, %s %d: %d ms wall, %d ms CPU, %d MiB allocated, %d bytes%n",
                        side == 0 ? firstName : secondName, label, round < 1 ? "warm-up" : "round",
                        round < 1 ? round + warmups : round, (System.nanoTime() - wall) / 1_000_000,
                        (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000,
                        (threads.getCurrentThreadAllocatedBytes() - allocated) >> 20, bytes);
            }
        }
    }
}
