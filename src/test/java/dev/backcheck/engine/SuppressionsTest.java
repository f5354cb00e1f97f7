package dev.backcheck.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.backcheck.findings.Finding;
import dev.backcheck.findings.Level;
import dev.backcheck.report.SarifSchema;
import dev.backcheck.report.SourceText;
import dev.backcheck.report.TextReport;
import dev.backcheck.report.sarif.SarifReport;
import dev.backcheck.rules.testonly.TestCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static dev.backcheck.rules.testonly.TestCatalog.*;
import static org.junit.jupiter.api.Assertions.*;

/** Inline suppressions: placement, formatter robustness, file level, JSX, markdown, unused ones, output. */
class SuppressionsTest {
    @TempDir
    Path tmp;

    private List<Finding> of(ScanResult r, String rule) {
        return r.findings().stream().filter(f -> f.ruleId().equals(rule)).toList();
    }

    @Test
    void commentOnItsOwnLineSuppressesTheNextStatementAndKeepsTheReason() {
        write(tmp, "src/db.ts", """
                import { pool } from './pool';
                export async function find(id: string) {
                  // backcheck-ignore testonly/query-call -- id is a UUID checked by the router
                  const rows = await pool.query(`SELECT * FROM t WHERE id = '${id}'`);
                  const other = await pool.query(`SELECT 1`);
                  return [rows, other];
                }
                """);
        ScanResult r = TestCatalog.scan(tmp);
        List<Finding> q = of(r, QUERY);
        assertEquals(2, q.size(), q.toString());
        assertTrue(q.get(0).suppressed());
        assertEquals("inSource", q.get(0).suppression().kind());
        assertEquals("id is a UUID checked by the router", q.get(0).suppression().justification());
        assertFalse(q.get(1).suppressed(), "only the next statement is covered");
        assertTrue(of(r, UNUSED).isEmpty(), "the suppression was used");
    }

    @Test
    void suppressionSurvivesAPrettierStyleReformat() {
        // before: one line each; after: what Prettier makes of them (call split over lines, block body expanded,
        // double quotes, trailing commas); the finding moves to an inner line of the statement
        String before = """
                import { pool } from './pool';
                import express from 'express';
                const app = express();
                // backcheck-ignore testonly/query-call -- table name is allow-listed
                const total = await pool.query(`SELECT count(*) FROM ${table}`, [], { timeout: 5 });
                // backcheck-ignore testonly/query-call -- reviewed: constant ids only
                app.get('/a', async (req, res) => { const r = await pool.query(`SELECT ${ID}`); res.json(r); });
                app.get('/b', (req, res) => res.json(pool.query(`SELECT ${OTHER}`))); // backcheck-ignore testonly/query-call -- constant
                """;
        String after = """
                import { pool } from "./pool";
                import express from "express";
                const app = express();
                // backcheck-ignore testonly/query-call -- table name is allow-listed
                const total = await pool.query(
                  `SELECT count(*) FROM ${table}`,
                  [],
                  { timeout: 5 },
                );
                // backcheck-ignore testonly/query-call -- reviewed: constant ids only
                app.get("/a", async (req, res) => {
                  const r = await pool.query(`SELECT ${ID}`);
                  res.json(r);
                });
                app.get("/b", (req, res) =>
                  res.json(
                    pool.query(`SELECT ${OTHER}`),
                  ),
                ); // backcheck-ignore testonly/query-call -- constant
                """;
        for (String src : List.of(before, after)) {
            Path root = tmp.resolve(src == before ? "before" : "after");
            write(root, "src/app.ts", src);
            ScanResult r = TestCatalog.scan(root);
            List<Finding> q = of(r, QUERY);
            assertEquals(3, q.size(), q.toString());
            for (Finding f : q) assertTrue(f.suppressed(), (src == before ? "before" : "after") + ": not suppressed " + f);
            assertTrue(of(r, UNUSED).isEmpty(), of(r, UNUSED).toString());
            assertFalse(r.failsAt(Level.NOTE));
        }
        // and the finding really sits on an inner line after the reformat
        ScanResult r = TestCatalog.scan(tmp.resolve("after"));
        assertEquals(6, of(r, QUERY).get(0).location().line());
    }

    @Test
    void ownLineCommentDoesNotReachPastABlankLineOrTheNextStatement() {
        write(tmp, "src/a.ts", """
                // backcheck-ignore testonly/query-call -- too far away

                db.query(`x ${a}`);
                db.query(`y ${b}`);
                """);
        ScanResult r = TestCatalog.scan(tmp);
        for (Finding f : of(r, QUERY)) assertFalse(f.suppressed(), f.toString());
        List<Finding> unused = of(r, UNUSED);
        assertEquals(1, unused.size());
        assertEquals(1, unused.get(0).location().line());
        assertTrue(unused.get(0).message().contains("testonly/query-call"), unused.get(0).message());
    }

    @Test
    void stackedCommentsAndTheFileLevelDirective() {
        write(tmp, "src/a.ts", """
                #!/usr/bin/env node
                // backcheck-ignore-file testonly/query-call -- generated migration helpers
                import { db } from './db';
                db.query(`x ${a}`);
                db.query(`y ${b}`);
                """);
        write(tmp, "src/b.ts", """
                // backcheck-ignore testonly/marker -- unrelated, stacked above
                /* backcheck-ignore testonly/query-call -- second of two stacked comments */
                db.query(`x ${a}`);
                """);
        ScanResult r = TestCatalog.scan(tmp);
        for (Finding f : of(r, QUERY)) assertTrue(f.suppressed(), f.toString());
        List<Finding> unused = of(r, UNUSED);
        assertEquals(1, unused.size(), unused.toString()); // the marker id matched nothing in b.ts
        assertEquals("src/b.ts", unused.get(0).location().path());
        assertEquals(1, unused.get(0).location().line());
    }

    @Test
    void fileLevelDirectiveBelowCodeIsReportedAndDoesNotApply() {
        write(tmp, "src/a.ts", """
                import { db } from './db';
                // backcheck-ignore-file testonly/query-call -- too late
                db.query(`x ${a}`);
                """);
        ScanResult r = TestCatalog.scan(tmp);
        assertFalse(of(r, QUERY).get(0).suppressed());
        Finding u = of(r, UNUSED).get(0);
        assertEquals(2, u.location().line());
        assertTrue(u.message().contains("before the first line of code"), u.message());
        assertEquals(Level.NOTE, u.level());
    }

    @Test
    void jsxCommentSuppresses() {
        write(tmp, "src/List.tsx", """
                export function List({ db, id }) {
                  return (
                    <ul>
                      {/* backcheck-ignore testonly/query-call -- server component, id is numeric */}
                      {db.query(`SELECT ${id}`).map((x) => <li>{x}</li>)}
                    </ul>
                  );
                }
                """);
        ScanResult r = TestCatalog.scan(tmp);
        assertEquals(1, of(r, QUERY).size());
        assertTrue(of(r, QUERY).get(0).suppressed());
        assertTrue(of(r, UNUSED).isEmpty());
    }

    @Test
    void commentAboveDecoratorsCoversTheWholeClassMember() {
        write(tmp, "src/admin.controller.ts", """
                export class AdminController {
                  // backcheck-ignore testonly/query-call -- admin network only, reviewed
                  @UseGuards(IpAllowList)
                  @Post('sql')
                  run(@Body() body: { q: string }) {
                    return this.db.query(body.q);
                  }

                  @Get('other')
                  other() {
                    return this.db.query('SELECT 1');
                  }
                }
                """);
        ScanResult r = TestCatalog.scan(tmp);
        List<Finding> q = of(r, QUERY);
        assertEquals(2, q.size(), q.toString());
        assertTrue(q.get(0).suppressed());
        assertFalse(q.get(1).suppressed(), "the next member is not covered");
    }

    @Test
    void markdownCommentSuppressesAFindingInATextFile() {
        write(tmp, "REPORT.md", """
                # Report

                <!-- backcheck-ignore testonly/marker -- acknowledged in review -->
                - FIXME-CLAIM rate limiting
                - FIXME-CLAIM helmet <!-- backcheck-ignore testonly/marker -->
                - FIXME-CLAIM cors
                """);
        ScanResult r = TestCatalog.scan(tmp);
        List<Finding> m = of(r, MARKER);
        assertEquals(3, m.size());
        assertTrue(m.get(0).suppressed());
        assertEquals("acknowledged in review", m.get(0).suppression().justification());
        assertTrue(m.get(1).suppressed());
        assertEquals("", m.get(1).suppression().justification());
        assertFalse(m.get(2).suppressed());
    }

    @Test
    void unknownIdsAreReportedWithASuggestionAndIdsOfRulesThatDidNotRunAreNot() {
        write(tmp, "src/a.ts", """
                // backcheck-ignore testonly/query-cal -- typo
                db.query(`x ${a}`);
                // backcheck-ignore ratelimit/missing -- a product rule not in this catalogue run
                db.query(`y ${b}`);
                """);
        ScanResult r = TestCatalog.scan(ScanOptions.defaults(tmp).withJobs(1)
                .withOnlyRules(java.util.Set.of(QUERY, UNUSED)));
        List<Finding> unused = of(r, UNUSED);
        assertTrue(unused.stream().anyMatch(u -> u.message().contains("unknown rule id 'testonly/query-cal' (did you mean 'testonly/query-call'?)")),
                unused.toString());
        // ratelimit/missing is unknown to this catalogue: reported as unknown, never as "matches nothing"
        assertTrue(unused.stream().noneMatch(u -> u.message().contains("no ratelimit/missing finding")));
        // a rule that exists but did not run is not judged
        write(tmp, "src/b.ts", "// backcheck-ignore testonly/marker -- not run here\ndb.query(`z ${c}`);\n");
        ScanResult r2 = TestCatalog.scan(ScanOptions.defaults(tmp).withJobs(1).withOnlyRules(java.util.Set.of(QUERY, UNUSED)));
        assertTrue(of(r2, UNUSED).stream().noneMatch(u -> u.location().path().equals("src/b.ts")), of(r2, UNUSED).toString());
    }

    @Test
    void suppressedResultsStayInSarifAndDoNotCountForTheExitCode() throws Exception {
        write(tmp, "src/a.ts", """
                // backcheck-ignore testonly/query-call -- reviewed
                db.query(`x ${a}`);
                // backcheck-ignore testonly/query-call
                db.query(`y ${b}`);
                """);
        ScanResult r = TestCatalog.scan(tmp);
        assertEquals(2, of(r, QUERY).size());
        assertFalse(r.failsAt(Level.NOTE), "suppressed findings do not fail the run");
        String sarif = SarifReport.render(r, new SourceText(tmp));
        assertTrue(SarifSchema.validate(sarif).isEmpty(), () -> sarif);
        JsonNode results = new ObjectMapper().readTree(sarif).at("/runs/0/results");
        assertEquals(2, results.size());
        assertEquals("inSource", results.get(0).at("/suppressions/0/kind").asText());
        assertEquals("reviewed", results.get(0).at("/suppressions/0/justification").asText());
        assertEquals("", results.get(1).at("/suppressions/0/justification").asText());
        String text = new TextReport(false).render(r, new SourceText(tmp));
        assertTrue(text.contains("2 suppressed"), text);
        assertTrue(text.contains("suppressed without a reason: src/a.ts:4 testonly/query-call"), text);
        assertFalse(text.contains("suppressed without a reason: src/a.ts:2"), text);
    }

    @Test
    void proseMentioningTheDirectiveIsNotADirective() {
        write(tmp, "src/a.ts", """
                // To silence a finding, write backcheck-ignore followed by the rule id.
                db.query(`x ${a}`);
                """);
        ScanResult r = TestCatalog.scan(tmp);
        assertFalse(of(r, QUERY).get(0).suppressed());
        assertTrue(of(r, UNUSED).isEmpty());
    }
}
