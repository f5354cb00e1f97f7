package dev.backcheck.claims;

import dev.backcheck.Fixtures;
import dev.backcheck.engine.ScanOptions;
import dev.backcheck.engine.ScanResult;
import dev.backcheck.engine.Scanner;
import dev.backcheck.findings.Finding;
import dev.backcheck.findings.Level;
import dev.backcheck.model.Project;
import dev.backcheck.report.ImplementationReport;
import dev.backcheck.rules.PriorFindings;
import dev.backcheck.rules.RuleCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/** The claim judge as a post rule: one judgement per scan, read by the rules and the report; levels by certainty. */
class ClaimJudgeTest {
    private static final Path REPORT_FIXTURES = Fixtures.ROOT.resolve("rules/report/claim-contradicted");

    @TempDir
    Path tmp;

    private static ScanResult scan(Path root, Set<String> only) throws IOException {
        ScanOptions o = ScanOptions.defaults(root).withJobs(1);
        if (only != null) o = o.withOnlyRules(only);
        return new Scanner(RuleCatalog.builtin()).scan(o);
    }

    private static void write(Path root, String rel, String text) throws IOException {
        Path p = root.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    @Test
    void tableCellsAreReadByMeaning() {
        for (String no : List.of("No", "no", "**No**", "Public", "None", "-", "—", "❌", "✗", "false", "", "Auth: No", "Not required", "Não", "Keine", "없음", "Hayır"))
            assertEquals(Claim.Value.NO, Claim.Value.of(no), no);
        for (String yes : List.of("JWT", "Yes", "Bearer token", "Admin", "✅", "Required", "Protected", "🔒 JWT", "Sim", "Ja", "Evet", "5/min"))
            assertEquals(Claim.Value.YES, Claim.Value.of(yes), yes);
        assertEquals(Claim.Value.UNKNOWN, Claim.Value.of(null));
    }

    @Test
    void aRoutePathMatchesTheClaimedOneSegmentBySegment() {
        assertTrue(ClaimJudge.samePath("/api/items/:p/status", "/api/items/42/status"), "a route parameter stands for a value");
        assertTrue(ClaimJudge.samePath("/api/v1/notes", "/notes"), "a report may leave out the global prefix");
        assertFalse(ClaimJudge.samePath("/health", "/api/items/:p"), "a claimed parameter is not a route literal");
        assertFalse(ClaimJudge.samePath("/api/folders/galleries/:p/folders", "/api/folders"), "no wildcard when the lengths differ");
        assertFalse(ClaimJudge.samePath("/api/users", "/"), "the root names nothing");
    }

    @Test
    void theReportShowsTheVerdictsTheRulesReported() throws IOException {
        ScanResult r = scan(Fixtures.ROOT.resolve("apps/claims-false"), null);
        List<ClaimJudge.Verdict> verdicts = ClaimJudge.of(r.project()).judged().orElseThrow();
        long contradicted = verdicts.stream().filter(v -> v.status() == ClaimJudge.Status.CONTRADICTED && !ClaimJudge.missingEndpoint(v)).count();
        long documentsWithMissingEndpoints = verdicts.stream().filter(ClaimJudge::missingEndpoint)
                .map(v -> v.claim().location().path()).distinct().count();
        long findings = r.findings().stream().filter(f -> f.ruleId().equals("report/claim-contradicted")).count();
        assertEquals(contradicted + documentsWithMissingEndpoints, findings,
                "one finding per contradicted verdict, and one per document for endpoints the code does not serve");
        String md = ImplementationReport.markdown(ImplementationReport.build(r));
        for (ClaimJudge.Verdict v : verdicts) {
            assertTrue(md.contains(ImplementationReport.verdictText(v)), "report lacks " + v);
        }
    }

    @Test
    void endpointsADocumentListsButTheCodeLacksAreOneFindingPerDocument() throws IOException {
        ScanResult r = scan(REPORT_FIXTURES.resolve("bad-hono-endpoints"), Set.of("report/claim-contradicted"));
        List<Finding> fs = r.findings().stream().filter(f -> f.ruleId().equals("report/claim-contradicted")).toList();
        assertEquals(1, fs.size(), fs.toString());
        Finding f = fs.get(0);
        assertEquals(8, f.location().line(), "on the first endpoint the code lacks");
        assertTrue(f.message().contains("lists 2 endpoints") && f.message().contains("DELETE /links/:id")
                && f.message().contains("GET /public/export"), f.message());
        assertTrue(f.related().stream().anyMatch(l -> l.line() == 9 && l.path().equals("REPORT.md")), f.related().toString());
        // one missing endpoint keeps the claim's own words
        write(tmp, "package.json", Files.readString(REPORT_FIXTURES.resolve("bad-hono-endpoints/package.json")));
        write(tmp, "src/index.ts", Files.readString(REPORT_FIXTURES.resolve("bad-hono-endpoints/src/index.ts")));
        write(tmp, "REPORT.md", "## API Endpoints\n\n| Method | Path | Auth |\n|---|---|---|\n| GET | /links | JWT |\n| DELETE | /links/:id | JWT |\n");
        List<Finding> one = scan(tmp, Set.of("report/claim-contradicted")).findings();
        assertEquals(1, one.size(), one.toString());
        assertTrue(one.get(0).message().startsWith("The report claims \"") && one.get(0).message().contains("no route DELETE /links/:id"), one.get(0).message());
    }

    @Test
    void aDisabledCodeRuleLeavesTheClaimUnverified() throws IOException {
        Path root = REPORT_FIXTURES.resolve("good-rule-disabled-by-config");
        ScanResult r = scan(root, Set.of("report/claim-contradicted"));
        assertTrue(r.findings().isEmpty(), r.findings().toString());
        ClaimJudge.Verdict v = ClaimJudge.of(r.project()).judged().orElseThrow().get(0);
        assertEquals(ClaimJudge.Status.UNVERIFIED, v.status());
        assertEquals("unverified (rule validation/unvalidated-input disabled)", ImplementationReport.verdictText(v));
        // the same tree without the config: the silent run of the code rule feeds the judge, its findings stay out of the output
        Path copy = tmp.resolve("copy");
        write(copy, "package.json", Files.readString(root.resolve("package.json")));
        write(copy, "src/app.ts", Files.readString(root.resolve("src/app.ts")));
        write(copy, "IMPLEMENTATION_REPORT.md", Files.readString(root.resolve("IMPLEMENTATION_REPORT.md")));
        ScanResult r2 = scan(copy, Set.of("report/claim-contradicted"));
        assertEquals(List.of("report/claim-contradicted"), r2.findings().stream().map(Finding::ruleId).distinct().toList());
        assertEquals(Level.WARNING, r2.findings().get(0).level(), "a contradiction read from a heuristic rule is not certain");
    }

    @Test
    void theJudgeReadsFindingsWithTheUsersOptions() throws IOException {
        write(tmp, "package.json", "{\"name\":\"x\",\"dependencies\":{\"express\":\"4.21.2\"}}");
        write(tmp, "src/app.ts", """
                import express from 'express';
                const app = express();
                app.post('/notes', (req, res) => { res.send(req.body.title); });
                app.listen(3000);
                """);
        write(tmp, "IMPLEMENTATION_REPORT.md", "# Implementation Report\n\n## Security Measures\n\n- ✅ Input validation on all inputs\n");
        ScanResult shown = scan(tmp, null);
        assertTrue(shown.findings().stream().anyMatch(f -> f.ruleId().equals("report/claim-contradicted")));
        write(tmp, ".backcheck.yml", "rules:\n  validation/unvalidated-input: off\n");
        ScanResult off = scan(tmp, null);
        assertTrue(off.findings().stream().noneMatch(f -> f.ruleId().startsWith("report/")), off.findings().toString());
    }

    @Test
    void aContradictionIsAnErrorOnlyWhenTheModelFollowedEverything() throws IOException {
        Path root = REPORT_FIXTURES.resolve("bad-express-unmounted");
        ScanResult r = scan(root, Set.of("report/claim-contradicted"));
        assertTrue(r.findings().stream().anyMatch(f -> f.level() == Level.ERROR && f.message().contains("rate")));
        // judge the same project again, now with a registration the model could not follow
        ScanResult bare = scan(root, Set.of());
        Project p = bare.project();
        p.notModelled("app.use(routes[i])", "src/app.ts", 3, 1, true);
        List<ClaimJudge.Verdict> vs = ClaimJudge.of(p).judge(new PriorFindings(Map.of(), Map.of(), Set.of()));
        ClaimJudge.Verdict rate = vs.stream().filter(v -> v.key().equals("rate-limiting")).findFirst().orElseThrow();
        assertEquals(ClaimJudge.Status.CONTRADICTED, rate.status());
        assertFalse(rate.certain());
        assertEquals(Level.WARNING, ClaimJudge.contradictionLevel(rate));
    }

    @Test
    void handWrittenControlsVerifyTheirClaimsAndALimiterInHandlersSaysWhichRoutes() throws IOException {
        ScanResult r = scan(REPORT_FIXTURES.resolve("good-hono-hand-written-controls"), Set.of("report/claim-contradicted"));
        List<ClaimJudge.Verdict> vs = ClaimJudge.of(r.project()).judged().orElseThrow();
        for (String key : List.of("security-headers", "rate-limiting", "logging")) {
            ClaimJudge.Verdict v = vs.stream().filter(x -> x.key().equals(key)).findFirst().orElseThrow();
            assertEquals(ClaimJudge.Status.VERIFIED, v.status(), key + ": " + v.message());
        }
        ClaimJudge.Verdict rate = vs.stream().filter(x -> x.key().equals("rate-limiting")).findFirst().orElseThrow();
        assertEquals("rate limiter admit called in the handlers of 2 of 3 routes; the other routes are not limited", rate.message());
    }

    @Test
    void infrastructureClaimsAreNotStaticallyVerifiable() throws IOException {
        ScanResult r = scan(REPORT_FIXTURES.resolve("good-infrastructure-claims"), Set.of("report/claim-contradicted"));
        List<ClaimJudge.Verdict> vs = ClaimJudge.of(r.project()).judged().orElseThrow();
        ClaimJudge.Verdict triggers = vs.stream().filter(v -> v.claim().text().contains("database triggers")).findFirst().orElseThrow();
        assertEquals(ClaimJudge.Status.UNVERIFIABLE, triggers.status());
        String md = ImplementationReport.markdown(ImplementationReport.build(r));
        assertTrue(md.contains("not statically verifiable: enforced by database triggers, outside the code"), md);
    }

    @Test
    void anAllowListOrACapIsJudgedByWhatItLimits() {
        Vocabulary v = Vocabulary.get();
        assertFalse(v.keys("Explicit whitelist of public endpoints").contains("cors"), "endpoints are no origins");
        assertFalse(v.keys("IP allowlist for the admin console").contains("cors"));
        assertTrue(v.keys("CORS whitelist of allowed origins").contains("cors"));
        assertTrue(v.keys("Origin allowlist from FRONTEND_URL").contains("cors"));
        assertFalse(v.keys("Rate limiting based on active token count").contains("rate-limiting"), "a cap on tokens held");
        assertFalse(v.keys("Throttling of concurrent sessions: at most 5 active sessions per user").contains("rate-limiting"));
        assertTrue(v.keys("Rate limiting: 60 requests per minute per IP").contains("rate-limiting"));
        assertTrue(v.keys("Login throttling: 5 attempts per minute, max 3 active sessions").contains("rate-limiting"), "attempts are requests");
    }

    @Test
    void adviceSectionsAreDeclarationsUnlessTheyAreDone() {
        String md = String.join("\n", "# API Implementation Summary", "## Security Features", "- Use of helmet for security headers",
                "## Production Deployment", "- Rate limiting for authentication endpoints",
                "## Recommendations Implemented ✅", "- Helmet security headers on every response",
                "## Deployment", "- Enable HSTS at the load balancer", "- Security headers set by helmet in app.ts", "");
        Map<Integer, Boolean> done = new java.util.TreeMap<>();
        for (Claim c : new ClaimParser().parse("R.md", md, false)) done.put(c.location().line(), c.done());
        assertEquals(Map.of(3, true, 5, false, 7, true, 9, false, 10, true), done, done.toString());
    }

    @Test
    void aWrappedListItemIsOneStatement() {
        String md = String.join("\n", "# Implementation Summary", "## Decisions",
                "- The command line tool owns the thresholds so the docs and the tests share one",
                "  concrete packet to validate.",
                "- Request bodies are validated with zod schemas", "");
        List<Claim> claims = new ClaimParser().parse("R.md", md, false);
        List<String> texts = new java.util.ArrayList<>();
        for (Claim c : claims) texts.add(c.location().line() + ":" + c.text());
        // the continuation is not a claim of its own ("concrete packet to validate." read as an input-validation claim)
        assertTrue(texts.stream().noneMatch(t -> t.startsWith("4:")), texts.toString());
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("5:") && t.contains("zod")), texts.toString());
        assertTrue(texts.stream().allMatch(t -> !t.startsWith("3:") || t.endsWith("concrete packet to validate.")), texts.toString());
    }
}
