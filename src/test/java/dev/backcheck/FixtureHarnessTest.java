package dev.backcheck;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.backcheck.engine.ScanResult;
import dev.backcheck.report.RoutesReport;
import dev.backcheck.rules.RuleCatalog;
import dev.backcheck.rules.RuleMeta;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Runs every annotated fixture: rule cases with only their rule enabled, sample apps with every
 * rule. A missing finding, an unexpected one, or a wrong level fails. Apps and model cases with an
 * expected-routes.json must produce exactly that route inventory.
 */
class FixtureHarnessTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A rule or model that fails on a fixture (its results incomplete) fails the fixture, whatever the findings. */
    private static void noInternalError(ScanResult r, Path dir) {
        for (dev.backcheck.findings.Notification n : r.notifications()) {
            if ("internal-error".equals(n.id())) fail(Fixtures.ROOT.relativize(dir) + ": " + n.message());
        }
    }

    @TestFactory
    List<DynamicTest> ruleFixtures() {
        List<DynamicTest> tests = new ArrayList<>();
        for (RuleMeta m : RuleCatalog.builtin().all().values()) {
            Path dir = Fixtures.ROOT.resolve("rules").resolve(m.id());
            for (Path c : Fixtures.dirs(dir)) {
                tests.add(DynamicTest.dynamicTest(m.id() + " / " + c.getFileName(), () -> {
                    ScanResult r = Fixtures.scan(c, Set.of(m.id()));
                    noInternalError(r, c);
                    String d = Fixtures.diff(Fixtures.expectations(c), r.findings(), Set.of(m.id()));
                    if (!d.isEmpty()) fail(m.id() + " on " + Fixtures.ROOT.relativize(c) + ":\n" + d);
                }));
            }
        }
        return tests;
    }

    @TestFactory
    List<DynamicTest> sampleApps() {
        List<DynamicTest> tests = new ArrayList<>();
        List<Path> roots = new ArrayList<>(Fixtures.dirs(Fixtures.ROOT.resolve("apps")));
        roots.addAll(Fixtures.dirs(Fixtures.ROOT.resolve("model")));
        for (Path app : roots) {
            tests.add(DynamicTest.dynamicTest("app " + Fixtures.ROOT.relativize(app), () -> {
                ScanResult r = Fixtures.scan(app, null);
                noInternalError(r, app);
                String d = Fixtures.diff(Fixtures.expectations(app), r.findings(), null);
                if (!d.isEmpty()) fail("findings of " + app.getFileName() + " differ from its expect: annotations:\n" + d);
            }));
        }
        return tests;
    }

    @TestFactory
    List<DynamicTest> routeInventories() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        List<Path> roots = new ArrayList<>(Fixtures.dirs(Fixtures.ROOT.resolve("apps")));
        roots.addAll(Fixtures.dirs(Fixtures.ROOT.resolve("model")));
        for (Path root : roots) {
            Path expected = root.resolve("expected-routes.json");
            if (!Files.exists(expected)) continue;
            tests.add(DynamicTest.dynamicTest("routes " + Fixtures.ROOT.relativize(root), () -> {
                ScanResult r = Fixtures.scan(root, Set.of());
                JsonNode want = JSON.readTree(expected.toFile());
                // as `backcheck routes --format json` writes it: a handler's own login or shared-secret check shown in the AUTH list
                JsonNode got = JSON.readTree(RoutesReport.json(r.project().applications(), null,
                        dev.backcheck.concepts.Authentication.handlerCheck(r.project())));
                assertEquals(want.toPrettyString(), got.toPrettyString(), "route inventory of " + root.getFileName());
            }));
        }
        return tests;
    }
}
