package dev.backcheck.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.backcheck.Fixtures;
import dev.backcheck.engine.Baseline;
import dev.backcheck.engine.Fingerprints;
import dev.backcheck.engine.ScanResult;
import dev.backcheck.findings.Finding;
import dev.backcheck.findings.Location;
import dev.backcheck.report.ci.GithubReport;
import dev.backcheck.report.ci.GitlabReport;
import dev.backcheck.report.ci.JunitReport;
import dev.backcheck.report.ci.MarkdownReport;
import dev.backcheck.report.sarif.SarifReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.*;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A finding's flow (source first, sink last) in every format, on the command-injection fixture whose
 * {@code pingHost} flow crosses two files: SARIF codeFlows and linked related locations, the text line,
 * JSON, the CI formats; byte-identical output for the same tree; fingerprints that ignore the flow.
 */
class FlowRenderingTest {
    private static final Path ROOT = Fixtures.ROOT.resolve("rules/injection/command/bad-express-exec");
    private static final Set<String> RULE = Set.of("injection/command");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private static ScanResult scan(Path root) {
        return Fixtures.scan(root, RULE);
    }

    /** The finding in net.js: request data read in app.js, passed to pingHost(), reaching exec in net.js. */
    private static Finding acrossFiles(ScanResult r) {
        return r.findings().stream().filter(f -> f.location().path().equals("src/net.js")).findFirst()
                .orElseThrow(() -> new AssertionError("no finding in src/net.js: " + r.findings()));
    }

    @Test
    void findingsOfTheFixtureCarryFlowsFromSourceToSink() {
        ScanResult r = scan(ROOT);
        assertEquals(5, r.findings().size(), r.findings().toString());
        for (Finding f : r.findings()) {
            assertTrue(f.flow().size() >= 2, "source and sink: " + f);
            Location sink = f.flow().get(f.flow().size() - 1);
            assertEquals(f.location().path(), sink.path());
            assertEquals(f.location().line(), sink.line());
        }
        Finding x = acrossFiles(r);
        assertEquals("src/app.js", x.flow().get(0).path());
        assertEquals(19, x.flow().get(0).line());
    }

    @Test
    void sarifHasOneThreadFlowPerResultWithTheStepsInOrderAndLinkedRelatedLocations() throws Exception {
        ScanResult r = scan(ROOT);
        SarifAssert sarif = SarifAssert.of(SarifReport.render(r, new SourceText(ROOT))); // validates against the 2.1.0 schema
        List<JsonNode> results = sarif.results("injection/command");
        assertEquals(5, results.size());
        for (JsonNode res : results) {
            JsonNode flows = res.path("codeFlows");
            assertEquals(1, flows.size(), res.toString());
            assertEquals(1, flows.get(0).path("threadFlows").size());
            JsonNode steps = flows.get(0).at("/threadFlows/0/locations");
            assertTrue(steps.size() >= 2, steps.toString());
            for (JsonNode s : steps) {
                assertFalse(s.at("/location/physicalLocation/artifactLocation/uri").asText().isEmpty(), s.toString());
                assertTrue(s.at("/location/physicalLocation/region/startLine").asInt() >= 1, s.toString());
                assertFalse(s.at("/location/message/text").asText().isEmpty(), "each step says what happens there: " + s);
            }
            // the last step is the sink, on the result's own line
            JsonNode last = steps.get(steps.size() - 1).at("/location/physicalLocation");
            assertEquals(res.at("/locations/0/physicalLocation/artifactLocation/uri").asText(), last.at("/artifactLocation/uri").asText());
            assertEquals(res.at("/locations/0/physicalLocation/region/startLine").asInt(), last.at("/region/startLine").asInt());
            // the source is a related location, and every [text](id) link in the message names one
            Set<Integer> ids = new HashSet<>();
            for (JsonNode rel : res.path("relatedLocations")) ids.add(rel.path("id").asInt());
            JsonNode first = steps.get(0).at("/location/physicalLocation");
            boolean sourceRelated = false;
            for (JsonNode rel : res.path("relatedLocations")) {
                sourceRelated |= rel.at("/physicalLocation/artifactLocation/uri").equals(first.at("/artifactLocation/uri"))
                        && rel.at("/physicalLocation/region/startLine").equals(first.at("/region/startLine"));
            }
            assertTrue(sourceRelated, "the source is among the related locations: " + res);
            Matcher m = Pattern.compile("\\]\\((\\d+)\\)").matcher(res.at("/message/text").asText());
            int links = 0;
            while (m.find()) {
                links++;
                assertTrue(ids.contains(Integer.parseInt(m.group(1))), "link to a missing id " + m.group(1) + " in " + res);
            }
            assertEquals(1, links, "the source is linked once: " + res.at("/message/text"));
        }
        // the flow across two files, step by step
        JsonNode res = sarif.assertResult("injection/command", "src/net.js", 7);
        JsonNode steps = res.at("/codeFlows/0/threadFlows/0/locations");
        List<String> seen = new ArrayList<>();
        for (JsonNode s : steps) {
            seen.add(s.at("/location/physicalLocation/artifactLocation/uri").asText() + ":" + s.at("/location/physicalLocation/region/startLine").asInt()
                    + " " + s.at("/location/message/text").asText());
        }
        assertEquals(List.of("src/app.js:19 `req.query.host` is read here", "src/app.js:19 passed to pingHost() as host",
                "src/net.js:7 reaches child_process.exec"), seen);
        assertTrue(res.at("/message/text").asText().startsWith("`req.query.host` read from the request at [src/app.js:19](1) reaches"),
                res.at("/message/text").asText());
        assertEquals(1, res.at("/relatedLocations/0/id").asInt());
        assertEquals("src/app.js", res.at("/relatedLocations/0/physicalLocation/artifactLocation/uri").asText());
        assertEquals(19, res.at("/relatedLocations/0/physicalLocation/region/startLine").asInt());
        assertEquals(1, res.path("relatedLocations").size(), "a step at the source's place is not listed twice");
    }

    @Test
    void textShowsTheFlowOnOneLineUnderTheFinding() {
        ScanResult r = scan(ROOT);
        String text = new TextReport(false).render(r, new SourceText(ROOT));
        List<String> lines = text.lines().toList();
        int i = lines.indexOf(lines.stream().filter(l -> l.startsWith("src/net.js:7:28  error  injection/command  "))
                .findFirst().orElseThrow(() -> new AssertionError(text)));
        // message, source line, caret, fix, then the flow
        assertTrue(lines.get(i + 3).startsWith("  fix: "), lines.get(i + 3));
        String flow = lines.get(i + 4);
        assertTrue(flow.startsWith("  flow: src/app.js:19:27 `req.query.host` is read here, passed to pingHost() as host → src/net.js:7:"), flow);
        assertTrue(flow.endsWith(" reaches child_process.exec"), flow);
        assertEquals(1, flow.split(" → ", -1).length - 1, "two places, one arrow: " + flow);
        // the source is on the flow line, not repeated as a 'see' line
        assertFalse(lines.get(i + 5).startsWith("  see "), lines.get(i + 5));
        // every command finding has its flow line, each step in the clickable path:line:col form
        long flowLines = lines.stream().filter(l -> l.startsWith("  flow: ")).count();
        assertEquals(5, flowLines, text);
        Pattern step = Pattern.compile("src/[a-z]+\\.js:\\d+:\\d+ ");
        for (String l : lines) {
            if (!l.startsWith("  flow: ")) continue;
            for (String s : l.substring("  flow: ".length()).split(" → ")) assertTrue(step.matcher(s).lookingAt(), s);
        }
    }

    @Test
    void jsonCarriesTheFlowAndValidatesAgainstTheDocumentedSchema() throws Exception {
        ScanResult r = scan(ROOT);
        String json = JsonReport.render(r);
        JsonNode root = JSON.readTree(json);
        var schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(Files.newInputStream(Path.of("docs/json-report.schema.json")));
        assertTrue(schema.validate(root).isEmpty(), () -> schema.validate(root).toString());
        assertEquals("1.3", root.path("schemaVersion").asText());
        JsonNode f = null;
        for (JsonNode x : root.path("findings")) if (x.at("/location/path").asText().equals("src/net.js")) f = x;
        assertNotNull(f, json);
        JsonNode flow = f.path("flow");
        assertEquals(3, flow.size(), flow.toString());
        assertEquals("src/app.js", flow.at("/0/path").asText());
        assertEquals(19, flow.at("/0/line").asInt());
        assertEquals(27, flow.at("/0/column").asInt());
        assertEquals("`req.query.host` is read here", flow.at("/0/message").asText());
        assertEquals("passed to pingHost() as host", flow.at("/1/message").asText());
        assertEquals("src/net.js", flow.at("/2/path").asText());
        assertEquals("reaches child_process.exec", flow.at("/2/message").asText());
        // findings without a flow have no flow field
        ScanResult plain = Fixtures.scan(ROOT, Set.of("headers/helmet-missing"));
        assertFalse(plain.findings().isEmpty());
        for (JsonNode x : JSON.readTree(JsonReport.render(plain)).path("findings")) assertFalse(x.has("flow"), x.toString());
    }

    @Test
    void ciFormatsAndReportsShowTheFlow() throws Exception {
        ScanResult r = scan(ROOT);
        String gitlab = GitlabReport.render(r, Instant.parse("2026-01-02T03:04:04Z"), Instant.parse("2026-01-02T03:04:05Z"));
        try (InputStream in = getClass().getResourceAsStream("/gitlab/sast-report-15.x-fields.json")) {
            var errors = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in).validate(JSON.readTree(gitlab));
            assertTrue(errors.isEmpty(), errors + "\n" + gitlab);
        }
        JsonNode v = null;
        for (JsonNode x : JSON.readTree(gitlab).path("vulnerabilities")) if (x.at("/location/file").asText().equals("src/net.js")) v = x;
        assertNotNull(v, gitlab);
        String d = v.path("description").asText();
        assertTrue(d.contains("\n\nFlow from source to sink:\n\n1. `src/app.js:19:27` `req.query.host` is read here, passed to pingHost() as host\n2. `src/net.js:7:"), d);

        String annotations = GithubReport.render(r);
        String net = annotations.lines().filter(l -> l.contains("file=src/net.js,")).findFirst().orElseThrow(() -> new AssertionError(annotations));
        assertTrue(net.contains("%0Aflow: src/app.js:19:27 `req.query.host` is read here, passed to pingHost() as host → src/net.js:7:"), net);
        assertTrue(GithubReport.summary(r).contains(" Flow: src/app.js:19:27 "), GithubReport.summary(r));

        String md = MarkdownReport.render(r, null);
        List<String> mdLines = md.lines().toList();
        int i = mdLines.indexOf(mdLines.stream().filter(l -> l.contains("`src/net.js:7`")).findFirst().orElseThrow(() -> new AssertionError(md)));
        assertTrue(mdLines.get(i + 1).startsWith("  - flow: src/app.js:19:27 "), mdLines.get(i + 1));

        String junit = JunitReport.render(r);
        assertTrue(junit.contains("\n  flow: src/app.js:19:27 `req.query.host` is read here"), junit);

        var data = ImplementationReport.build(r);
        assertTrue(ImplementationReport.markdown(data).contains("src/net.js:7 (from src/app.js:19)"), ImplementationReport.markdown(data));
        assertTrue(HtmlReport.render(data).contains("<code>src/net.js:7 (from src/app.js:19)</code>"));
    }

    @Test
    void twoScansOfTheSameTreeRenderByteIdentically() {
        ScanResult a = scan(ROOT), b = scan(ROOT);
        assertEquals(SarifReport.render(a, new SourceText(ROOT)), SarifReport.render(b, new SourceText(ROOT)));
        assertEquals(new TextReport(false).render(a, new SourceText(ROOT)), new TextReport(false).render(b, new SourceText(ROOT)));
        assertEquals(JsonReport.render(a), JsonReport.render(b));
        Instant t = Instant.parse("2026-01-02T03:04:05Z");
        assertEquals(GitlabReport.render(a, t, t), GitlabReport.render(b, t, t));
        assertEquals(GithubReport.render(a) + GithubReport.summary(a), GithubReport.render(b) + GithubReport.summary(b));
        assertEquals(MarkdownReport.render(a, null), MarkdownReport.render(b, null));
    }

    @Test
    void cliOutputWithFlowsIsSchemaValidAndTheSameWithOneOrFourJobs() throws Exception {
        for (String format : List.of("sarif", "json", "text")) {
            Path a = tmp.resolve("a." + format), b = tmp.resolve("b." + format);
            assertEquals(1, dev.backcheck.cli.Main.run("scan", ROOT.toString(), "--format", format, "--output", a.toString(), "--jobs", "1"));
            assertEquals(1, dev.backcheck.cli.Main.run("scan", ROOT.toString(), "--format", format, "--output", b.toString(), "--jobs", "4"));
            assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b), format);
        }
        String sarif = Files.readString(tmp.resolve("a.sarif"));
        SarifAssert s = SarifAssert.of(sarif); // every rule ran: flows next to the other rules' results, still schema-valid
        assertEquals(5, s.results("injection/command").stream().filter(x -> x.has("codeFlows")).count());
        assertTrue(s.results("validation/unvalidated-input").stream().noneMatch(x -> x.has("codeFlows")));
    }

    @Test
    void fingerprintsIgnoreTheFlow() throws Exception {
        ScanResult r = scan(ROOT);
        // the same findings without their flows get the same fingerprints
        List<Finding> bare = new ArrayList<>();
        for (Finding f : r.findings()) {
            bare.add(new Finding(f.ruleId(), f.level(), f.message(), f.location(), f.related(), f.fix(), f.properties(), f.suppression()));
        }
        SourceText src = new SourceText(ROOT);
        List<Finding> again = Fingerprints.assign(bare, src::text);
        for (int i = 0; i < bare.size(); i++) {
            assertNotNull(r.findings().get(i).fingerprint());
            assertEquals(r.findings().get(i).fingerprint(), again.get(i).fingerprint(), r.findings().get(i).toString());
        }

        // moving the source (lines inserted above it in app.js) changes the flow, not the identity of the sink in net.js
        Path copy = tmp.resolve("app");
        copyTree(ROOT, copy);
        Path app = copy.resolve("src/app.js");
        Files.writeString(app, "// a comment line\n// and another\n" + Files.readString(app));
        ScanResult moved = scan(copy);
        Finding before = acrossFiles(r), after = acrossFiles(moved);
        assertEquals(before.flow().get(0).line() + 2, after.flow().get(0).line());
        assertEquals(before.fingerprint(), after.fingerprint());

        // and a baseline of the first scan sees every finding of the second as unchanged
        Path sarif = tmp.resolve("base.sarif");
        Files.writeString(sarif, SarifReport.render(r, src));
        ScanResult compared = Baseline.read(sarif, "base.sarif").apply(moved);
        assertEquals(r.findings().size(), compared.baseline().unchanged());
        assertEquals(0, compared.baseline().newCount());
        assertTrue(compared.baseline().absent().isEmpty());
    }

    private static void copyTree(Path from, Path to) throws Exception {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else {
                    try {
                        Files.copy(p, t);
                    } catch (java.io.IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        }
    }
}
