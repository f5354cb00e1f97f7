package dev.backcheck.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.backcheck.Fixtures;
import dev.backcheck.config.ConfigLoader;
import dev.backcheck.report.JsonReport;
import dev.backcheck.rules.RuleCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

/** action.yml, the workflow example, the pre-commit hooks and the docs say what the CLI really accepts and writes. */
class DistributionFilesTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @TempDir
    Path tmp;

    private static void cliAccepts(String... args) {
        CommandLine cl = Main.commandLine();
        assertDoesNotThrow(() -> cl.parseArgs(args), String.join(" ", args));
    }

    @Test
    void actionIsACompositeActionWhoseInputsAreUsedSafely() throws Exception {
        String text = Files.readString(Path.of("action.yml"));
        JsonNode a = YAML.readTree(text);
        assertEquals("composite", a.at("/runs/using").asText());
        Set<String> inputs = new TreeSet<>();
        a.path("inputs").fieldNames().forEachRemaining(inputs::add);
        assertTrue(inputs.containsAll(Set.of("path", "config", "fail-on", "baseline", "diff-base", "upload", "category")), inputs.toString());
        Matcher m = Pattern.compile("\\$\\{\\{\\s*inputs\\.([a-z-]+)").matcher(text);
        while (m.find()) assertTrue(inputs.contains(m.group(1)), "unknown input " + m.group(1));
        List<String> uses = new ArrayList<>();
        for (JsonNode step : a.at("/runs/steps")) {
            if (step.has("uses")) uses.add(step.path("uses").asText());
            // inputs reach scripts through env only, never interpolated into the script text
            assertFalse(step.path("run").asText().contains("${{"), "expression inside run: " + step.path("name").asText());
            if (step.has("run")) assertEquals("bash", step.path("shell").asText());
        }
        assertTrue(uses.stream().anyMatch(u -> u.startsWith("actions/setup-java@")), uses.toString());
        assertTrue(uses.stream().anyMatch(u -> u.startsWith("github/codeql-action/upload-sarif@")), uses.toString());
        // the options the Scan step passes exist
        String scan = null;
        for (JsonNode step : a.at("/runs/steps")) if ("scan".equals(step.path("id").asText())) scan = step.path("run").asText();
        assertNotNull(scan);
        for (String opt : List.of("--fail-on", "--format sarif", "--format github", "--config", "--baseline", "--diff-base")) {
            assertTrue(scan.contains(opt), opt);
        }
        cliAccepts("scan", ".", "--fail-on", "error", "--format", "sarif", "--output", "x.sarif", "--format", "github",
                "--config", "c.yml", "--baseline", "b.sarif", "--diff-base", "origin/main");
    }

    @Test
    void workflowExampleAndPreCommitHooksParse() throws Exception {
        JsonNode w = YAML.readTree(Path.of("docs/github-workflow.yml").toFile());
        assertEquals("write", w.at("/permissions/security-events").asText());
        boolean action = false;
        for (JsonNode step : w.at("/jobs/backcheck/steps")) action |= step.path("uses").asText().startsWith("backcheck/backcheck@");
        assertTrue(action);

        JsonNode hooks = YAML.readTree(Path.of(".pre-commit-hooks.yaml").toFile());
        assertTrue(hooks.isArray() && hooks.size() >= 1);
        for (JsonNode h : hooks) {
            for (String k : List.of("id", "name", "entry", "language")) assertTrue(h.has(k), k);
            String[] entry = h.path("entry").asText().split("\\s+");
            assertEquals("bin/backcheck", entry[0]);
            assertTrue(Files.isExecutable(Path.of(entry[0])));
            cliAccepts(Arrays.copyOfRange(entry, 1, entry.length));
            assertFalse(h.path("pass_filenames").asBoolean(true), "whole-tree analysis");
        }
    }

    @Test
    void docsSnippetsAreValid() throws Exception {
        String ci = Files.readString(Path.of("docs/ci.md"));
        List<String> yamlBlocks = new ArrayList<>();
        Matcher m = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL).matcher(ci);
        while (m.find()) yamlBlocks.add(m.group(1));
        // the .backcheck.yml example is accepted by the parser with the shipped rules
        String config = yamlBlocks.stream().filter(b -> b.startsWith("rules:")).findFirst().orElseThrow();
        assertDoesNotThrow(() -> ConfigLoader.parse(config, "docs/ci.md", RuleCatalog.builtin()));
        // the GitLab job wires the SAST report it writes
        String gitlab = yamlBlocks.stream().filter(b -> b.contains("reports:")).findFirst().orElseThrow();
        JsonNode job = YAML.readTree(gitlab).path("backcheck");
        assertEquals("gl-sast-report.json", job.at("/artifacts/reports/sast").asText());
        String script = job.path("script").get(1).asText();
        assertTrue(script.contains("--format gitlab --output gl-sast-report.json"), script);
        String[] args = script.substring(script.indexOf("scan")).split("\\s+");
        cliAccepts(args);
        // every YAML block parses
        for (String b : yamlBlocks) assertDoesNotThrow(() -> YAML.readTree(b), b);
    }

    @Test
    void jsonFormatDocMatchesTheOutput() throws Exception {
        String doc = Files.readString(Path.of("docs/json-format.md"));
        assertTrue(doc.contains("currently **" + JsonReport.SCHEMA_VERSION + "**"), "docs/json-format.md names the current schemaVersion");
        var schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(Files.newInputStream(Path.of("docs/json-report.schema.json")));
        Path out = tmp.resolve("r.json");
        Main.run("scan", Fixtures.ROOT.resolve("apps/express-insecure").toString(), "--format", "json", "--output", out.toString());
        Set<ValidationMessage> errors = schema.validate(new ObjectMapper().readTree(out.toFile()));
        assertTrue(errors.isEmpty(), errors.toString());
        // with a baseline, and with a suppressed finding
        Path app = tmp.resolve("app");
        Files.createDirectories(app);
        Files.writeString(app.resolve("package.json"), "{\"dependencies\":{\"express\":\"4.21.2\",\"pg\":\"8.13.1\"}}");
        Files.writeString(app.resolve("app.ts"), """
                import express from 'express';
                import { Pool } from 'pg';
                const pool = new Pool();
                const app = express();
                app.get('/u/:id', async (req, res) => {
                  // backcheck-ignore injection/sql-raw-query -- test
                  res.json(await pool.query(`SELECT * FROM u WHERE id = ${req.params.id}`));
                });
                app.listen(3000);
                """);
        Path base = tmp.resolve("b.sarif");
        Main.run("scan", app.toString(), "--format", "sarif", "--output", base.toString());
        Main.run("scan", app.toString(), "--baseline", base.toString(), "--format", "json", "--output", out.toString());
        JsonNode doc2 = new ObjectMapper().readTree(out.toFile());
        errors = schema.validate(doc2);
        assertTrue(errors.isEmpty(), errors.toString());
        assertTrue(doc2.has("baseline"));
        assertTrue(doc2.path("findings").toString().contains("\"suppression\""), doc2.toPrettyString());
    }
}
