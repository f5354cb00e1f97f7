package dev.backcheck.model;

import dev.backcheck.Fixtures;
import dev.backcheck.engine.ScanOptions;
import dev.backcheck.engine.Scanner;
import dev.backcheck.lang.facts.FileFacts;
import dev.backcheck.lang.facts.Fn;
import dev.backcheck.rules.RuleCatalog;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;
import java.util.concurrent.*;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Issue 14: the handler summaries ({@link Analysis#summary}) of real-shaped projects do not depend on the order they are
 * asked in, nor on which thread asks, so the model's asks may run on a second thread beside its main one. Each project
 * (the example applications of test-fixtures/apps, every framework; the deep call chains of test-fixtures/determinism;
 * and any tree named in the environment variable BACKCHECK_ORDER_TREES, separated by the path separator, for a real
 * app) is scanned with no rule, so its model is built as a scan builds it; then every function's summary is asked of a
 * fresh {@link Analysis} of that project in file order (the reference), backward, in seeded shuffles, and on two threads
 * at once (each its own shuffle of all of them), and every answer is compared with the reference.
 * {@code AnalysisOrderTest} asks a project with no model the summaries and the lookup-key walks alone and in orders.
 */
class SummaryOrderTest {

    private static List<Path> trees() throws Exception {
        List<Path> out = new ArrayList<>();
        try (var s = Files.list(Fixtures.ROOT.resolve("apps"))) {
            s.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith("claims")).sorted().forEach(out::add);
        }
        out.add(Fixtures.ROOT.resolve("determinism").resolve("deep-call-chains"));
        String more = System.getenv("BACKCHECK_ORDER_TREES");
        if (more != null) for (String p : more.split(java.io.File.pathSeparator)) if (!p.isBlank()) out.add(Path.of(p));
        return out;
    }

    private record Ask(FileFacts file, Fn fn) {
        String label() {
            return file.path() + ":" + fn.location().line() + ":" + fn.location().column() + " " + fn.name();
        }
    }

    private static List<String> answers(Project project, List<Ask> asks, List<Integer> order) {
        Analysis a = new Analysis(project);
        String[] out = new String[asks.size()];
        for (int i : order) out[i] = String.valueOf(a.summary(asks.get(i).fn(), asks.get(i).file()));
        return Arrays.asList(out);
    }

    /** Two threads ask one fresh analysis at once, each every summary in its own order. */
    private static List<String> concurrent(Project project, List<Ask> asks, long seed) throws Exception {
        Analysis a = new Analysis(project);
        String[][] got = new String[2][asks.size()];
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> fs = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                int thread = t;
                List<Integer> order = shuffled(asks.size(), seed * 31 + t);
                fs.add(pool.submit(() -> {
                    start.await();
                    for (int i : order) got[thread][i] = String.valueOf(a.summary(asks.get(i).fn(), asks.get(i).file()));
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : fs) f.get(5, TimeUnit.MINUTES);
        } finally {
            pool.shutdownNow();
        }
        for (int i = 0; i < asks.size(); i++) assertEquals(got[0][i], got[1][i], "the two threads disagree on " + asks.get(i).label());
        return Arrays.asList(got[0]);
    }

    private static List<Integer> shuffled(int n, long seed) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) order.add(i);
        Collections.shuffle(order, new Random(seed));
        return order;
    }

    @Test
    void everySummaryIsTheSameWhateverTheOrderAndTheThreads() throws Exception {
        int trees = 0, total = 0;
        List<String> differences = new ArrayList<>();
        for (Path tree : trees()) {
            Project project = new Scanner(RuleCatalog.of(List.of())).scan(ScanOptions.defaults(tree).withJobs(2)).project();
            List<Ask> asks = new ArrayList<>();
            for (FileFacts f : project.files().values()) for (Fn fn : Analysis.functions(f)) asks.add(new Ask(f, fn));
            if (asks.isEmpty()) continue;
            trees++;
            total += asks.size();
            List<Integer> forward = shuffled(asks.size(), 0);
            forward.sort(null);
            List<String> reference = answers(project, asks, forward);
            Map<String, List<String>> runs = new LinkedHashMap<>();
            List<Integer> backward = new ArrayList<>(forward);
            Collections.reverse(backward);
            runs.put("backward", answers(project, asks, backward));
            for (long seed = 1; seed <= 4; seed++) runs.put("shuffle " + seed, answers(project, asks, shuffled(asks.size(), seed)));
            for (long seed = 1; seed <= 2; seed++) runs.put("two threads " + seed, concurrent(project, asks, seed));
            for (var run : runs.entrySet()) {
                for (int i = 0; i < asks.size(); i++) {
                    if (!run.getValue().get(i).equals(reference.get(i))) {
                        differences.add(tree.getFileName() + ", " + run.getKey() + ": " + asks.get(i).label() + "\n   file order: "
                                + reference.get(i) + "\n   here:       " + run.getValue().get(i));
                    }
                }
            }
            if (System.getenv("BACKCHECK_ORDER_TREES") != null) System.out.println("summary order: " + tree + ": " + asks.size() + " functions");
        }
        assertTrue(trees >= 15 && total > 500, trees + " trees, " + total + " functions");
        assertTrue(differences.isEmpty(), differences.size() + " summaries depend on the order of asks:\n"
                + String.join("\n", differences.subList(0, Math.min(12, differences.size()))));
    }
}
