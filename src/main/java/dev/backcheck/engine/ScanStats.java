package dev.backcheck.engine;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.LongAdder;

/**
 * Where a scan spent its time (--stats, and the {@code stats} block of the JSON output): wall and CPU time per
 * phase, files and lines per phase, peak heap and peak resident memory.
 *
 * <p>Phases run on the calling thread one after another (walk, read, model, each rule family, finish), except
 * the parse stage: its workers read, parse and extract files in parallel, so its sub-phases ({@code read
 * sources}, {@code parse}, {@code extract}) give the time summed over the worker threads ({@code threads} of them)
 * and the stage itself the elapsed time. CPU time of a calling-thread phase is the whole process's (garbage
 * collection and JIT compilation included, which is what the phase really costs).
 *
 * @param phases   in the order they ran; {@code wallMillis} is thread-summed for the parse stage's sub-phases
 * @param cache    facts cache figures ("hits 5,810, misses 54, written 54"), null without a cache
 */
public record ScanStats(List<Phase> phases, long wallMillis, long cpuMillis, long peakHeapBytes, long peakRssBytes,
                        int threads, int files, long lines, String cache) {

    /** One phase. {@code parallel}: time summed over worker threads. */
    public record Phase(String name, long wallMillis, long cpuMillis, int files, long lines, boolean parallel) { }

    /** Measures phases on the calling thread. */
    static final class Clock {
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
        private final long start = System.nanoTime();
        private final long cpuStart = processCpu();
        private long wall = start;
        private long cpu = cpuStart;
        final List<Phase> phases = new ArrayList<>();

        /** Ends the current phase (started when the previous one ended) and records it. */
        void phase(String name, int files, long lines) {
            long w = System.nanoTime(), c = processCpu();
            phases.add(new Phase(name, (w - wall) / 1_000_000, (c - cpu) / 1_000_000, files, lines, false));
            wall = w;
            cpu = c;
        }

        /** Records a phase measured elsewhere, without moving the clock. */
        void add(Phase p) {
            phases.add(p);
        }

        ScanStats finish(int threads, int files, long lines, String cache) {
            return new ScanStats(List.copyOf(phases), (System.nanoTime() - start) / 1_000_000, (processCpu() - cpuStart) / 1_000_000,
                    peakHeap(), peakRss(), threads, files, lines, cache);
        }

        static long threadCpu() {
            try {
                return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
            } catch (UnsupportedOperationException e) {
                return System.nanoTime();
            }
        }
    }

    /** Times summed over the parse workers: wall and CPU nanoseconds per sub-phase. */
    static final class WorkerTimes {
        final LongAdder readWall = new LongAdder(), readCpu = new LongAdder();
        final LongAdder parseWall = new LongAdder(), parseCpu = new LongAdder();
        final LongAdder extractWall = new LongAdder(), extractCpu = new LongAdder();
        final LongAdder cacheWall = new LongAdder(), cacheCpu = new LongAdder();
    }

    /** CPU time of the whole process in nanoseconds (wall time where the platform does not tell). */
    public static long processCpu() {
        java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            long t = sun.getProcessCpuTime();
            if (t >= 0) return t;
        }
        return System.nanoTime();
    }

    static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) sum += p.getPeakUsage().getUsed();
        }
        return sum;
    }

    /** Peak resident set size from /proc (Linux), else 0. */
    static long peakRss() {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (l.startsWith("VmHWM:")) return Long.parseLong(l.replaceAll("[^0-9]", "")) * 1024;
            }
        } catch (Exception e) {
            // not Linux
        }
        return 0;
    }

    /** The table --stats prints (to standard error). */
    public String table() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-36s %9s %9s %8s %10s%n", "phase", "wall ms", "cpu ms", "files", "lines"));
        for (Phase p : phases) {
            String name = p.parallel() ? "  " + p.name() + " (sum of " + threads + " threads)" : p.name();
            sb.append(String.format(Locale.ROOT, "%-36s %9d %9d %8s %10s%n", name, p.wallMillis(), p.cpuMillis(),
                    p.files() < 0 ? "" : Integer.toString(p.files()), p.lines() < 0 ? "" : Long.toString(p.lines())));
        }
        sb.append(String.format(Locale.ROOT, "%-36s %9d %9d %8d %10d%n", "total", wallMillis, cpuMillis, files, lines));
        sb.append(String.format(Locale.ROOT, "peak heap %d MiB, peak RSS %s, %d parse threads%s%n", peakHeapBytes >> 20,
                peakRssBytes > 0 ? (peakRssBytes >> 20) + " MiB" : "unknown", threads, cache == null ? "" : "; cache: " + cache));
        return sb.toString();
    }
}
