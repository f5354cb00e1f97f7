package dev.backcheck.report.sarif;

import com.contrastsecurity.sarif.SarifSchema210;
import dev.backcheck.Fixtures;
import dev.backcheck.engine.Baseline;
import dev.backcheck.engine.ScanResult;
import dev.backcheck.findings.Finding;
import dev.backcheck.findings.Level;
import dev.backcheck.findings.Location;
import dev.backcheck.findings.Notification;
import dev.backcheck.report.SourceText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;

import static org.junit.jupiter.api.Assertions.*;

/**
 * {@link SarifWriter} writes the bytes the object mapper writes for the same log (so {@code SarifReport.render} may
 * use it), and answers null, never something else, for a log holding what it does not know.
 */
class SarifWriterTest {
    @TempDir
    Path tmp;

    /** The writer's text, which must exist and equal the mapper's. */
    private static String both(SarifSchema210 log) throws Exception {
        String mapper = SarifReport.mapper().writeValueAsString(log);
        String writer = SarifWriter.write(log);
        assertNotNull(writer, "the writer declined a log SarifReport.build made");
        assertEquals(mapper, writer);
        return writer;
    }

    private static void same(ScanResult r, Path root) throws Exception {
        SarifSchema210 log = SarifReport.build(r, new SourceText(root));
        both(log);
        log.getRuns().get(0).setAutomationDetails(new com.contrastsecurity.sarif.RunAutomationDetails().withId("backcheck/2"));
        both(log);
        // what render returns is the same either way
        assertEquals(SarifReport.mapper().writeValueAsString(SarifReport.build(r, new SourceText(root))) + "\n",
                SarifReport.render(r, new SourceText(root)));
    }

    @Test
    void fixtureAppsAndRuleFixturesAreWrittenAsTheMapperWritesThem() throws Exception {
        List<Path> roots = new ArrayList<>();
        for (String app : List.of("express-insecure", "fastify-insecure", "nestjs-insecure", "hono-insecure", "spring-insecure",
                "graphql-apollo-insecure", "trpc-insecure", "claims-false", "claims-pt", "express-secure")) {
            roots.add(Fixtures.ROOT.resolve("apps").resolve(app));
        }
        // flows across files (codeFlows, related locations linked from the message)
        roots.add(Fixtures.ROOT.resolve("rules/injection/command/bad-express-exec"));
        int results = 0;
        for (Path root : roots) {
            ScanResult r = Fixtures.scan(root, null);
            same(r, root);
            results += r.findings().size();
        }
        assertTrue(results > 50, "the fixtures give findings: " + results);
    }

    @Test
    void anEmptyTreeAndAFailedScanAreWrittenAsTheMapperWritesThem() throws Exception {
        Path root = tmp.resolve("empty");
        Files.createDirectories(root);
        ScanResult r = Fixtures.scan(root, null);
        same(r, root);
        ScanResult failed = new ScanResult(r.project(), r.findings(), List.of(
                new Notification(Level.ERROR, "internal/error", null, 0, 0, "boom \"quoted\" \\ back\tslash"),
                new Notification(Level.WARNING, "model/not-modelled", "src/a b/é.ts", 3, 0, "line only"),
                new Notification(Level.NOTE, "model/x", "src/c.ts", 4, 7, "line and column"),
                new Notification(Level.NOTE, "model/y", "weird:name.ts", 0, 0, "path only")),
                r.rules(), 0, 0, 0, List.of("internal error"));
        same(failed, root);
    }

    /** Every shape of result {@code build} writes: suppressions, baselines, properties, flows, odd text. */
    @Test
    void everyResultShapeIsWrittenAsTheMapperWritesIt() throws Exception {
        Path root = Fixtures.ROOT.resolve("rules/injection/command/bad-express-exec");
        ScanResult r = Fixtures.scan(root, null);
        assertFalse(r.findings().isEmpty());
        Random rnd = new Random(7);
        List<Finding> fs = new ArrayList<>();
        int i = 0;
        for (Finding f : r.findings()) {
            fs.add(f);
            fs.add(f.withSuppression(new Finding.Suppression("inline", null)));
            fs.add(f.withSuppression(new Finding.Suppression("inline", "reviewed: " + text(rnd))).withFingerprint(null));
            fs.add(f.withBaselineState(i++ % 2 == 0 ? "new" : "unchanged").withLevel(Level.NOTE));
        }
        for (int k = 0; k < 200; k++) {
            String[] odd = {"src/a b.ts", "src/%41.ts", "c:d/e.ts", "src/\u00e9\uD83D\uDE00.ts", "src/[x](1).ts", "src/\"q\".ts"};
            String path = k % 7 == 0 ? odd[rnd.nextInt(odd.length)] : "src/f" + k + ".ts";
            List<Location> related = new ArrayList<>();
            for (int j = rnd.nextInt(4); j > 0; j--) {
                related.add(new Location("src/r" + j + ".ts", 1 + rnd.nextInt(50), 1 + rnd.nextInt(9), 0, 0, rnd.nextBoolean() ? null : text(rnd)));
            }
            List<Location> flow = new ArrayList<>();
            for (int j = rnd.nextInt(4); j > 0; j--) {
                int line = 1 + rnd.nextInt(50);
                flow.add(new Location("src/s" + j + ".ts", line, 2, line + rnd.nextInt(2), rnd.nextInt(5), rnd.nextBoolean() ? null : text(rnd)));
            }
            Map<String, String> props = new HashMap<>();
            for (int j = rnd.nextInt(3); j > 0; j--) props.put("k" + rnd.nextInt(20) + text(rnd), text(rnd));
            Level level = Level.values()[rnd.nextInt(Level.values().length)];
            String rule = r.rules().get(rnd.nextInt(r.rules().size())).id();
            Finding f = new Finding(k % 11 == 0 ? "unknown/rule" : rule, level, text(rnd) + " at src/r1.ts:3 [x](y)",
                    new Location(path, 1 + rnd.nextInt(90), 1 + rnd.nextInt(40), 1 + rnd.nextInt(90), rnd.nextInt(40), null),
                    related, rnd.nextBoolean() ? null : text(rnd), props, null, rnd.nextBoolean() ? null : "fp" + k,
                    null, flow);
            fs.add(f);
        }
        ScanResult many = r.withFindings(fs, r.notifications());
        same(many, root);
        // a baseline: absent results, an empty list of them, findings without a fingerprint
        List<Baseline.Absent> absent = List.of(new Baseline.Absent("injection/command", "src/gone.js", 4, "gone \u2028 é", "abc"),
                new Baseline.Absent("x/y", "a b.js", 1, text(rnd), "def"));
        same(many.withBaseline(fs, new Baseline.Summary("base.sarif", 3, 4, absent, 2)), root);
        same(many.withBaseline(fs, new Baseline.Summary("base.sarif", 0, 0, List.of(), 0)), root);
    }

    /** Text with what JSON must escape or may write as it is. */
    private static String text(Random rnd) {
        String[] parts = {"a", "Z", " ", "\"", "\\", "/", "\n", "\r", "\t", "\u0000", "\u001f", "\u007f", "é", "\u2028",
                "\uD83D\uDE00", "</script>", "[", "]", "(", ")", "`", "'", "%", ":", "${x}", "\uFFFD", "\uD800"};
        StringBuilder sb = new StringBuilder();
        for (int n = 1 + rnd.nextInt(12); n > 0; n--) sb.append(parts[rnd.nextInt(parts.length)]);
        return sb.toString();
    }

    /** A property the writer does not know makes it decline (render then uses the mapper), never drop it. */
    @Test
    void anUnknownPropertyMakesTheWriterDecline() throws Exception {
        Path root = Fixtures.ROOT.resolve("rules/injection/command/bad-express-exec");
        ScanResult r = Fixtures.scan(root, null);
        List<java.util.function.Consumer<SarifSchema210>> changes = List.of(
                log -> log.getRuns().get(0).getResults().get(0).setRank(5.0),
                log -> log.getRuns().get(0).getResults().get(0).getLocations().get(0).getPhysicalLocation().getRegion().setCharOffset(3),
                log -> log.getRuns().get(0).getResults().get(0).getMessage().setMarkdown("**x**"),
                log -> log.getRuns().get(0).getTool().getDriver().setOrganization("acme"),
                log -> log.getRuns().get(0).getProperties().setAdditionalProperty("when", new java.util.Date(0)),
                log -> log.getRuns().get(0).getProperties().setAdditionalProperty("nothing", null),
                log -> log.getRuns().get(0).getProperties().setAdditionalProperty("set", new HashSet<>(List.of("a", "b"))),
                log -> log.getRuns().get(0).setBaselineGuid("00000000-0000-0000-0000-000000000000"),
                log -> log.getRuns().get(0).getInvocations().get(0).setExitCode(2));
        for (var change : changes) {
            SarifSchema210 log = SarifReport.build(r, new SourceText(root));
            assertNotNull(SarifWriter.write(log));
            change.accept(log);
            assertNull(SarifWriter.write(log), "declines");
        }
    }
}
