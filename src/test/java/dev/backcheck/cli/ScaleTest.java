package dev.backcheck.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.backcheck.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Issue 14 on the command line: --stats, and (below) sharding, merging and the facts cache. */
class ScaleTest {
    @TempDir
    Path tmp;

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void statsAddPhasesToTheJsonOnlyWhenAskedFor() throws Exception {
        String app = Fixtures.ROOT.resolve("apps/express-insecure").toString();
        Path with = tmp.resolve("with.json"), without = tmp.resolve("without.json");
        Main.run("scan", app, "--format", "json", "--output", with.toString(), "--fail-on", "none", "--stats");
        Main.run("scan", app, "--format", "json", "--output", without.toString(), "--fail-on", "none");
        JsonNode s = JSON.readTree(with.toFile()).path("stats");
        JsonNode plain = JSON.readTree(without.toFile()).path("stats");
        assertTrue(plain.path("phases").isMissingNode(), "timings vary run to run: only with --stats");
        assertEquals(plain.path("files").asInt(), s.path("files").asInt());
        List<String> names = new ArrayList<>();
        for (JsonNode p : s.path("phases")) {
            names.add(p.path("name").asText());
            assertTrue(p.path("wallMillis").asLong() >= 0 && p.path("cpuMillis").asLong() >= 0);
        }
        for (String n : List.of("config, walk", "parse stage", "parse (swc4j)", "extract facts", "model", "rules injection",
                "rules report (post)", "suppress, fingerprints")) {
            assertTrue(names.contains(n), n + " in " + names);
        }
        JsonNode parse = null;
        for (JsonNode p : s.path("phases")) if (p.path("name").asText().equals("parse (swc4j)")) parse = p;
        assertEquals(s.path("files").asInt(), parse.path("files").asInt());
        assertEquals(s.path("lines").asLong(), parse.path("lines").asLong());
        assertTrue(parse.path("summedOverThreads").asBoolean());
        assertTrue(s.path("peakHeapBytes").asLong() > 0);
        assertTrue(s.path("wallMillis").asLong() >= 0);
    }

    /** A monorepo: two services, a shared database package one of them uses, a root with no sources. */
    private Path monorepo() throws Exception {
        Path root = tmp.resolve("mono");
        write(root.resolve("package.json"), "{\"name\":\"mono\",\"private\":true,\"workspaces\":[\"apps/*\",\"packages/*\"]}");
        write(root.resolve("packages/db/package.json"), "{\"name\":\"@acme/db\",\"main\":\"src/index.ts\",\"dependencies\":{\"pg\":\"8.11.0\"}}");
        write(root.resolve("packages/db/src/index.ts"), """
                import { Pool } from 'pg';
                const pool = new Pool();
                export async function findByName(name: string) {
                  return pool.query(`SELECT * FROM users WHERE name = '${name}'`);
                }
                """);
        write(root.resolve("apps/api/package.json"), "{\"name\":\"api\",\"dependencies\":{\"express\":\"4.19.2\",\"@acme/db\":\"*\"}}");
        write(root.resolve("apps/api/src/app.ts"), """
                import express from 'express';
                import { findByName } from '@acme/db';
                const app = express();
                app.use(express.json());
                app.get('/users', async (req, res) => {
                  res.json((await findByName(String(req.query.name))).rows);
                });
                app.listen(3000);
                """);
        write(root.resolve("apps/admin/package.json"), "{\"name\":\"admin\",\"dependencies\":{\"express\":\"4.19.2\",\"cors\":\"2.8.5\"}}");
        write(root.resolve("apps/admin/src/server.ts"), """
                import express from 'express';
                import cors from 'cors';
                const app = express();
                app.use(cors());
                app.use(express.json());
                app.post('/settings', (req, res) => { res.json({ ok: req.body.mode }); });
                app.listen(4000);
                """);
        // a third service: absences all three share are rolled up into one finding, across shards too
        write(root.resolve("apps/jobs/package.json"), "{\"name\":\"jobs\",\"dependencies\":{\"express\":\"4.19.2\"}}");
        write(root.resolve("apps/jobs/src/main.ts"), """
                import express from 'express';
                const app = express();
                app.use(express.json());
                app.post('/jobs', (req, res) => { res.status(202).json({ queued: true }); });
                app.listen(5000);
                """);
        return root;
    }

    private static void write(Path p, String text) throws Exception {
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    /** (rule, uri, line, column, message) of every result, in order. */
    private static List<String> results(Path sarif) throws Exception {
        List<String> out = new ArrayList<>();
        for (JsonNode run : JSON.readTree(sarif.toFile()).path("runs")) {
            for (JsonNode r : run.path("results")) {
                JsonNode pl = r.at("/locations/0/physicalLocation");
                out.add(r.path("ruleId").asText() + " " + pl.at("/artifactLocation/uri").asText() + ":" + pl.at("/region/startLine").asInt()
                        + ":" + pl.at("/region/startColumn").asInt() + " " + r.at("/message/text").asText());
                JsonNode rule = run.at("/tool/driver/rules").get(r.path("ruleIndex").asInt());
                assertEquals(r.path("ruleId").asText(), rule.path("id").asText(), "ruleIndex points at the result's rule");
            }
        }
        return out;
    }

    @Test
    void shardsMergedGiveTheFindingsOfOneScan() throws Exception {
        Path root = monorepo();
        Path whole = tmp.resolve("whole.sarif");
        Main.run("scan", root.toString(), "--format", "sarif", "--output", whole.toString(), "--fail-on", "none");
        List<String> expected = results(whole);
        assertTrue(expected.stream().anyMatch(r -> r.startsWith("injection/sql-raw-query packages/db/src/index.ts")), expected::toString);
        assertTrue(expected.stream().anyMatch(r -> r.startsWith("cors/permissive-origin apps/admin/src/server.ts")), expected::toString);
        assertTrue(expected.stream().anyMatch(r -> r.contains("The same is missing in 2 other applications")), expected::toString);
        for (int n : new int[]{2, 3}) {
            List<String> args = new ArrayList<>(List.of("merge"));
            List<List<String>> perShard = new ArrayList<>();
            for (int k = 1; k <= n; k++) {
                Path out = tmp.resolve("s" + k + "of" + n + ".sarif");
                Main.run("scan", root.toString(), "--format", "sarif", "--output", out.toString(), "--fail-on", "none", "--shard", k + "/" + n);
                JsonNode run = JSON.readTree(out.toFile()).path("runs").get(0);
                assertEquals("backcheck/" + k, run.at("/automationDetails/id").asText());
                perShard.add(results(out));
                args.add(out.toString());
            }
            // the database package's finding needs the api service: the shard that owns api reports it
            assertTrue(perShard.stream().filter(l -> l.stream().anyMatch(r -> r.startsWith("injection/sql-raw-query"))).count() >= 1);
            Path merged = tmp.resolve("merged" + n + ".sarif");
            args.addAll(List.of("-o", merged.toString()));
            assertEquals(0, Main.run(args.toArray(String[]::new)));
            JsonNode log = JSON.readTree(merged.toFile());
            assertEquals(1, log.path("runs").size(), "one run per category");
            assertEquals("backcheck/", log.at("/runs/0/automationDetails/id").asText());
            assertEquals(expected, results(merged), "shards " + n);
            assertFalse(JSON.readTree(merged.toFile()).toString().contains(dev.backcheck.rules.AbsenceRollup.CARRIED), "merge drops the carried fields");
        }
        // the plan is a function of the tree: the same shard twice gives the same log
        Path a = tmp.resolve("a.sarif"), b = tmp.resolve("b.sarif");
        Main.run("scan", root.toString(), "--format", "sarif", "--output", a.toString(), "--fail-on", "none", "--shard", "2/3", "--jobs", "1");
        Main.run("scan", root.toString(), "--format", "sarif", "--output", b.toString(), "--fail-on", "none", "--shard", "2/3", "--jobs", "4");
        assertEquals(Files.readString(a), Files.readString(b));
    }

    @Test
    void badShardsAreUsageErrors() {
        String app = Fixtures.ROOT.resolve("apps/express-insecure").toString();
        assertEquals(2, Main.run("scan", app, "--shard", "0/2"));
        assertEquals(2, Main.run("scan", app, "--shard", "3/2"));
        assertEquals(2, Main.run("scan", app, "--shard", "two"));
        assertEquals(2, Main.run("merge", tmp.resolve("missing.sarif").toString()));
    }

    @Test
    void findingsAreIdenticalAcrossJobsAndWithOrWithoutTheCache() throws Exception {
        String app = Fixtures.ROOT.resolve("apps/nestjs-insecure").toString();
        Path cache = tmp.resolve("cache");
        Path plain = tmp.resolve("plain.sarif");
        Main.run("scan", app, "--format", "sarif", "--output", plain.toString(), "--fail-on", "none", "--jobs", "1");
        String expected = Files.readString(plain);
        for (String jobs : List.of("1", "2", "4")) {
            for (int pass = 0; pass < 2; pass++) { // a cold cache, then a warm one
                Path out = tmp.resolve("c" + jobs + pass + ".sarif");
                Path json = tmp.resolve("c" + jobs + pass + ".json");
                Main.run("scan", app, "--format", "sarif", "--output", out.toString(), "--format", "json", "--output", json.toString(),
                        "--stats", "--fail-on", "none", "--jobs", jobs, "--cache", cache.toString());
                assertEquals(expected, Files.readString(out), "jobs " + jobs + " pass " + pass);
                String summary = JSON.readTree(json.toFile()).at("/stats/cache").asText();
                if (!jobs.equals("1") || pass == 1) assertTrue(summary.startsWith("hits ") && !summary.startsWith("hits 0"), summary);
            }
            Path out = tmp.resolve("j" + jobs + ".sarif");
            Main.run("scan", app, "--format", "sarif", "--output", out.toString(), "--fail-on", "none", "--jobs", jobs);
            assertEquals(expected, Files.readString(out), "jobs " + jobs + " without cache");
        }
    }
}
