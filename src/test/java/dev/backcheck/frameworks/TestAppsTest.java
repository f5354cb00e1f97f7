package dev.backcheck.frameworks;

import dev.backcheck.Fixtures;
import dev.backcheck.engine.ScanResult;
import dev.backcheck.model.Application;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Applications created in test and tooling code are not reported; the production application
 * keeps its routes even when a test app mounts it or its routers; {@code tests:} changes the list.
 */
class TestAppsTest {
    private static final Path CASE = Fixtures.ROOT.resolve("model/core-test-files-app");

    @TempDir
    Path tmp;

    private static List<String> apps(ScanResult r) {
        return r.project().applications().stream().map(a -> a.location().path() + ":" + a.location().line()).toList();
    }

    @Test
    void onlyTheProductionAppIsReported() {
        ScanResult r = Fixtures.scan(CASE, null);
        assertEquals(List.of("src/app.ts:6"), apps(r));
        Application app = r.project().applications().get(0);
        assertEquals(3, app.routes().size(), "the router the test app also mounts keeps its routes here");
        assertTrue(r.findings().stream().noneMatch(f -> f.location().path().startsWith("test/")
                || f.location().path().contains("__tests__")), r.findings().toString());
    }

    @Test
    void withAnEmptyTestsListTheTestAppsAreApplicationsAgain() throws IOException {
        copy(CASE, tmp);
        Files.writeString(tmp.resolve(".backcheck.yml"), "tests: []\n");
        ScanResult r = Fixtures.scan(tmp, null);
        // the wrapper in src/__tests__ mounts the production app, which then is part of it
        assertEquals(List.of("src/__tests__/wrapper.spec.ts:6", "test/orders.test.ts:6"), apps(r));
        assertTrue(r.findings().stream().anyMatch(f -> f.ruleId().equals("headers/helmet-missing")
                && f.location().path().equals("test/orders.test.ts")), "the fixture really exercises a bare test app");
    }

    @Test
    void customTestsGlobsReplaceTheDefault() throws IOException {
        copy(CASE, tmp);
        Files.writeString(tmp.resolve(".backcheck.yml"), "tests: ['*.spec.ts']\n");
        ScanResult r = Fixtures.scan(tmp, null);
        assertEquals(List.of("src/app.ts:6", "test/orders.test.ts:6"), apps(r));
    }

    @Test
    void aScanRootedInsideAFixturesFolderStillSeesItsApplication() throws IOException {
        Path inner = tmp.resolve("fixtures/test/app");
        copy(CASE, inner);
        assertEquals(List.of("src/app.ts:6"), apps(Fixtures.scan(inner, null)));
        // scanned from above, the whole folder is fixture code
        assertEquals(List.of(), apps(Fixtures.scan(tmp, null)));
    }

    @Test
    void onlyApplicationsAreDroppedNotTheFactsOfTestFiles() {
        ScanResult r = Fixtures.scan(CASE, Set.of());
        assertNotNull(r.project().file("test/orders.test.ts"), "test files are still parsed for resolution");
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t);
            }
        }
    }
}
