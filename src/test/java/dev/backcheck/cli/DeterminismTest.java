package dev.backcheck.cli;

import dev.backcheck.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Issue 14: one tree, one SARIF, whatever the threads, the order the rules ask in, the cache or the shards. The tree
 * (test-fixtures/determinism/deep-call-chains) has call chains deeper than the analysis follows and recursions, with
 * entries of those chains called from other routes: the shape that made a memoised answer depend on which rule
 * thread asked first (s15 compendiq, fixed in Analysis.summary by 33c2ab30, the lookup-key walks after it). Besides
 * --jobs 1/2/4 (several runs each), the rules of the first pass are handed out in shuffled orders (the scanner's
 * test-only backcheck.test.ruleOrderSeed), on one thread and on two, so the test does not wait for a lucky race.
 * {@code AnalysisOrderTest} asks the analysis itself in many orders.
 */
class DeterminismTest {
    @TempDir
    Path tmp;

    private static final Path TREE = Fixtures.ROOT.resolve("determinism").resolve("deep-call-chains");
    private int n;

    private String scan(Path root, String jobs, Long seed, String... more) throws Exception {
        Path out = tmp.resolve("out" + (n++) + ".sarif");
        List<String> args = new ArrayList<>(List.of("scan", root.toString(), "--format", "sarif", "--output", out.toString(),
                "--fail-on", "none", "--no-claims", "--jobs", jobs));
        args.addAll(List.of(more));
        if (seed != null) System.setProperty("backcheck.test.ruleOrderSeed", Long.toString(seed));
        try {
            assertEquals(0, Main.run(args.toArray(String[]::new)));
        } finally {
            System.clearProperty("backcheck.test.ruleOrderSeed");
        }
        return Files.readString(out);
    }

    @Test
    void oneTreeGivesOneSarifWhateverTheThreadsAndTheOrderOfAsks() throws Exception {
        String expected = scan(TREE, "1", null);
        // the tree has findings that depend on answers found through calls
        assertTrue(java.util.regex.Pattern.compile("\"ruleId\"\\s*:\\s*\"validation/unvalidated-input\"").matcher(expected).find(),
                "the tree has unvalidated-input findings");
        for (long seed = 1; seed <= 6; seed++) assertEquals(expected, scan(TREE, "1", seed), "one thread, rule order seed " + seed);
        for (String jobs : List.of("2", "4")) {
            for (int run = 0; run < 3; run++) assertEquals(expected, scan(TREE, jobs, null), jobs + " threads, run " + run);
            for (long seed = 7; seed <= 9; seed++) assertEquals(expected, scan(TREE, jobs, seed), jobs + " threads, rule order seed " + seed);
        }
        Path cache = tmp.resolve("cache");
        for (int pass = 0; pass < 2; pass++) { // a cold cache, then a warm one
            assertEquals(expected, scan(TREE, "2", 11L + pass, "--cache", cache.toString()), "with the cache, pass " + pass);
        }
    }

    @Test
    void shardsOfTwoCopiesMergedGiveTheFindingsOfOneRun() throws Exception {
        // two services of the same shape in one repository: a shard asks only its own service's questions
        Path root = tmp.resolve("mono");
        for (String svc : List.of("notes", "journal")) copy(TREE, root.resolve("packages").resolve(svc));
        String whole = scan(root, "2", null);
        List<String> args = new ArrayList<>(List.of("merge"));
        for (int k = 1; k <= 2; k++) {
            Path out = tmp.resolve("shard" + k + ".sarif");
            System.setProperty("backcheck.test.ruleOrderSeed", Long.toString(20 + k));
            try {
                Main.run("scan", root.toString(), "--format", "sarif", "--output", out.toString(), "--fail-on", "none", "--no-claims",
                        "--jobs", "2", "--shard", k + "/2");
            } finally {
                System.clearProperty("backcheck.test.ruleOrderSeed");
            }
            args.add(out.toString());
        }
        Path merged = tmp.resolve("merged.sarif");
        Path one = tmp.resolve("one.sarif");
        Files.writeString(one, whole);
        args.addAll(List.of("-o", merged.toString()));
        assertEquals(0, Main.run(args.toArray(String[]::new)));
        // config/env-undocumented and config/env-not-validated report each package's environment (its own reads, example
        // file and schema): a whole run reports each service's as the shard that owns it does (issue 14)
        List<String> expected = results(one);
        assertTrue(expected.stream().anyMatch(r -> r.startsWith("validation/unvalidated-input packages/journal/")), expected::toString);
        assertTrue(expected.stream().anyMatch(r -> r.startsWith("validation/unvalidated-input packages/notes/")), expected::toString);
        for (String svc : List.of("journal", "notes")) {
            assertTrue(expected.stream().anyMatch(r -> r.startsWith("config/env-undocumented packages/" + svc + "/")), expected::toString);
            assertTrue(expected.stream().anyMatch(r -> r.startsWith("config/env-not-validated packages/" + svc + "/")), expected::toString);
        }
        assertEquals(expected, results(merged), "two shards merged, one run");
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    /** (rule, uri, line, column, message, fingerprints) of every result, in order. */
    private static List<String> results(Path sarif) throws Exception {
        List<String> out = new ArrayList<>();
        for (com.fasterxml.jackson.databind.JsonNode run : JSON.readTree(sarif.toFile()).path("runs")) {
            for (com.fasterxml.jackson.databind.JsonNode r : run.path("results")) {
                com.fasterxml.jackson.databind.JsonNode pl = r.at("/locations/0/physicalLocation");
                out.add(r.path("ruleId").asText() + " " + pl.at("/artifactLocation/uri").asText() + ":" + pl.at("/region/startLine").asInt()
                        + ":" + pl.at("/region/startColumn").asInt() + " " + r.at("/message/text").asText() + " " + r.path("partialFingerprints"));
            }
        }
        return out;
    }

    private static void copy(Path from, Path to) throws Exception {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.sorted().toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t);
            }
        }
    }
}
