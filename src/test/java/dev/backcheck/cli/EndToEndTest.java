package dev.backcheck.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.backcheck.Fixtures;
import dev.backcheck.report.SarifSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** The CLI on the bundled sample apps: exit codes, SARIF validity and content, determinism. */
class EndToEndTest {
    @TempDir
    Path tmp;

    @Test
    void insecureExpressExitsOneWithValidSarif() throws Exception {
        Path out = tmp.resolve("out.sarif");
        int code = Main.run("scan", Fixtures.ROOT.resolve("apps/express-insecure").toString(), "--format", "sarif",
                "--output", out.toString());
        assertEquals(1, code);
        String sarif = Files.readString(out);
        assertTrue(SarifSchema.validate(sarif).isEmpty(), () -> "schema errors: " + uncheck(sarif));
        JsonNode run = new ObjectMapper().readTree(sarif).path("runs").get(0);
        JsonNode results = run.path("results");
        assertTrue(results.size() > 0);
        for (String id : new String[]{"injection/sql-raw-query", "validation/unvalidated-input", "ratelimit/missing",
                "headers/helmet-missing", "cors/permissive-origin"}) {
            boolean found = false;
            for (JsonNode r : results) found |= r.path("ruleId").asText().equals(id);
            assertTrue(found, id + " should fire on the insecure sample");
        }
        for (JsonNode r : results) {
            assertFalse(r.path("level").isMissingNode(), "every result carries its level explicitly");
            assertEquals("%SRCROOT%", r.at("/locations/0/physicalLocation/artifactLocation/uriBaseId").asText());
            assertFalse(r.at("/locations/0/physicalLocation/artifactLocation/uri").asText().startsWith("/"));
            assertTrue(r.at("/partialFingerprints/primaryLocationLineHash").asText().matches("[0-9a-f]+:\\d+"));
        }
        for (JsonNode rule : run.at("/tool/driver/rules")) {
            assertFalse(rule.at("/defaultConfiguration/level").isMissingNode(), "rule level explicit: " + rule.path("id"));
            assertFalse(rule.at("/properties/checklist").isMissingNode());
            assertFalse(rule.at("/help/markdown").isMissingNode());
        }
        assertFalse(run.at("/properties/stack/framework").isMissingNode(), "stack in run.properties");
    }

    private static String uncheck(String sarif) {
        try {
            return SarifSchema.validate(sarif).toString();
        } catch (Exception e) {
            return e.toString();
        }
    }

    @Test
    void secureExpressExitsZeroWithNoFindings() throws Exception {
        Path out = tmp.resolve("secure.json");
        int code = Main.run("scan", Fixtures.ROOT.resolve("apps/express-secure").toString(), "--format", "json",
                "--output", out.toString(), "--fail-on", "note");
        JsonNode json = new ObjectMapper().readTree(out.toFile());
        assertEquals(0, json.path("findings").size(), () -> "secure twin findings: " + json.path("findings").toPrettyString());
        assertEquals(0, code);
    }

    @Test
    void syntaxErrorBecomesNotificationAndOtherFilesAreStillChecked() throws Exception {
        Path root = tmp.resolve("app");
        Files.createDirectories(root);
        Files.writeString(root.resolve("package.json"), "{\"dependencies\":{\"express\":\"4.19.2\",\"pg\":\"8.11.0\"}}");
        Files.writeString(root.resolve("broken.ts"), "export const x = ;\nfunction (\n");
        Files.writeString(root.resolve("app.ts"), """
                import express from 'express';
                import { Pool } from 'pg';
                const pool = new Pool();
                const app = express();
                app.get('/u/:id', async (req, res) => {
                  const r = await pool.query(`SELECT * FROM users WHERE id = ${req.params.id}`);
                  res.json(r.rows);
                });
                app.listen(3000);
                """);
        Path out = tmp.resolve("o.sarif");
        int code = Main.run("scan", root.toString(), "--format", "sarif", "--output", out.toString());
        assertEquals(1, code);
        JsonNode run = new ObjectMapper().readTree(out.toFile()).path("runs").get(0);
        JsonNode notes = run.at("/invocations/0/toolExecutionNotifications");
        assertEquals(1, notes.size());
        assertEquals("broken.ts", notes.get(0).at("/locations/0/physicalLocation/artifactLocation/uri").asText());
        assertEquals(1, notes.get(0).at("/locations/0/physicalLocation/region/startLine").asInt());
        boolean sql = false;
        for (JsonNode r : run.path("results")) sql |= r.path("ruleId").asText().equals("injection/sql-raw-query");
        assertTrue(sql, "the valid file is still analysed");
    }

    @Test
    void sameTreeGivesByteIdenticalSarif() throws Exception {
        Path a = tmp.resolve("a.sarif"), b = tmp.resolve("b.sarif");
        String app = Fixtures.ROOT.resolve("apps/express-insecure").toString();
        Main.run("scan", app, "--format", "sarif", "--output", a.toString(), "--jobs", "1");
        Main.run("scan", app, "--format", "sarif", "--output", b.toString(), "--jobs", "4");
        assertEquals(Files.readString(a), Files.readString(b));
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, Main.run("scan", tmp.resolve("missing").toString()));
        assertEquals(2, Main.run("scan", ".", "--fail-on", "sometimes"));
        assertEquals(2, Main.run("scan", ".", "--format", "xml"));
        assertEquals(2, Main.run("explain", "no/such-rule"));
        assertEquals(2, Main.run("frobnicate"));
        assertEquals(0, Main.run("--version"));
    }
}
