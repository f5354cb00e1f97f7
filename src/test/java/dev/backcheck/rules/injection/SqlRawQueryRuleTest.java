package dev.backcheck.rules.injection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.backcheck.Fixtures;
import dev.backcheck.engine.ScanResult;
import dev.backcheck.findings.Finding;
import dev.backcheck.findings.Location;
import dev.backcheck.flow.Models;
import dev.backcheck.rules.RuleCatalog;
import dev.backcheck.rules.RuleMeta;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/** The fixture harness keys findings by line; these check one finding per call, the flow each finding carries, and the model. */
class SqlRawQueryRuleTest {
    private static final String RULE = "injection/sql-raw-query";
    private static final Path CASES = Path.of("test-fixtures/rules/injection/sql-raw-query");

    @Test
    void oneFindingPerSinkCall() {
        ScanResult r = Fixtures.scan(CASES.resolve("bad-one-finding-per-call"), Set.of(RULE));
        List<String> at = r.findings().stream().filter(f -> f.ruleId().equals(RULE))
                .map((Finding f) -> f.location().path() + ":" + f.location().line()).sorted().toList();
        // a helper named query() wrapping the driver, and a builder chaining .where and .andWhere: one call each
        assertEquals(List.of("src/app.js:13", "src/app.js:9"), at);
    }

    @Test
    void flowThroughADiServiceGoesFromTheControllerToTheDriverNamedByTheFieldType() {
        ScanResult r = Fixtures.scan(CASES.resolve("bad-nestjs-mikro-orm"), Set.of(RULE));
        Finding f = at(r, "src/reports/reports.service.ts", 9);
        List<Location> flow = f.flow();
        assertEquals(3, flow.size(), flow.toString());
        assertEquals("src/reports/reports.controller.ts", flow.get(0).path());
        assertEquals(9, flow.get(0).line());
        assertEquals("`req.query.since` is read here", flow.get(0).message());
        assertEquals("passed to signupsSince() as since", flow.get(1).message());
        assertEquals("src/reports/reports.controller.ts", flow.get(1).path());
        assertEquals("src/reports/reports.service.ts", flow.get(2).path());
        assertEquals("reaches MikroORM execute", flow.get(2).message());
        assertEquals("MikroORM execute", f.properties().get("sink"));
        assertEquals("req.query.since", f.properties().get("source"));
        assertTrue(f.fix().startsWith("pass values as parameters: em.execute("), f.fix());
    }

    @Test
    void aQueryHelperIsReportedWhereTheTextIsBuiltWithTheHelperAndTheDriverInTheFlow() {
        ScanResult r = Fixtures.scan(CASES.resolve("bad-express-query-helper"), Set.of(RULE));
        Finding f = at(r, "src/app.ts", 7);
        assertTrue(f.message().contains("reaches pg query through runQuery()"), f.message());
        List<Location> flow = f.flow();
        assertEquals("`req.query.owner` is read here", flow.get(0).message());
        assertEquals("passed to runQuery() as sql", flow.get(flow.size() - 2).message());
        Location sink = flow.get(flow.size() - 1);
        assertEquals("src/db.ts", sink.path());
        assertEquals(7, sink.line());
        assertEquals("reaches pg query", sink.message());
    }

    @Test
    void requestTextUsedWholeAndKyselyIdentifiersAreWorded() {
        ScanResult whole = Fixtures.scan(CASES.resolve("bad-express-mssql-oracledb"), Set.of(RULE));
        Finding adhoc = at(whole, "src/app.ts", 37);
        assertTrue(adhoc.message().startsWith("`req.body.statement` read from the request at src/app.ts:37 is passed whole to mssql query"),
                adhoc.message());
        ScanResult kysely = Fixtures.scan(CASES.resolve("bad-hono-kysely-lit-ref"), Set.of(RULE));
        Finding ref = at(kysely, "src/index.ts", 17);
        assertEquals("warning", ref.level().id());
        assertTrue(ref.message().contains("passed whole to Kysely sql.ref as an identifier"), ref.message());
        assertTrue(ref.fix().contains("before sql.ref(...)"), ref.fix());
    }

    @Test
    void everySqlModelEntryNamesAFixTheRuleDeclares() throws Exception {
        RuleMeta meta = RuleCatalog.builtin().get(RULE);
        JsonNode root;
        try (InputStream in = SqlRawQueryRule.class.getResourceAsStream("/models/sql.yml")) {
            root = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
        int n = 0;
        for (JsonNode s : root.path("sinks")) {
            assertEquals("sql", s.path("kind").asText(), s.toString());
            String fix = s.path("fix").asText(null);
            assertNotNull(fix, "entry without fix: " + s);
            assertNotNull(meta.fixText("default", fix), "no fix text '" + fix + "' in rules/" + RULE + ".yaml");
            n++;
        }
        // the engine reads the same entries, in order
        assertEquals(n, Models.builtin().sinks("sql").size());
        assertTrue(root.path("not-sql-modules").size() > 5);
    }

    private static Finding at(ScanResult r, String path, int line) {
        return r.findings().stream().filter(f -> f.ruleId().equals(RULE) && f.location().path().equals(path) && f.location().line() == line)
                .findFirst().orElseThrow(() -> new AssertionError("no finding at " + path + ":" + line + " in " + r.findings()));
    }
}
