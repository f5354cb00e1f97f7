package dev.backcheck.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.backcheck.HostileFiles;
import dev.backcheck.TestRules;
import dev.backcheck.report.SarifAssert;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import static dev.backcheck.HostileFiles.*;
import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The hostile-input suite, through the CLI. Every case builds a tree holding one hostile file next
 * to a normal Express app with a known SQL injection, scans it, and checks that the scan completed
 * with a schema-valid SARIF log, that a notification names the hostile file and the reason, and
 * that the normal file's finding is still reported. Files are generated here; nothing large is
 * committed.
 */
class HostileInputTest {
    @TempDir
    Path tmp;
    Path root;

    @BeforeEach
    void tree() throws Exception {
        root = tmp.resolve("tree");
        normalApp(root);
    }

    /** Scans {@code root} (SARIF and JSON to files outside it), checks completion and the normal file's finding. */
    private SarifAssert scan(String... extra) throws Exception {
        Path sarif = tmp.resolve("out/scan.sarif"), json = tmp.resolve("out/scan.json");
        List<String> args = new ArrayList<>(List.of("scan", root.toString(), "--format", "sarif", "--output", sarif.toString(),
                "--format", "json", "--output", json.toString(), "--fail-on", "none"));
        args.addAll(List.of(extra));
        int code = Main.run(TestRules.withSql(), args.toArray(String[]::new));
        assertEquals(Main.OK, code, "exit code");
        SarifAssert s = SarifAssert.of(Files.readString(sarif));
        assertTrue(s.executionSuccessful(), "executionSuccessful");
        JsonNode j = new ObjectMapper().readTree(json.toFile());
        assertTrue(j.path("findings").isArray(), "JSON report written");
        s.assertResult(TestRules.SQL, VULNERABLE_PATH, VULNERABLE_LINE);
        return s;
    }

    private Path write(String rel, String text) throws Exception {
        return write(rel, text.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String rel, byte[] bytes) throws Exception {
        Path p = root.resolve(rel);
        Files.createDirectories(p.getParent());
        return Files.write(p, bytes);
    }

    // ------------------------------------------------------------------ encodings and binary content

    @Test
    void binaryFileWithATsName() throws Exception {
        write("src/logo.ts", binary(4096));
        scan().assertNotified("src/logo.ts", "binary-file", "binary content");
    }

    @Test
    void invalidUtf8IsDecodedWithReplacementAndReported() throws Exception {
        byte[] bad = "export const a = 'caf\u00e9';\n".getBytes(StandardCharsets.ISO_8859_1); // a lone 0xE9
        write("src/latin1.ts", bad);
        SarifAssert s = scan();
        s.assertNotified("src/latin1.ts", "encoding", "not valid UTF-8");
        assertEquals(2, s.run().at("/properties/filesAnalyzed").asInt(), "the file is still analysed");
    }

    @Test
    void utf16WithBomIsDecodedAndAnalysed() throws Exception {
        write("src/le.ts", utf16(VULNERABLE_APP, false));
        write("src/be.ts", utf16(VULNERABLE_APP, true));
        SarifAssert s = scan();
        s.assertNotified("src/le.ts", "encoding", "UTF-16 (little-endian BOM)");
        s.assertNotified("src/be.ts", "encoding", "UTF-16 (big-endian BOM)");
        // decoded for real: the injection inside each is found too
        s.assertResult(TestRules.SQL, "src/le.ts", VULNERABLE_LINE);
        s.assertResult(TestRules.SQL, "src/be.ts", VULNERABLE_LINE);
    }

    @Test
    void nulByteInSource() throws Exception {
        write("src/nul.ts", "export const a = 1;\nconst b = '\u0000';\n");
        scan().assertNotified("src/nul.ts", "binary-file", "NUL byte at offset");
    }

    @Test
    void spreadWithSpaceAfterTheDotsDoesNotAbortTheParser() throws Exception {
        // swc4j 2.0.0 panics (and aborts the JVM) on `[... a]` and `f(... b)`; the parser rewrites them first
        write("src/spread.tsx", "export function merge(prev: number[], next: number[]) {\n"
                + "  const all = [... prev, ... next];\n  return Math.max(... all);\n}\n"
                + "export const View = (p: any) => <div {... p}>{p.label}</div>;\n");
        write("src/rest.js", "function f(... args) {\n  return [...\n    args];\n}\nmodule.exports = { f };\n");
        SarifAssert s = scan();
        s.assertNotNotified("src/spread.tsx");
        s.assertNotNotified("src/rest.js");
        assertEquals(3, s.run().at("/properties/filesAnalyzed").asInt(), "both files are analysed");
    }

    // ------------------------------------------------------------------ size

    @Test
    void tenMegabyteMinifiedBundleIsSkippedOverTheCap() throws Exception {
        write("public/bundle.js", minifiedBundle(10 * 1024 * 1024));
        SarifAssert s = scan();
        s.assertNotified("public/bundle.js", "file-too-large", "over the 1048576-byte limit");
    }

    @Test
    void nineHundredKilobyteBundleUnderTheCapIsSkippedAsMinified() throws Exception {
        write("public/bundle.js", minifiedBundle(900 * 1024));
        // a minified JavaScript bundle is build output, not the server's source: skipped with a note, at once
        SarifAssert s = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> scan());
        s.assertNotified("public/bundle.js", "minified-file", "minified or bundled JavaScript");
    }

    @Test
    void nineHundredKilobytesOfPackedTypeScriptUnderTheCapIsParsed() throws Exception {
        // TypeScript is never skipped as minified: the same packed text still goes through the parser within the budget
        write("public/bundle.ts", minifiedBundle(900 * 1024));
        // analysed within the default 10 s budget: no notification at all about it
        SarifAssert s = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> scan());
        s.assertNotNotified("public/bundle.ts");
        assertEquals(2, s.run().at("/properties/filesAnalyzed").asInt());
    }

    // ------------------------------------------------------------------ nesting

    static List<Object[]> deep() {
        List<Object[]> c = new ArrayList<>();
        c.add(new Object[]{"parens.ts", (IntFunction<String>) n -> "export const x = " + "(".repeat(n) + "a" + ")".repeat(n) + ";\n"});
        c.add(new Object[]{"arrays.ts", (IntFunction<String>) n -> "export const x = " + "[".repeat(n) + "]".repeat(n) + ";\n"});
        c.add(new Object[]{"plus.ts", (IntFunction<String>) n -> "export const x = a" + "+a".repeat(n) + ";\n"});
        c.add(new Object[]{"arrows.ts", (IntFunction<String>) n -> "export const x = " + "a=>".repeat(n) + "a;\n"});
        c.add(new Object[]{"jsx.tsx", (IntFunction<String>) n -> "export const x = " + "<a>".repeat(n) + "</a>".repeat(n) + ";\n"});
        c.add(new Object[]{"templates.ts", (IntFunction<String>) n -> "export const x = " + "`${".repeat(n) + "a" + "}`".repeat(n) + ";\n"});
        c.add(new Object[]{"ternary.ts", (IntFunction<String>) n -> "export const x = " + "a\n? b\n: ".repeat(n) + "c;\n"});
        c.add(new Object[]{"ifs.js", (IntFunction<String>) n -> "if (a)\n".repeat(n) + "b();\n"});
        c.add(new Object[]{"members.ts", (IntFunction<String>) n -> "export const x = a" + "\n  .b()".repeat(n) + ";\n"});
        return c;
    }

    @ParameterizedTest(name = "{0} 50,000 deep")
    @MethodSource("deep")
    void fiftyThousandLevelsAreRefusedBeforeTheParser(String name, IntFunction<String> gen) throws Exception {
        write("src/deep/" + name, gen.apply(50_000));
        scan().assertNotified("src/deep/" + name, "too-deep", "nesting too deep");
    }

    @ParameterizedTest(name = "{0} just under the limit")
    @MethodSource("deep")
    void nestingJustUnderTheLimitIsParsedAndWalkedWithoutOverflow(String name, IntFunction<String> gen) throws Exception {
        // the deepest of this shape that the guard lets through goes to the native parser and the
        // Java walks: it must be analysed (the extractor summarises below its own depth bound)
        int n = deepestAccepted(gen, name);
        write("src/deep/" + name, gen.apply(n));
        SarifAssert s = scan();
        s.assertNotNotified("src/deep/" + name);
        assertEquals(2, s.run().at("/properties/filesAnalyzed").asInt());
    }

    /** The largest depth of this shape whose estimate is within the limit (binary search). */
    static int deepestAccepted(IntFunction<String> gen, String file) {
        int lo = 1, hi = 50_000;
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            int e = dev.backcheck.lang.ts.TsParser.nestingEstimate(gen.apply(mid), file);
            if (e <= dev.backcheck.lang.ts.TsParser.MAX_NESTING) lo = mid;
            else hi = mid - 1;
        }
        assertTrue(lo > 50, file + ": the guard should accept at least 50 levels, accepted " + lo);
        return lo;
    }

    @Test
    void valuesBuiltFromSharedPartsDoNotBlowUpTheRules() throws Exception {
        // 20 lines whose last value has 8^12 paths: any unbounded walk of it never ends
        StringBuilder b = new StringBuilder("import express from 'express';\nconst app = express();\n"
                + "app.post('/x', (req, res) => {\n  const a0 = [1, 1, 1, 1, 1, 1, 1, req.body];\n");
        for (int i = 1; i <= 12; i++) {
            b.append("  const a").append(i).append(" = [");
            for (int k = 0; k < 8; k++) b.append(k == 0 ? "" : ", ").append("a").append(i - 1);
            b.append("];\n");
        }
        b.append("  res.json(a12);\n  const t0 = `${req.query.q}`;\n");
        for (int i = 1; i <= 40; i++) b.append("  const t").append(i).append(" = `${t").append(i - 1).append("}${t").append(i - 1).append("}`;\n");
        b.append("  res.send(t40);\n});\n");
        write("src/shared.ts", b.toString());
        SarifAssert s = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> scan());
        s.assertNotNotified("src/shared.ts");
    }

    // ------------------------------------------------------------------ syntax

    @Test
    void syntaxErrorsOfSeveralKinds() throws Exception {
        write("src/bad/stray.ts", "export const a = 1;\nconst b = ;\n");
        write("src/bad/template.ts", "const a = `never ${closed\n");
        write("src/bad/regex.js", "const r = /[a-z/;\n");
        write("src/bad/types-in-js.js", "function f(a: string): number { return 1 }\n");
        write("src/bad/keyword.ts", "const class = 1;\n");
        write("src/bad/jsx.jsx", "const a = <div><span></div>;\n");
        SarifAssert s = scan();
        for (String f : new String[]{"stray.ts", "template.ts", "regex.js", "types-in-js.js", "keyword.ts", "jsx.jsx"}) {
            JsonNode n = s.assertNotified("src/bad/" + f, "parse-error", "syntax error");
            assertTrue(n.at("/locations/0/physicalLocation/region/startLine").asInt() >= 1, f + " has a line: " + n);
        }
    }

    @Test
    void syntaxErrorsTheParserRecoversFromAreAnalysedAsFarAsTheyGo() throws Exception {
        // swc recovers from these (an unclosed block at the end of the file, a string that runs to the
        // end of its line) and swc4j does not expose recovered errors: the file is analysed as parsed
        write("src/bad/unclosed.ts", "export function f() {\n  if (a) {\n    return 1;\n");
        write("src/bad/string.ts", "const a = 'never closed\nconst b = 2;\n");
        SarifAssert s = scan();
        assertEquals(3, s.run().at("/properties/filesAnalyzed").asInt());
    }

    @Test
    void typeAssertionIsTypeScriptInTsButJsxInTsx() throws Exception {
        String code = "declare const value: unknown;\nexport const n = <number>value;\n";
        write("src/assert.ts", code);
        write("src/assert.tsx", code);
        // a generic arrow reads the same in both (swc takes <T>( as type parameters in .tsx too)
        write("src/generic.ts", "export const id = <T>(x: T) => x;\n");
        write("src/generic.tsx", "export const id = <T>(x: T) => x;\n");
        write("src/generic-comma.tsx", "export const id = <T,>(x: T) => x;\n");
        SarifAssert s = scan();
        s.assertNotNotified("src/assert.ts");
        s.assertNotified("src/assert.tsx", "parse-error", "syntax error");
        s.assertNotNotified("src/generic.ts");
        s.assertNotNotified("src/generic.tsx");
        s.assertNotNotified("src/generic-comma.tsx");
    }

    // ------------------------------------------------------------------ the file system

    @Test
    void symlinksAreNeverFollowedOutOfTheRoot() throws Exception {
        Path outside = tmp.resolve("outside");
        Files.createDirectories(outside.resolve("src"));
        Files.writeString(outside.resolve("secret.ts"), VULNERABLE_APP);
        Files.writeString(outside.resolve("src/other.ts"), VULNERABLE_APP);
        Files.createSymbolicLink(root.resolve("src/file-link.ts"), outside.resolve("secret.ts"));
        Files.createSymbolicLink(root.resolve("src/dir-link"), outside.resolve("src"));
        Files.createSymbolicLink(root.resolve("src/loop-a.ts"), root.resolve("src/loop-b.ts"));
        Files.createSymbolicLink(root.resolve("src/loop-b.ts"), root.resolve("src/loop-a.ts"));
        Files.createDirectories(root.resolve("src/sub"));
        Files.createSymbolicLink(root.resolve("src/sub/up"), root.resolve("src"));
        Files.createSymbolicLink(root.resolve("src/dangling.ts"), root.resolve("src/nothing-here.ts"));
        SarifAssert s = scan();
        s.assertNotified("src/file-link.ts", "symlink-outside-root", "outside the scanned directory");
        s.assertNotified("src/dir-link", "symlink-outside-root", "outside the scanned directory");
        s.assertNotified("src/loop-a.ts", "broken-symlink", "cannot be resolved");
        s.assertNotified("src/loop-b.ts", "broken-symlink", "cannot be resolved");
        s.assertNotified("src/sub/up", "symlink-directory", "not followed");
        s.assertNotified("src/dangling.ts", "broken-symlink", "cannot be resolved");
        s.assertNoLocationContains("file-link");
        s.assertNoLocationContains("dir-link");
        assertEquals(1, s.results(TestRules.SQL).size(), "only the tree's own file: " + s.results(TestRules.SQL));
        assertFalse(s.text().contains(outside.toString()), "no absolute path outside the root in the log");
    }

    @Test
    void fifoNamedLikeASourceDoesNotHangTheScan() throws Exception {
        Path fifo = root.resolve("src/pipe.ts");
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(p.waitFor() == 0, "mkfifo not available");
        SarifAssert s = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> scan());
        s.assertNotified("src/pipe.ts", "not-a-regular-file", "not a regular file");
    }

    @Test
    void namesWithSpacesUnicodeAndUriSpecialCharacters() throws Exception {
        String weird = "src/my dir/\u00fcn\u00efc\u00f6d\u00e9 \u65e5\u672c #1 %41 [x] a?b;c.ts";
        write(weird, VULNERABLE_APP);
        write("src/x:y.ts", binary(64));
        SarifAssert s = scan();
        JsonNode r = s.assertResult(TestRules.SQL, weird, VULNERABLE_LINE);
        String uri = r.at("/locations/0/physicalLocation/artifactLocation/uri").asText();
        assertEquals(weird, new URI(uri).getPath(), "the URI decodes back to the path");
        assertFalse(uri.contains(" ") || uri.contains("#") || uri.contains("?") || uri.contains("["), uri);
        JsonNode n = s.assertNotified("src/x:y.ts", "binary-file", "binary");
        String nu = n.at("/locations/0/physicalLocation/artifactLocation/uri").asText();
        assertNull(new URI(nu).getScheme(), "'x:y' must not read as a URI scheme: " + nu);
        assertEquals("src/x:y.ts", new URI(nu).getPath());
    }

    // ------------------------------------------------------------------ manifests

    @Test
    void malformedPackageJson() throws Exception {
        write("packages/a/package.json", "{\"name\": \"a\", \"dependencies\": {\n");
        write("packages/b/package.json", "[1, 2, 3]\n");
        SarifAssert s = scan();
        s.assertNotified("packages/a/package.json", "bad-package-json", "malformed package.json");
        s.assertNotified("packages/b/package.json", "bad-package-json", "not a JSON object");
    }

    @Test
    void deeplyNestedPackageJson() throws Exception {
        write("packages/deep/package.json", "{\"a\":".repeat(50_000) + "1" + "}".repeat(50_000));
        scan().assertNotified("packages/deep/package.json", "bad-package-json", "malformed package.json");
    }

    @Test
    void hugePackageJson() throws Exception {
        StringBuilder big = new StringBuilder("{\"name\":\"big\",\"dependencies\":{");
        for (int i = 0; big.length() < 900_000; i++) big.append(i == 0 ? "" : ",").append("\"dep-").append(i).append("\":\"^1.0.").append(i).append('"');
        big.append("}}");
        write("packages/big/package.json", big.toString());
        write("packages/huge/package.json", "{\"description\":\"" + "x".repeat(2_000_000) + "\"}");
        SarifAssert s = scan();
        s.assertNotNotified("packages/big/package.json"); // under the cap: read, no complaint
        s.assertNotified("packages/huge/package.json", "file-too-large", "over the");
    }
}
