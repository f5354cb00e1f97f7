package dev.backcheck.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.backcheck.Fixtures;
import dev.backcheck.report.SarifSchema;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.*;
import java.util.*;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The CI workflows end to end through the CLI, on copies of the bundled insecure Express sample:
 * config errors, rule settings from the config, the GitHub step summary, baseline and diff-base.
 */
class CiWorkflowTest {
    @TempDir
    Path tmp;

    @AfterEach
    void resetEnv() {
        ScanCommand.env = System::getenv;
    }

    /** Runs the CLI; returns the exit code and puts stderr in {@code err[0]}. */
    private static int run(String[] err, String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter sw = new StringWriter();
        cl.setErr(new PrintWriter(sw, true));
        int code = cl.execute(args);
        if (err != null) err[0] = sw.toString();
        return code;
    }

    private Path copyOfInsecureApp() throws IOException {
        Path src = Fixtures.ROOT.resolve("apps/express-insecure");
        Path dst = tmp.resolve("app");
        try (Stream<Path> s = Files.walk(src)) {
            for (Path p : s.toList()) {
                Path t = dst.resolve(src.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t);
            }
        }
        return dst;
    }

    private static JsonNode json(Path p) throws IOException {
        return new ObjectMapper().readTree(p.toFile());
    }

    @Test
    void configErrorExitsTwoWithFileLineAndSuggestion() throws Exception {
        Path app = copyOfInsecureApp();
        Files.writeString(app.resolve(".backcheck.yml"), "rules:\n  injection/sql-raw-query: error\nexlude: [dist]\n");
        String[] err = new String[1];
        assertEquals(2, run(err, "scan", app.toString()));
        assertEquals("backcheck: .backcheck.yml:3:1: unknown top-level key 'exlude' (did you mean 'exclude'?); allowed: rules, exclude, "
                + "include, tests, controls, public-routes\n", err[0]);

        Files.writeString(app.resolve(".backcheck.yml"), "rules:\n  injection/sql-raw-qery: off\n");
        assertEquals(2, run(err, "scan", app.toString()));
        assertTrue(err[0].contains(".backcheck.yml:2:3: unknown rule id 'injection/sql-raw-qery' (did you mean 'injection/sql-raw-query'?)"), err[0]);
        // routes reads the same config
        assertEquals(2, run(err, "routes", app.toString()));

        Path other = Files.writeString(tmp.resolve("ci.yml"), "rules: { injection/sql-raw-query: loud }\n");
        assertEquals(2, run(err, "scan", app.toString(), "--config", other.toString()));
        assertTrue(err[0].contains(other + ":1:35: rule 'injection/sql-raw-query': 'loud' is not a level"), err[0]);
        assertEquals(2, run(err, "scan", app.toString(), "--config", tmp.resolve("nope.yml").toString()));
        assertTrue(err[0].contains("--config file not found"), err[0]);
    }

    @Test
    void configTurnsRulesOffChangesLevelsAndExcludesFiles() throws Exception {
        Path app = copyOfInsecureApp();
        Path before = tmp.resolve("before.json");
        assertEquals(1, run(null, "scan", app.toString(), "--format", "json", "--output", before.toString()));
        Set<String> rulesBefore = new TreeSet<>();
        json(before).path("findings").forEach(f -> rulesBefore.add(f.path("ruleId").asText()));
        assertTrue(rulesBefore.containsAll(Set.of("injection/sql-raw-query", "headers/helmet-missing")), rulesBefore.toString());

        Files.writeString(app.resolve(".backcheck.yml"), """
                rules:
                  injection/sql-raw-query: off
                  headers/helmet-missing: { level: error }
                exclude:
                  - src/routes/projects.ts
                """);
        Path after = tmp.resolve("after.json");
        assertEquals(1, run(null, "scan", app.toString(), "--format", "json", "--output", after.toString()));
        for (JsonNode f : json(after).path("findings")) {
            assertNotEquals("injection/sql-raw-query", f.path("ruleId").asText());
            assertNotEquals("src/routes/projects.ts", f.at("/location/path").asText());
            if (f.path("ruleId").asText().equals("headers/helmet-missing")) assertEquals("error", f.path("level").asText());
        }
    }

    @Test
    void githubFormatPutsEveryFindingInTheStepSummary() throws Exception {
        Path app = tmp.resolve("many");
        Files.createDirectories(app.resolve("src"));
        Files.writeString(app.resolve("package.json"), "{\"dependencies\":{\"express\":\"4.21.2\",\"pg\":\"8.13.1\"}}");
        StringBuilder sb = new StringBuilder("import express from 'express';\nimport { Pool } from 'pg';\nconst pool = new Pool();\nconst app = express();\n");
        for (int i = 0; i < 12; i++) {
            sb.append("app.get('/r").append(i).append("/:id', async (req, res) => res.json(await pool.query(`SELECT * FROM t")
                    .append(i).append(" WHERE id = ${req.params.id}`)));\n");
        }
        sb.append("app.listen(3000);\n");
        Files.writeString(app.resolve("src/app.ts"), sb.toString());
        Path summary = Files.writeString(tmp.resolve("summary.md"), "previous step\n");
        ScanCommand.env = k -> k.equals("GITHUB_STEP_SUMMARY") ? summary.toString() : null;
        Path out = tmp.resolve("annotations.txt");
        assertEquals(1, run(null, "scan", app.toString(), "--format", "github", "--output", out.toString()));
        List<String> errors = Files.readAllLines(out).stream().filter(l -> l.startsWith("::error ")).toList();
        assertTrue(errors.size() > 10, "more than 10 errors: " + errors.size());
        String md = Files.readString(summary);
        assertTrue(md.startsWith("previous step\n## backcheck"), "appended, not overwritten");
        long rows = md.lines().filter(l -> l.startsWith("| error |")).count();
        assertEquals(errors.size(), rows, md);
        long all = Files.readAllLines(out).stream().filter(l -> l.startsWith("::")).count();
        assertEquals(all, md.lines().filter(l -> l.matches("\\| (error|warning|note) \\|.*")).count());
    }

    @Test
    void baselineAfterInsertingTwentyLinesAboveEveryFindingReportsNothingNew() throws Exception {
        Path app = copyOfInsecureApp();
        Path baseline = tmp.resolve("baseline.sarif");
        assertEquals(1, run(null, "scan", app.toString(), "--format", "sarif", "--output", baseline.toString()));
        int count = json(baseline).at("/runs/0/results").size();
        assertTrue(count > 0);
        try (Stream<Path> s = Files.walk(app.resolve("src"))) {
            for (Path p : s.filter(x -> x.toString().endsWith(".ts")).toList()) {
                String pad = "// a comment line\n".repeat(10)
                        + String.join("", java.util.stream.IntStream.range(0, 10).mapToObj(i -> "const pad" + i + " = " + i + ";\n").toList());
                Files.writeString(p, pad + Files.readString(p));
            }
        }
        Path out = tmp.resolve("after.sarif");
        String[] err = new String[1];
        assertEquals(0, run(err, "scan", app.toString(), "--baseline", baseline.toString(), "--format", "sarif", "--output", out.toString(),
                "--format", "text", "--output", tmp.resolve("after.txt").toString()), err[0]);
        String sarif = Files.readString(out);
        assertTrue(SarifSchema.validate(sarif).isEmpty());
        JsonNode run = new ObjectMapper().readTree(sarif).at("/runs/0");
        assertEquals(count, run.path("results").size());
        for (JsonNode r : run.path("results")) assertEquals("unchanged", r.path("baselineState").asText(), r.toString());
        assertEquals(0, run.at("/properties/baseline/new").asInt());
        assertEquals(0, run.at("/properties/baseline/absent").size());
        assertTrue(Files.readString(tmp.resolve("after.txt")).contains("0 new, " + count + " unchanged"), Files.readString(tmp.resolve("after.txt")));

        assertEquals(2, run(err, "scan", app.toString(), "--baseline", tmp.resolve("missing.sarif").toString()));
        Path notSarif = Files.writeString(tmp.resolve("x.json"), "{}");
        assertEquals(2, run(err, "scan", app.toString(), "--baseline", notSarif.toString()));
        assertTrue(err[0].contains("is not a SARIF 2.1.0 log"), err[0]);
    }

    @Test
    void diffBaseReportsOnlyTheChangedFile() throws Exception {
        Path app = copyOfInsecureApp();
        PersonIdent me = new PersonIdent("Test", "test@example.com");
        try (Git git = Git.init().setDirectory(app.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("initial").setAuthor(me).setCommitter(me).setSign(false).call();
        }
        Path users = app.resolve("src/routes/users.ts");
        Files.writeString(users, Files.readString(users) + "\n// touched in this pull request\n");
        Path out = tmp.resolve("diff.json");
        String[] err = new String[1];
        assertEquals(1, run(err, "scan", app.toString(), "--diff-base", "main", "--format", "json", "--output", out.toString()), err[0]);
        JsonNode fs = json(out).path("findings");
        assertTrue(fs.size() > 0);
        for (JsonNode f : fs) assertEquals("src/routes/users.ts", f.at("/location/path").asText(), f.toString());
        boolean noted = false;
        for (JsonNode n : json(out).path("notifications")) noted |= n.path("id").asText().equals("diff-base");
        assertTrue(noted);
        // the absence finding at the app creation site (unchanged file) is not reported, though the model saw the whole tree
        assertTrue(json(out).path("applications").get(0).path("routes").size() > 5);

        Path plain = Files.createDirectories(tmp.resolve("plain"));
        Files.writeString(plain.resolve("a.ts"), "export {};\n");
        assertEquals(2, run(err, "scan", plain.toString(), "--diff-base", "main"));
        assertTrue(err[0].contains("not inside a git repository"), err[0]);
        assertEquals(2, run(err, "scan", app.toString(), "--diff-base", "no-such-ref"));
        assertTrue(err[0].contains("unknown revision 'no-such-ref'"), err[0]);
    }

    @Test
    void everyFormatIsDeterministic() throws Exception {
        String app = Fixtures.ROOT.resolve("apps/express-insecure").toString();
        for (String f : List.of("sarif", "json", "github", "markdown", "junit", "text")) {
            Path a = tmp.resolve("a." + f), b = tmp.resolve("b." + f);
            run(null, "scan", app, "--format", f, "--output", a.toString(), "--jobs", "1");
            run(null, "scan", app, "--format", f, "--output", b.toString(), "--jobs", "3");
            assertEquals(Files.readString(a), Files.readString(b), f);
        }
        ScanCommand.env = k -> k.equals("SOURCE_DATE_EPOCH") ? "1700000000" : null;
        Path a = tmp.resolve("a.gl"), b = tmp.resolve("b.gl");
        run(null, "scan", app, "--format", "gitlab", "--output", a.toString());
        run(null, "scan", app, "--format", "gitlab", "--output", b.toString());
        assertEquals(Files.readString(a), Files.readString(b));
        assertEquals("2023-11-14T22:13:20", json(a).at("/scan/end_time").asText());
    }
}
