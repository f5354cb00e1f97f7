package dev.backcheck.engine;

import dev.backcheck.config.ConfigException;
import dev.backcheck.findings.Finding;
import dev.backcheck.rules.testonly.TestCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import static dev.backcheck.rules.testonly.TestCatalog.*;
import static org.junit.jupiter.api.Assertions.*;

/** The scan honours .backcheck.yml: rule levels and options, off, include and exclude, --config. */
class ScannerConfigTest {
    @TempDir
    Path tmp;

    private void tree() {
        write(tmp, "package.json", "{\"name\":\"x\",\"dependencies\":{\"express\":\"4.21.2\"}}");
        write(tmp, "src/a.ts", "db.query(`a ${x}`);\ndb.exec(`a ${x}`);\n");
        write(tmp, "scripts/seed.ts", "db.query(`seed ${x}`);\n");
        write(tmp, "NOTES.md", "FIXME-CLAIM\n");
    }

    private static Set<String> where(ScanResult r) {
        Set<String> s = new TreeSet<>();
        for (Finding f : r.findings()) s.add(f.ruleId() + " " + f.location().path() + ":" + f.location().line() + " " + f.level().id());
        return s;
    }

    @Test
    void levelsOptionsOffIncludeFromTheConfigFile() {
        tree();
        assertEquals(Set.of(QUERY + " scripts/seed.ts:1 error", QUERY + " src/a.ts:1 error", MARKER + " NOTES.md:1 warning"),
                where(TestCatalog.scan(tmp)));
        write(tmp, ".backcheck.yml", """
                rules:
                  testonly/query-call:
                    level: note
                    options: { words: [query, exec] }
                  testonly/marker: off
                include: [src/]
                """);
        ScanResult r = TestCatalog.scan(tmp);
        assertEquals(Set.of(QUERY + " src/a.ts:1 note", QUERY + " src/a.ts:2 note"), where(r));
        assertTrue(r.rules().stream().noneMatch(m -> m.id().equals(MARKER)), "an 'off' rule does not run");
        assertEquals("express", r.project().stack().components().stream().filter(c -> c.category().equals("framework"))
                .findFirst().orElseThrow().name(), "package.json is read although include names only src/");
    }

    @Test
    void excludeFromTheConfigFile() {
        tree();
        write(tmp, ".backcheck.yml", "exclude: [scripts/, NOTES.md]\nrules:\n  testonly/query-call: warning\n");
        assertEquals(Set.of(QUERY + " src/a.ts:1 warning"), where(TestCatalog.scan(tmp)));
    }

    @Test
    void anExplicitConfigFileReplacesTheOneInTheTreeAndErrorsAreConfigExceptions() {
        tree();
        write(tmp, ".backcheck.yml", "rules:\n  testonly/query-call: off\n");
        Path other = write(tmp.resolve("elsewhere"), "ci.yml", "rules:\n  testonly/marker: off\n");
        ScanResult r = TestCatalog.scan(ScanOptions.defaults(tmp).withJobs(1).withConfig(other));
        assertTrue(where(r).stream().anyMatch(s -> s.startsWith(QUERY)));
        assertTrue(where(r).stream().noneMatch(s -> s.startsWith(MARKER)));
        write(tmp, ".backcheck.yaml", "rules: {}\n");
        ConfigException e = assertThrows(ConfigException.class, () -> TestCatalog.scan(tmp));
        assertTrue(e.getMessage().contains("both .backcheck.yml and .backcheck.yaml"), e.getMessage());
    }
}
