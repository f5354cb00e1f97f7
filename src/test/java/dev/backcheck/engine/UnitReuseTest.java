package dev.backcheck.engine;

import dev.backcheck.Fixtures;
import dev.backcheck.report.SourceText;
import dev.backcheck.report.sarif.SarifReport;
import dev.backcheck.rules.RuleCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Per-unit reuse under --cache (UnitReuse): on a monorepo of four packages (three services from the sample apps, two
 * of them using a shared package), a cached scan after a change gives the SARIF of a cold whole-tree scan byte for
 * byte, whether the change is inside one service or inside the shared package; only the changed units run; damaged
 * and foreign entries are never used; a cross-unit import outside package.json keeps the whole-tree path.
 */
class UnitReuseTest {
    @TempDir
    Path tmp;

    private static final RuleCatalog CATALOG = RuleCatalog.builtin();

    private Path monorepo() throws IOException {
        Path root = tmp.resolve("repo");
        copy(Fixtures.ROOT.resolve("apps/express-insecure"), root.resolve("packages/api"));
        copy(Fixtures.ROOT.resolve("apps/fastify-insecure"), root.resolve("packages/shop"));
        copy(Fixtures.ROOT.resolve("apps/hono-insecure"), root.resolve("packages/edge"));
        rename(root.resolve("packages/api/package.json"), "unit-api", "@unit/shared");
        rename(root.resolve("packages/shop/package.json"), "unit-shop", "@unit/shared");
        rename(root.resolve("packages/edge/package.json"), "unit-edge", null);
        write(root, "package.json", "{ \"name\": \"unit-mono\", \"private\": true, \"workspaces\": [\"packages/*\"] }\n");
        write(root, "packages/shared/package.json", "{ \"name\": \"@unit/shared\", \"version\": \"1.0.0\", \"main\": \"src/index.ts\","
                + " \"dependencies\": { \"jsonwebtoken\": \"^9.0.0\" } }\n");
        write(root, "packages/shared/src/index.ts", """
                import jwt from 'jsonwebtoken';
                import { exec } from 'child_process';

                export function issue(userId: string) {
                  return jwt.sign({ sub: userId }, 'shared-signing-key-1234');
                }

                export function runReport(name: string) {
                  exec('report ' + name);
                }
                """);
        // two services use the shared package through its name (a package.json dependency)
        append(root.resolve("packages/api/src/routes/auth.ts"), "\nimport { issue } from '@unit/shared';\nexport const token = issue('api');\n");
        append(root.resolve("packages/shop/src/routes/orders.ts"), "\nimport { runReport } from '@unit/shared';\nexport const report = () => runReport('shop');\n");
        return root;
    }

    private ScanResult scan(Path root, Path cache) throws IOException {
        ScanOptions o = ScanOptions.defaults(root).withJobs(2);
        if (cache != null) o = o.withCache(cache);
        return new Scanner(CATALOG).scan(o);
    }

    private static String sarif(ScanResult r, Path root) {
        return SarifReport.render(r, new SourceText(root));
    }

    private static String units(ScanResult r) {
        String c = r.stats().cache();
        return c == null ? "" : c.substring(c.indexOf("units: ") + 7);
    }

    /** A cached scan, with the cold whole-tree SARIF it must equal; returns the per-unit summary. */
    private String cachedEqualsCold(Path root, Path cache) throws IOException {
        ScanResult cold = scan(root, null);
        ScanResult warm = scan(root, cache);
        assertTrue(warm.internalErrors().isEmpty(), warm.internalErrors().toString());
        assertFalse(cold.findings().isEmpty());
        assertEquals(sarif(cold, root), sarif(warm, root), units(warm));
        return units(warm);
    }

    @Test
    void theEarlyTestForOneUnitAgreesWithTheDecisionAfterTheModel() throws IOException {
        // a single app: prepare decides "whole tree (fewer than two units)", and wholeTreeOnly says so before the model
        // (the scan then computes the early concepts with the cache on, as it does without)
        Path app = tmp.resolve("one");
        copy(Fixtures.ROOT.resolve("apps/express-insecure"), app);
        ScanResult one = scan(app, tmp.resolve("cache-one"));
        assertTrue(units(one).startsWith("whole tree (fewer than two units"), units(one));
        assertTrue(UnitReuse.wholeTreeOnly(one.project().manifests(), one.project().files()));
        assertEquals(sarif(scan(app, null), app), sarif(one, app));
        // a monorepo of four packages: per-unit planning may run, so the early path stays off
        Path root = monorepo();
        ScanResult mono = scan(root, tmp.resolve("cache-mono"));
        assertFalse(units(mono).startsWith("whole tree (fewer than two units"), units(mono));
        assertFalse(UnitReuse.wholeTreeOnly(mono.project().manifests(), mono.project().files()));
    }

    @Test
    void changedUnitsOnlyAndTheSameSarifAsAColdWholeScan() throws IOException {
        Path root = monorepo();
        Path cache = tmp.resolve("cache");
        // filling: the whole tree runs and is checked against the units' union (a rule that does not add up over
        // units is learned by a check and runs on the whole tree from then on)
        String s = cachedEqualsCold(root, cache);
        for (int i = 0; i < 3 && !s.startsWith("per unit"); i++) s = cachedEqualsCold(root, cache);
        assertTrue(s.startsWith("per unit: 5 of 5 units reused, 0 analysed"), s);

        // a change inside one service: that unit alone runs; a new finding appears in it
        append(root.resolve("packages/edge/src/routes/posts.ts"),
                "\nimport { exec as run2 } from 'child_process';\nexport function purge(dir: string) { run2('rm -rf ' + dir); }\n");
        s = cachedEqualsCold(root, cache);
        assertTrue(s.startsWith("per unit: 4 of 5 units reused, 1 analysed (packages/edge/)"), s);

        // a change inside the shared package: it and both services that depend on it run again
        append(root.resolve("packages/shared/src/index.ts"), "\nexport function issueAgain(id: string) { return jwt.sign({ id }, 'another-shared-key-99'); }\n");
        s = cachedEqualsCold(root, cache);
        assertTrue(s.startsWith("per unit: 2 of 5 units reused, 3 analysed (packages/api/, packages/shared/, packages/shop/)"), s);
        // the next scan without change reuses every unit
        s = cachedEqualsCold(root, cache);
        assertTrue(s.startsWith("per unit: 5 of 5 units reused"), s);
    }

    @Test
    void damagedAndForeignEntriesAreNeverUsed() throws IOException {
        Path root = monorepo();
        Path cache = tmp.resolve("cache");
        String s = "";
        for (int i = 0; i < 4 && !s.startsWith("per unit"); i++) s = cachedEqualsCold(root, cache);
        assertTrue(s.startsWith("per unit: 5 of 5"), s);
        List<Path> entries = entries(cache);
        assertEquals(5, entries.size());
        // a flipped byte in one entry, and another entry replaced by a copy of a third one (another unit's findings)
        byte[] bad = Files.readAllBytes(entries.get(0));
        bad[bad.length - 5] ^= 0x21;
        Files.write(entries.get(0), bad);
        Files.copy(entries.get(2), entries.get(1), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        s = cachedEqualsCold(root, cache);
        assertTrue(s.startsWith("per unit: 3 of 5 units reused, 2 analysed"), s);
        // both were deleted and stored again
        assertEquals(5, entries(cache).size());
        s = cachedEqualsCold(root, cache);
        assertTrue(s.startsWith("per unit: 5 of 5"), s);
    }

    @Test
    void entryCodecRoundTripsAndRefusesAnotherUnitOrKey() throws IOException {
        Path root = monorepo();
        ScanResult r = scan(root, null);
        UnitReuse.Entry e = new UnitReuse.Entry(r.findings(), r.notifications());
        byte[] bytes = UnitReuse.encode("packages/api/", "k1", e);
        assertEquals(e, UnitReuse.decode(bytes, "packages/api/", "k1"));
        assertNull(UnitReuse.decode(bytes, "packages/shop/", "k1"));
        assertNull(UnitReuse.decode(bytes, "packages/api/", "k2"));
        assertNull(UnitReuse.decode(java.util.Arrays.copyOf(bytes, bytes.length - 1), "packages/api/", "k1"));
    }

    @Test
    void entriesAreEvictedLeastRecentlyUsedFirstBeyondATenthOfTheBound() throws IOException {
        Path dir = tmp.resolve("units");
        UnitReuse.Entry e = new UnitReuse.Entry(List.of(), List.of());
        for (int i = 0; i < 20; i++) {
            String key = String.format("%02d", i) + "f".repeat(62);
            UnitReuse.put(dir, "u/", key, e);
            Files.setLastModifiedTime(dir.resolve(key.substring(0, 2)).resolve(key.substring(2) + ".unit"),
                    java.nio.file.attribute.FileTime.fromMillis(1_000_000L * (i + 1)));
        }
        long one = Files.size(findFirst(dir));
        // a bound whose tenth holds ten entries: the ten oldest are removed, down to nine tenths of it
        UnitReuse.evict(dir, one * 100);
        List<Path> left;
        try (Stream<Path> s = Files.walk(dir)) {
            left = s.filter(p -> p.toString().endsWith(".unit")).sorted().toList();
        }
        assertEquals(9, left.size());
        assertTrue(left.get(0).getParent().getFileName().toString().equals("11"), left.toString());
        String key = "19" + "f".repeat(62);
        assertNotNull(UnitReuse.get(dir, "u/", key));
    }

    private static Path findFirst(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".unit")).findFirst().orElseThrow();
        }
    }

    @Test
    void anImportIntoAnotherUnitWithoutADependencyKeepsTheWholeTreePath() throws IOException {
        Path root = monorepo();
        // the edge service reaches into the api's files by a relative path, with no package.json dependency
        append(root.resolve("packages/edge/src/app.ts"), "\nimport { token } from '../../api/src/routes/auth';\nexport const t2 = token;\n");
        Path cache = tmp.resolve("cache");
        String s = cachedEqualsCold(root, cache);
        assertTrue(s.startsWith("whole tree (packages/edge/src/app.ts imports packages/api/src/routes/auth.ts"), s);
        s = cachedEqualsCold(root, cache);
        assertTrue(s.startsWith("whole tree (packages/edge/src/app.ts imports"), s);
        assertTrue(entries(cache).isEmpty());
    }

    @Test
    void aWorkspacePackageTheRootDependsOnIsHoistedForEveryUnit() throws IOException {
        Path root = monorepo();
        // edge imports the shared package by name without declaring it; the root package.json does (hoisted)
        write(root, "package.json", "{ \"name\": \"unit-mono\", \"private\": true, \"workspaces\": [\"packages/*\"],"
                + " \"dependencies\": { \"@unit/shared\": \"workspace:*\" } }\n");
        append(root.resolve("packages/edge/src/app.ts"), "\nimport { issue } from '@unit/shared';\nexport const t3 = issue('edge');\n");
        Path cache = tmp.resolve("cache");
        String s = "";
        for (int i = 0; i < 4 && !s.startsWith("per unit"); i++) s = cachedEqualsCold(root, cache);
        assertTrue(s.startsWith("per unit: 5 of 5"), s);
        append(root.resolve("packages/shared/src/index.ts"), "\nexport const later = () => jwt.sign({}, 'yet-another-key-4242');\n");
        s = cachedEqualsCold(root, cache);
        // every unit uses the shared package now: all of them run again, checked against the whole tree
        assertTrue(s.startsWith("whole tree, checked against the units' union (equal): 5 unit entries stored, 0 reused"), s);
        s = cachedEqualsCold(root, cache);
        assertTrue(s.startsWith("per unit: 5 of 5"), s);
    }

    private static List<Path> entries(Path cache) throws IOException {
        Path d = cache.resolve("units-v1");
        if (!Files.isDirectory(d)) return List.of();
        try (Stream<Path> s = Files.walk(d)) {
            return s.filter(p -> p.toString().endsWith(".unit")).sorted().toList();
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.sorted().toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t);
            }
        }
    }

    /** Gives a copied package.json another name and, when {@code dep} is set, a dependency on that workspace package. */
    private static void rename(Path manifest, String name, String dep) throws IOException {
        String s = Files.readString(manifest, StandardCharsets.UTF_8).replaceFirst("\"name\"\\s*:\\s*\"[^\"]*\"", "\"name\": \"" + name + "\"");
        if (dep != null) s = s.replaceFirst("\"dependencies\"\\s*:\\s*\\{", "\"dependencies\": { \"" + dep + "\": \"*\",");
        Files.writeString(manifest, s, StandardCharsets.UTF_8);
    }

    private static void write(Path root, String rel, String text) throws IOException {
        Path p = root.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    private static void append(Path p, String text) throws IOException {
        Files.writeString(p, Files.readString(p, StandardCharsets.UTF_8) + text, StandardCharsets.UTF_8);
    }
}
