package dev.backcheck.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.backcheck.engine.Baseline;
import dev.backcheck.engine.ChangedFiles;
import dev.backcheck.engine.ScanOptions;
import dev.backcheck.engine.ScanResult;
import dev.backcheck.engine.Scanner;
import dev.backcheck.findings.Finding;
import dev.backcheck.findings.Level;
import dev.backcheck.findings.Location;
import dev.backcheck.report.ImplementationReport;
import dev.backcheck.report.SourceText;
import dev.backcheck.report.sarif.SarifReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;

import static dev.backcheck.rules.testonly.TestCatalog.write;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Application-level absence findings roll up over the applications of one scan: one finding from three
 * applications on, at the first, naming the others as related locations; suppressions, excludes, baselines,
 * --diff-base and the implementation report still see every application.
 */
class AbsenceRollupTest {
    private static final String RATE = "ratelimit/missing";
    private static final RuleCatalog CATALOG = RuleCatalog.builtin();

    @TempDir
    Path tmp;

    private static String server(String name) {
        return "import express from 'express';\n"
                + "const app = express();\n"
                + "app.get('/" + name + "', (req, res) => res.json([]));\n"
                + "app.listen(3000);\n";
    }

    /** A tree with one small Express service per name under services/NAME. */
    private Path tree(String dir, String... names) {
        Path root = tmp.resolve(dir);
        for (String n : names) {
            write(root, "services/" + n + "/package.json", "{\"name\":\"" + n + "\",\"dependencies\":{\"express\":\"^4.19.0\"}}\n");
            write(root, "services/" + n + "/src/server.ts", server(n));
        }
        return root;
    }

    private static ScanResult scan(Path root, String... rules) throws Exception {
        return scan(ScanOptions.defaults(root).withJobs(2).withOnlyRules(Set.of(rules)));
    }

    private static ScanResult scan(ScanOptions o) throws Exception {
        return new Scanner(CATALOG).scan(o);
    }

    private static List<Finding> of(ScanResult r, String rule) {
        return r.findings().stream().filter(f -> f.ruleId().equals(rule)).toList();
    }

    @Test
    void threeApplicationsLackingTheSameControlGiveOneFindingWithRelatedLocations() throws Exception {
        ScanResult r = scan(tree("three", "billing", "audit", "catalog"), RATE);
        List<Finding> fs = of(r, RATE);
        assertEquals(1, fs.size(), fs.toString());
        Finding f = fs.get(0);
        // at the first application in path order
        assertEquals("services/audit/src/server.ts", f.location().path());
        assertTrue(f.message().startsWith("No rate limiter is mounted on this Express app (1 route)."), f.message());
        assertTrue(f.message().contains("The same is missing in 2 other applications: services/billing, services/catalog"), f.message());
        assertEquals(List.of("services/billing/src/server.ts", "services/catalog/src/server.ts"),
                f.related().stream().map(Location::path).toList());
        assertTrue(f.related().get(0).message().startsWith("No rate limiter is mounted on this Express app"), f.related().toString());
        assertEquals("2", f.properties().get(AbsenceRollup.OTHERS));
        List<AbsenceRollup.Member> ms = AbsenceRollup.members(f);
        assertEquals(2, ms.size());
        for (AbsenceRollup.Member m : ms) assertNotNull(m.fingerprint());
        assertNotEquals(ms.get(0).fingerprint(), ms.get(1).fingerprint());
        assertNotEquals(f.fingerprint(), ms.get(0).fingerprint());
        // the fix is the Express one, not changed by the roll-up
        assertEquals(CATALOG.get(RATE).fixText("express"), f.fix());
    }

    @Test
    void twoApplicationsGiveTwoFindings() throws Exception {
        List<Finding> fs = of(scan(tree("two", "billing", "audit"), RATE), RATE);
        assertEquals(2, fs.size(), fs.toString());
        for (Finding f : fs) {
            assertFalse(AbsenceRollup.rolledUp(f), f.toString());
            assertTrue(f.related().isEmpty());
            assertFalse(f.message().contains("The same is missing"), f.message());
        }
    }

    @Test
    void manyApplicationsAreNamedShortThenCounted() throws Exception {
        ScanResult r = scan(tree("many", "a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8"), RATE, "observability/tracing-missing");
        List<Finding> fs = of(r, RATE);
        assertEquals(1, fs.size(), fs.toString());
        assertTrue(fs.get(0).message().contains("7 other applications: services/a2, services/a3, services/a4, services/a5, services/a6 and 2 more"),
                fs.get(0).message());
        assertEquals(7, fs.get(0).related().size());
        // every rule marking per-application absences rolls up by the same mechanism
        List<Finding> tracing = of(r, "observability/tracing-missing");
        assertEquals(1, tracing.size(), tracing.toString());
        assertEquals(7, AbsenceRollup.members(tracing.get(0)).size());
        // expanded, every application is there once
        Set<String> paths = new TreeSet<>();
        for (Finding f : AbsenceRollup.expand(fs)) paths.add(f.location().path());
        assertEquals(8, paths.size(), paths.toString());
    }

    @Test
    void sameTreeGivesByteIdenticalSarif() throws Exception {
        Path root = tree("det", "billing", "audit", "catalog", "search");
        String a = SarifReport.render(scan(root, RATE, "observability/tracing-missing"), new SourceText(root));
        String b = SarifReport.render(scan(root, RATE, "observability/tracing-missing"), new SourceText(root));
        assertEquals(a, b);
        JsonNode result = new ObjectMapper().readTree(a).at("/runs/0/results");
        JsonNode rate = null;
        for (JsonNode x : result) if (x.path("ruleId").asText().equals(RATE)) rate = x;
        assertNotNull(rate);
        assertEquals(3, rate.path("relatedLocations").size());
        assertEquals("services/billing/src/server.ts", rate.at("/relatedLocations/0/physicalLocation/artifactLocation/uri").asText());
    }

    @Test
    void anInlineSuppressionCoversItsApplicationOnly() throws Exception {
        Path root = tree("sup", "billing", "audit", "catalog", "search");
        write(root, "services/billing/src/server.ts", "import express from 'express';\n"
                + "// backcheck-ignore ratelimit/missing -- the gateway limits this service\n"
                + "const app = express();\n"
                + "app.get('/billing', (req, res) => res.json([]));\n"
                + "app.listen(3000);\n");
        ScanResult r = scan(root, RATE, "meta/unused-suppression");
        List<Finding> fs = of(r, RATE);
        List<Finding> suppressed = fs.stream().filter(Finding::suppressed).toList();
        List<Finding> active = fs.stream().filter(f -> !f.suppressed()).toList();
        assertEquals(1, suppressed.size(), fs.toString());
        assertEquals("services/billing/src/server.ts", suppressed.get(0).location().path());
        assertFalse(AbsenceRollup.rolledUp(suppressed.get(0)));
        assertEquals(1, active.size(), fs.toString());
        assertEquals("services/audit/src/server.ts", active.get(0).location().path());
        assertFalse(AbsenceRollup.paths(active.get(0)).contains("services/billing/src/server.ts"), active.get(0).toString());
        assertEquals(2, AbsenceRollup.members(active.get(0)).size());
        // the directive was used: no unused-suppression finding
        assertTrue(of(r, "meta/unused-suppression").isEmpty(), r.findings().toString());

        // with one application suppressed out of three, the other two stay separate
        Path small = tree("sup3", "billing", "audit", "catalog");
        Files.writeString(small.resolve("services/billing/src/server.ts"), Files.readString(root.resolve("services/billing/src/server.ts")));
        List<Finding> three = of(scan(small, RATE), RATE);
        assertEquals(3, three.size(), three.toString());
        assertEquals(2, three.stream().filter(f -> !f.suppressed()).count());
        assertTrue(three.stream().noneMatch(AbsenceRollup::rolledUp));
    }

    @Test
    void anExcludedApplicationIsNotNamed() throws Exception {
        Path root = tree("excl", "billing", "audit", "catalog", "search");
        write(root, ".backcheck.yml", "exclude:\n  - services/search/\n");
        List<Finding> fs = of(scan(root, RATE), RATE);
        assertEquals(1, fs.size(), fs.toString());
        assertFalse(AbsenceRollup.paths(fs.get(0)).stream().anyMatch(p -> p.startsWith("services/search/")), fs.toString());
        write(root, ".backcheck.yml", "exclude:\n  - services/search/\n  - services/catalog/\n");
        assertEquals(2, of(scan(root, RATE), RATE).size());
    }

    @Test
    void aConfiguredLevelAppliesToTheRolledUpFinding() throws Exception {
        Path root = tree("lvl", "billing", "audit", "catalog");
        write(root, ".backcheck.yml", "rules:\n  ratelimit/missing: error\n");
        List<Finding> fs = of(scan(root, RATE), RATE);
        assertEquals(1, fs.size(), fs.toString());
        assertEquals(Level.ERROR, fs.get(0).level());
    }

    private Path sarif(Path root, ScanResult r) throws Exception {
        Path b = Files.createTempFile(tmp, "baseline", ".sarif");
        Files.writeString(b, SarifReport.render(r, new SourceText(root)));
        return b;
    }

    @Test
    void aBaselineComparesEveryApplication() throws Exception {
        Path root = tree("base", "billing", "audit", "catalog");
        Path base = sarif(root, scan(root, RATE));

        // same tree: unchanged
        ScanResult same = Baseline.read(base, "b").apply(scan(root, RATE));
        assertEquals(1, same.findings().size());
        assertTrue(same.findings().get(0).unchanged(), same.findings().toString());
        assertEquals(0, same.baseline().newCount());
        assertTrue(same.baseline().absent().isEmpty(), same.baseline().absent().toString());

        // a fourth application without a limiter: the rolled-up finding is new
        write(root, "services/search/package.json", "{\"name\":\"search\",\"dependencies\":{\"express\":\"^4.19.0\"}}\n");
        write(root, "services/search/src/server.ts", server("search"));
        ScanResult more = Baseline.read(base, "b").apply(scan(root, RATE));
        assertEquals(1, more.findings().size());
        assertFalse(more.findings().get(0).unchanged(), more.findings().toString());
        assertEquals(1, more.baseline().newCount());

        // the first application gets a limiter: the roll-up moves to the next one (a new place), still unchanged,
        // and the fixed application is listed as absent
        Files.delete(root.resolve("services/search/src/server.ts"));
        write(root, "services/audit/src/server.ts", "import express from 'express';\nimport rateLimit from 'express-rate-limit';\n"
                + "const app = express();\napp.use(rateLimit({ windowMs: 60000, max: 100 }));\n"
                + "app.get('/audit', (req, res) => res.json([]));\napp.listen(3000);\n");
        write(root, "services/catalog/src/extra.ts", "export const x = 1;\n");
        ScanResult fixedFirst = Baseline.read(base, "b").apply(scan(root, RATE));
        List<Finding> fs = of(fixedFirst, RATE);
        assertEquals(2, fs.size(), fs.toString()); // two left: separate
        assertTrue(fs.stream().allMatch(Finding::unchanged), fs.toString());
        assertEquals(List.of("services/audit/src/server.ts"), fixedFirst.baseline().absent().stream().map(Baseline.Absent::path).toList());
    }

    @Test
    void aPerApplicationBaselineStillMatchesOnceTheFindingsRollUp() throws Exception {
        Path root = tree("old", "billing", "audit", "catalog");
        // a baseline written before the roll-up: one result per application (three separate scans' worth)
        ScanResult separate = scan(tree("old-two", "billing", "audit"), RATE);
        assertEquals(2, of(separate, RATE).size());
        Path base = sarif(tmp.resolve("old-two"), separate);
        ScanResult r = Baseline.read(base, "b").apply(scan(root, RATE));
        assertEquals(1, r.findings().size());
        // catalog was not in the baseline: the rolled-up finding counts as new
        assertFalse(r.findings().get(0).unchanged());
        // and the three applications as separate results (a baseline from before the roll-up): unchanged
        Path three = tmp.resolve("three-separate.sarif");
        List<Finding> expanded = AbsenceRollup.expand(scan(root, RATE).findings());
        assertEquals(3, expanded.size());
        ScanResult sep = scan(root, RATE).withFindings(expanded, List.of());
        Files.writeString(three, SarifReport.render(sep, new SourceText(root)));
        ScanResult again = Baseline.read(three, "b").apply(scan(root, RATE));
        assertTrue(again.findings().get(0).unchanged(), again.findings().toString());
    }

    @Test
    void diffBaseKeepsTheRolledUpFindingWhenAnyNamedApplicationChanged() throws Exception {
        Path root = tree("diff", "billing", "audit", "catalog");
        ScanResult all = scan(root, RATE);
        assertEquals(1, all.findings().size());
        ScanResult member = ChangedFiles.restrict(all, new ChangedFiles.Result(Set.of("services/catalog/src/server.ts"), "0123456789abcdef", "test"), "main");
        assertEquals(1, member.findings().size());
        ScanResult none = ChangedFiles.restrict(all, new ChangedFiles.Result(Set.of("README.md"), "0123456789abcdef", "test"), "main");
        assertEquals(0, none.findings().size());
    }

    @Test
    void theImplementationReportSeesEveryApplication() throws Exception {
        Path root = tree("report", "billing", "audit", "catalog", "search");
        ScanResult r = scan(root, RATE);
        assertEquals(1, of(r, RATE).size());
        ImplementationReport.Data d = ImplementationReport.build(r);
        ImplementationReport.Measure m = d.measures().stream().filter(x -> x.key().equals("rate-limiting")).findFirst().orElseThrow();
        assertEquals("missing", m.status());
        Set<String> paths = new TreeSet<>();
        for (Finding f : m.findings()) paths.add(f.location().path());
        assertEquals(Set.of("services/audit/src/server.ts", "services/billing/src/server.ts", "services/catalog/src/server.ts",
                "services/search/src/server.ts"), paths);
        assertTrue(m.summary().startsWith("4 findings: No rate limiter is mounted"), m.summary());
        assertEquals(4, d.findingsByKey().get("rate-limiting")[Level.WARNING.ordinal()] + d.findingsByKey().get("rate-limiting")[Level.NOTE.ordinal()]
                + d.findingsByKey().get("rate-limiting")[Level.ERROR.ordinal()]);
    }

    @Test
    void theJunitOutputFailsEveryApplicationNamed() throws Exception {
        ScanResult r = scan(tree("junit", "billing", "audit", "catalog"), RATE);
        assertEquals(1, of(r, RATE).size());
        String xml = dev.backcheck.report.ci.JunitReport.render(r);
        // one suite per application package, each failing ratelimit/missing
        assertEquals(3, xml.split("<failure ", -1).length - 1, xml);
        for (String app : List.of("billing", "audit", "catalog")) {
            assertTrue(xml.contains("services/" + app + "/src/server.ts:"), xml);
        }
    }

    @Test
    void postRulesReadThePerApplicationFindings() throws Exception {
        Path root = tree("post", "billing", "audit", "catalog");
        RuleMeta probe = new RuleMeta("testonly/absence-probe", "Probe", "note", "report-claims", null, "high", List.of(),
                List.of(), List.of(), List.of("express"), "Reads ratelimit/missing, for tests only.",
                "### Express\nBad\n```ts\n```\nGood\n```ts\n```", Map.of());
        RuleCatalog catalog = RuleCatalog.of(List.of(CATALOG.get(RATE), probe));
        ScanResult r = new Scanner(catalog).scan(ScanOptions.defaults(root).withJobs(2));
        // the output rolls up; the post rule (a claim judge) read one finding per application, by checklist key
        assertEquals(1, of(r, RATE).size(), r.findings().toString());
        List<String> read = of(r, "testonly/absence-probe").stream().map(f -> f.location().path()).toList();
        assertEquals(List.of("services/audit/src/server.ts", "services/billing/src/server.ts", "services/catalog/src/server.ts"), read);
        assertTrue(of(r, "testonly/absence-probe").stream().noneMatch(f -> f.message().contains("The same is missing")));
    }

    @Test
    void labelsFallBackToThePathWhenFoldersCollide() {
        Finding first = finding("apps/a/src/main.ts");
        List<Finding> others = List.of(finding("apps/a/src/other.ts"), finding("apps/b/src/x.ts"), finding("apps/b/src/y.ts"),
                finding("src/root.ts"), finding("svc/c/server.js"), finding("src/step-02/index.js"));
        assertEquals(List.of("apps/a/src/other.ts", "apps/b/src/x.ts", "apps/b/src/y.ts", "src/root.ts", "svc/c", "src/step-02"),
                AbsenceRollup.labels(first, others));
        assertEquals("This Spring Boot 2.7 app does not set server.shutdown=graceful",
                AbsenceRollup.title("This Spring Boot 2.7 app does not set server.shutdown=graceful: when the platform stops it."));
    }

    private static Finding finding(String path) {
        return new Finding(RATE, Level.WARNING, "m.", Location.at(path, 1, 1), List.of(), null, Map.of(AbsenceRollup.MARK, AbsenceRollup.APPLICATION), null);
    }

    @Test
    void findingsWithEvidenceOfTheirOwnStaySeparate() {
        List<Finding> in = new ArrayList<>();
        for (String p : List.of("a/x.ts", "b/x.ts", "c/x.ts")) in.add(finding(p));
        in.set(1, new Finding(RATE, Level.WARNING, "m.", Location.at("b/x.ts", 1, 1), List.of(Location.at("b/lim.ts", 2, 1).withMessage("limiter never mounted")),
                null, Map.of(AbsenceRollup.MARK, AbsenceRollup.APPLICATION), null));
        assertEquals(3, AbsenceRollup.apply(in).size());
        in.add(finding("d/x.ts"));
        List<Finding> out = AbsenceRollup.apply(in);
        assertEquals(2, out.size(), out.toString());
        // unmarked findings never roll up
        List<Finding> plain = new ArrayList<>();
        for (String p : List.of("a/x.ts", "b/x.ts", "c/x.ts")) plain.add(new Finding(RATE, Level.WARNING, "m.", Location.at(p, 1, 1), List.of(), null, Map.of(), null));
        assertEquals(3, AbsenceRollup.apply(plain).size());
    }

    /** An Express app serving {@code n} item routes, of which an OpenAPI document lists only GET /items. */
    private Path partlyDocumented(String dir, int n) {
        Path root = tmp.resolve(dir);
        write(root, "package.json", "{\"name\":\"shop\",\"dependencies\":{\"express\":\"^4.19.0\"}}\n");
        write(root, "openapi.yaml", "openapi: 3.0.3\ninfo: { title: Shop, version: 1.0.0 }\npaths:\n  /items:\n    get:\n"
                + "      responses:\n        '200': { description: Items }\n");
        StringBuilder sb = new StringBuilder("import express from 'express';\nconst app = express();\n"
                + "app.get('/items', (req, res) => res.json([]));\n");
        for (int i = 0; i < n; i++) sb.append("app.get('/items/part").append(i).append("', (req, res) => res.json([]));\n");
        write(root, "src/server.ts", sb.append("app.listen(3000);\n").toString());
        return root;
    }

    @Test
    void routesADocumentLeavesOutAreListedInOneFindingThatABaselineComparesRouteByRoute() throws Exception {
        String drift = "api/openapi-drift";
        Path root = partlyDocumented("drift", 12);
        ScanResult r = scan(root, drift);
        List<Finding> fs = of(r, drift);
        assertEquals(1, fs.size(), fs.toString());
        Finding f = fs.get(0);
        assertEquals(4, f.location().line());
        assertTrue(f.message().contains("The same holds for 11 more routes, 12 in all, in 1 file: src/server.ts (12)"), f.message());
        assertEquals("GET /items/part1", f.related().get(1).message());
        assertEquals(12, AbsenceRollup.expand(fs).size());
        Path base = sarif(root, r);
        // one more route left out: the listing is new
        Path more = partlyDocumented("drift2", 13);
        ScanResult again = Baseline.read(base, "b").apply(scan(more, drift));
        assertEquals(1, of(again, drift).size());
        assertFalse(of(again, drift).get(0).unchanged());
        // fewer than ten: one finding per route
        assertEquals(9, of(scan(partlyDocumented("drift3", 9), drift), drift).size());
    }
}
