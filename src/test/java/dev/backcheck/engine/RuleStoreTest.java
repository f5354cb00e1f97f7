package dev.backcheck.engine;

import dev.backcheck.report.SourceText;
import dev.backcheck.report.sarif.SarifReport;
import dev.backcheck.rules.RuleCatalog;
import dev.backcheck.rules.RuleMeta;
import dev.backcheck.rules.testonly.TestCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Per-rule stored findings under --cache (RuleStore, issue 14): a rule that read one file (and, through memoised
 * resolution, the files its imports reach) is not run again when none of them changed, and its stored findings give
 * the SARIF of a scan without any cache byte for byte; an edit of a file it reached only through the resolution memo
 * another rule filled first makes it run again; a rule that read every file always runs; damaged entries are never
 * used. On one and two threads, and with the rules asked in shuffled orders (which rule fills the memo first).
 */
class RuleStoreTest {
    @TempDir
    Path tmp;

    private static RuleCatalog catalog() {
        List<RuleMeta> all = new ArrayList<>(TestCatalog.get().all().values());
        all.add(meta("testonly/named-file"));
        all.add(meta("testonly/every-call"));
        all.add(meta("testonly/calls-per-file"));
        return RuleCatalog.of(all);
    }

    private static RuleMeta meta(String id) {
        return new RuleMeta(id, "test rule " + id, "warning", "testing", null, "high", List.of(), List.of(), List.of(),
                List.of(), "A rule for tests.", "Help for " + id + ".", Map.of());
    }

    private Path tree() {
        Path root = tmp.resolve("app");
        TestCatalog.write(root, "package.json", "{ \"name\": \"store-app\", \"dependencies\": { \"express\": \"^4.19.2\" } }\n");
        TestCatalog.write(root, "src/app.ts", """
                import { run } from './tasks';
                import { log } from './log';

                run('nightly');
                log('started');
                """);
        TestCatalog.write(root, "src/tasks.ts", "export { run } from './runner';\n");
        TestCatalog.write(root, "src/runner.ts", "import { exec } from 'child_process';\nexport const run = exec;\n");
        TestCatalog.write(root, "src/fork.ts", "import { fork } from 'child_process';\nexport const run = fork;\n");
        TestCatalog.write(root, "src/log.ts", "export function log(m: string) { console.log(m); }\n");
        TestCatalog.write(root, "src/other.ts", "import { exec } from 'child_process';\nexec('ls');\nexport const x = 1;\n");
        return root;
    }

    private static ScanResult scan(Path root, Path cache, int jobs) throws IOException {
        ScanOptions o = ScanOptions.defaults(root).withJobs(jobs);
        if (cache != null) o = o.withCache(cache);
        return new Scanner(catalog()).scan(o);
    }

    private static String sarif(ScanResult r, Path root) {
        return SarifReport.render(r, new SourceText(root));
    }

    private static String rules(ScanResult r) {
        String c = r.stats().cache();
        return c == null ? "" : c.substring(c.indexOf("rules: ") + 7);
    }

    /** The cached scan's SARIF equals a cold scan's; returns the per-rule summary of the cached scan. */
    private static String cachedEqualsCold(Path root, Path cache, int jobs) throws IOException {
        ScanResult cold = scan(root, null, jobs);
        ScanResult warm = scan(root, cache, jobs);
        assertTrue(warm.internalErrors().isEmpty(), warm.internalErrors().toString());
        assertEquals(sarif(cold, root), sarif(warm, root), rules(warm));
        return rules(warm);
    }

    @Test
    void aRuleWhoseFilesAreUnchangedIsNotRunAgainAndGivesTheSameOutput() throws IOException {
        for (int jobs : new int[] {1, 2}) {
            Path root = tree();
            Path cache = tmp.resolve("cache-" + jobs);
            String first = cachedEqualsCold(root, cache, jobs);
            assertTrue(first.startsWith("0 of 6 reused"), first);
            assertTrue(first.contains("stored"), first);
            assertTrue(sarif(scan(root, null, jobs), root).contains("calls child_process.exec."));

            // an edit of a file the one-file rule never reached: its stored findings are used
            Files.writeString(root.resolve("src/other.ts"), "import { exec } from 'child_process';\nexec('ls -l');\nexport const x = 2;\n");
            String unrelated = cachedEqualsCold(root, cache, jobs);
            assertTrue(unrelated.matches("[1-9]\\d* of 6 reused.*"), unrelated);

            // an edit of the file the resolution reaches two imports away: the rule runs again and its finding changes
            Files.writeString(root.resolve("src/runner.ts"), "import { spawn } from 'child_process';\nexport const run = spawn;\n");
            String reached = cachedEqualsCold(root, cache, jobs);
            String after = sarif(scan(root, null, jobs), root);
            assertTrue(after.contains("calls child_process.spawn."), after);
            assertFalse(after.contains("calls child_process.exec."));
            assertTrue(reached.contains("stored"), reached);

            // nothing changed since: reused again
            String again = cachedEqualsCold(root, cache, jobs);
            assertTrue(again.matches("[1-9]\\d* of 6 reused.*"), again);
        }
    }

    @Test
    void theMemoFilledByAnotherRuleFirstDoesNotHideAFile() throws IOException {
        // the every-file rule asks the same qualified names first or last, depending on the order the rules are handed out
        for (long seed = 1; seed <= 6; seed++) {
            System.setProperty("backcheck.test.ruleOrderSeed", Long.toString(seed));
            try {
                Path root = tmp.resolve("seed-" + seed);
                Files.createDirectories(root);
                Path src = tree();
                try (Stream<Path> s = Files.walk(src)) {
                    for (Path p : s.toList()) {
                        Path to = root.resolve(src.relativize(p).toString());
                        if (Files.isDirectory(p)) Files.createDirectories(to);
                        else Files.copy(p, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    }
                }
                Path cache = tmp.resolve("cache-seed-" + seed);
                cachedEqualsCold(root, cache, 2);
                Files.writeString(root.resolve("src/tasks.ts"), "export { run } from './fork';\n");
                cachedEqualsCold(root, cache, 2);
                assertTrue(sarif(scan(root, null, 2), root).contains("calls child_process.fork."),
                        sarif(scan(root, null, 2), root));
            } finally {
                System.clearProperty("backcheck.test.ruleOrderSeed");
            }
        }
    }

    private static int perFile(String summary, String what) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("per-file checks: (\\d+) reused, (\\d+) run").matcher(summary);
        assertTrue(m.find(), summary);
        return Integer.parseInt(m.group(what.equals("reused") ? 1 : 2));
    }

    @Test
    void aFileRuleRunsAgainOnlyOnTheFilesWhoseReadsChanged() throws IOException {
        for (int jobs : new int[] {1, 2}) {
            Path root = tmp.resolve("per-file-" + jobs);
            Files.createDirectories(root);
            Path src = tree();
            try (Stream<Path> s = Files.walk(src)) {
                for (Path p : s.toList()) {
                    Path to = root.resolve(src.relativize(p).toString());
                    if (Files.isDirectory(p)) Files.createDirectories(to);
                    else Files.copy(p, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
            Path cache = tmp.resolve("cache-per-file-" + jobs);
            String first = cachedEqualsCold(root, cache, jobs);
            assertEquals(0, perFile(first, "reused"), first);
            assertEquals(6, perFile(first, "run"), first);
            // other.ts: nothing else reads it
            Files.writeString(root.resolve("src/other.ts"), "import { exec } from 'child_process';\nexec('pwd');\nexport const x = 3;\n");
            String one = cachedEqualsCold(root, cache, jobs);
            assertEquals(5, perFile(one, "reused"), one);
            assertEquals(1, perFile(one, "run"), one);
            // runner.ts: app.ts resolves its call through tasks.ts into it; app.ts, tasks.ts (its import) and runner.ts run
            Files.writeString(root.resolve("src/runner.ts"), "import { execFile } from 'child_process';\nexport const run = execFile;\n");
            String reached = cachedEqualsCold(root, cache, jobs);
            assertTrue(sarif(scan(root, null, jobs), root).contains("top-level call of child_process.execFile."));
            assertEquals(3, perFile(reached, "run"), reached);
            assertEquals(3, perFile(reached, "reused"), reached);
        }
    }

    @Test
    void damagedEntriesAreNeverUsed() throws IOException {
        Path root = tree();
        Path cache = tmp.resolve("cache");
        cachedEqualsCold(root, cache, 2);
        Path dir = cache.resolve("rules-v1");
        List<Path> entries;
        try (Stream<Path> s = Files.walk(dir)) {
            entries = s.filter(p -> p.toString().endsWith(".rule")).toList();
        }
        assertFalse(entries.isEmpty());
        for (Path e : entries) {
            byte[] b = Files.readAllBytes(e);
            b[b.length - 3] ^= 0x20;
            Files.write(e, b);
        }
        String damaged = cachedEqualsCold(root, cache, 2);
        assertTrue(damaged.startsWith("0 of 6 reused"), damaged);
        String repaired = cachedEqualsCold(root, cache, 2);
        assertTrue(repaired.matches("[1-9]\\d* of 6 reused.*"), repaired);
    }
}
