package dev.backcheck.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The rule catalogue compiled at build time ({@link CompiledCatalog}) gives every rule with every field equal to what
 * the YAML gives (values, Java types of the free-form values, map order), and {@link RuleCatalog} falls back to the
 * YAML whenever the compiled form does not match the YAML beside it (edited, added, removed, damaged, missing).
 */
class CompiledCatalogTest {
    private static final Path RULES = Path.of("rules");

    private static SortedMap<String, RuleMeta> yaml(Path dir) throws IOException {
        SortedMap<String, RuleMeta> out = new TreeMap<>();
        RuleCatalog.readAll(dir, out);
        return out;
    }

    private static void assertSameCatalogue(SortedMap<String, RuleMeta> expected, SortedMap<String, RuleMeta> actual) {
        assertEquals(new ArrayList<>(expected.keySet()), new ArrayList<>(actual.keySet()), "rule ids");
        for (String id : expected.keySet()) RuleYamlTest.assertSameMeta(expected.get(id), actual.get(id), id);
    }

    @Test
    void everyRuleOfTheRulesFolderComesBackWithEveryField() throws Exception {
        SortedMap<String, RuleMeta> fromYaml = yaml(RULES);
        assertTrue(fromYaml.size() >= 80, "rules read: " + fromYaml.size());
        CompiledCatalog.Compiled c = CompiledCatalog.decode(CompiledCatalog.compile(RULES));
        assertSameCatalogue(fromYaml, c.rules());
        assertEquals(CompiledCatalog.yamlFiles(RULES).size(), c.sources().size());
    }

    @Test
    void theBuiltinCatalogueIsTheBuildsCompiledFormAndEqualsTheYaml() throws Exception {
        RuleCatalog builtin = RuleCatalog.builtin();
        assertEquals("compiled", RuleCatalog.builtinSource,
                "the class path's rule-catalog.bin (written in process-classes) was not used: missing or stale");
        assertSameCatalogue(yaml(RULES), builtin.all());
        // and the resource itself equals a fresh compilation of the YAML on the class path
        byte[] shipped = CompiledCatalog.readAll(RuleCatalog.class.getResourceAsStream(CompiledCatalog.RESOURCE));
        assertNotNull(shipped);
        Path classpathRules = Path.of(RuleCatalog.class.getResource("/rules").toURI());
        assertArrayEquals(CompiledCatalog.compile(classpathRules), shipped);
    }

    @Test
    void valuesOfEveryTypeComeBackAsTheSameJavaTypes() throws Exception {
        String base = "id: a/b\ntitle: T\nlevel: warning\nchecklist: c\nprecision: high\ndescription: d\nhelp: h\n";
        String[] extras = {
            "security-severity: 5.30\ncwe: [89, \"79\", 022]\n",
            "security-severity: ~\nowasp: ~\ntags: []\nframeworks: [express, 12, true, 1.5]\n",
            "options:\n  a: {default: 5}\n  b: {default: 5000000000}\n  c: {default: 123456789012345678901234567890}\n",
            "options:\n  d: {default: 1.5e3}\n  d3: {default: -0.0}\n  e: {default: true}\n  f: {default: off}\n  h: {default: ~}\n",
            "options:\n  j: {default: '5'}\n  k: {default: [1, x, 2.5, null, [a], {y: 2}]}\n  l: {default: {x: 1}}\n",
            "options:\n  m: {description: only}\n  s: ~\n  u: {default: \"\", description: \"\"}\n",
            "fix:\n  default: >-\n    one\n    two\n  nest:\n    x: |\n      lit \u00e9 \ud83d\ude00\n  n: 3\n  f: false\n  e: ''\n  z: ~\n",
            "options: {}\nfix: {}\nlanguages: [ts, java]\n",
            "options:\nfix:\nlanguages:\ncwe:\n",
            "fix:\n  default: &g x\n  other: *g\n  list: [a, x]\n",
        };
        List<RuleMeta> metas = new ArrayList<>();
        int i = 0;
        for (String e : extras) {
            String yaml = (base + e).replace("id: a/b", "id: a/b" + i++);
            metas.add(RuleCatalog.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "x.yaml"));
        }
        SortedMap<String, RuleMeta> expected = new TreeMap<>();
        for (RuleMeta m : metas) expected.put(m.id(), m);
        byte[] bytes = CompiledCatalog.encode(List.of(), expected.values());
        assertSameCatalogue(expected, CompiledCatalog.decode(bytes).rules());
    }

    private static Path copyRules(Path tmp) throws IOException {
        Path dir = tmp.resolve("rules");
        try (Stream<Path> s = Files.walk(RULES)) {
            for (Path p : s.toList()) {
                Path t = dir.resolve(RULES.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t);
            }
        }
        return dir;
    }

    @Test
    void aFolderUsesTheCompiledFormOnlyWhileItsYamlIsUnchanged(@TempDir Path tmp) throws Exception {
        Path dir = copyRules(tmp);
        byte[] compiled = CompiledCatalog.compile(dir);
        assertSameCatalogue(yaml(dir), RuleCatalog.fromFolder(dir, compiled));
        assertNull(RuleCatalog.fromFolder(dir, null), "no compiled form");

        Path one = CompiledCatalog.yamlFiles(dir).get(3);
        String text = Files.readString(one);
        // edited, same size: the CRC tells
        String edited = text.replaceFirst("title: (.)", "title: " + (text.matches("(?s).*title: A.*") ? "B" : "A"));
        assertEquals(text.length(), edited.length());
        assertNotEquals(text, edited);
        Files.writeString(one, edited);
        assertNull(RuleCatalog.fromFolder(dir, compiled), "an edited YAML file");
        Files.writeString(one, text);
        assertNotNull(RuleCatalog.fromFolder(dir, compiled));

        Path extra = one.resolveSibling("zz-extra.yaml");
        Files.writeString(extra, text.replaceFirst("id: ([a-z-]+)/", "id: $1/zz-"));
        assertNull(RuleCatalog.fromFolder(dir, compiled), "an added YAML file");
        Files.delete(extra);

        byte[] saved = Files.readAllBytes(one);
        Files.delete(one);
        assertNull(RuleCatalog.fromFolder(dir, compiled), "a removed YAML file");
        Files.write(one, saved);
        assertNotNull(RuleCatalog.fromFolder(dir, compiled));

        // damaged or foreign compiled forms are never trusted
        assertNull(RuleCatalog.fromFolder(dir, Arrays.copyOf(compiled, compiled.length - 7)), "cut short");
        assertNull(RuleCatalog.fromFolder(dir, Arrays.copyOf(compiled, compiled.length + 1)), "trailing byte");
        byte[] version = compiled.clone();
        version[7]++;
        assertNull(RuleCatalog.fromFolder(dir, version), "another format version");
        assertNull(RuleCatalog.fromFolder(dir, new byte[0]), "empty");
    }

    @Test
    void aJarUsesTheCompiledFormOnlyWhileItsEntriesAreUnchanged(@TempDir Path tmp) throws Exception {
        Path dir = copyRules(tmp);
        byte[] compiled = CompiledCatalog.compile(dir);
        List<Path> files = CompiledCatalog.yamlFiles(dir);
        Path jar = tmp.resolve("a.jar"), edited = tmp.resolve("b.jar"), missing = tmp.resolve("c.jar");
        writeJar(jar, dir, files, null, null);
        writeJar(edited, dir, files, files.get(5), "# one more line\n");
        writeJar(missing, dir, files.subList(1, files.size()), null, null);
        try (JarFile j = new JarFile(jar.toFile())) {
            assertSameCatalogue(yaml(dir), RuleCatalog.fromJar(j, "rules/", compiled));
            assertNull(RuleCatalog.fromJar(j, "rules/", null));
            assertNull(RuleCatalog.fromJar(j, "rules/", Arrays.copyOf(compiled, 100)));
        }
        try (JarFile j = new JarFile(edited.toFile())) {
            assertNull(RuleCatalog.fromJar(j, "rules/", compiled), "an edited entry");
        }
        try (JarFile j = new JarFile(missing.toFile())) {
            assertNull(RuleCatalog.fromJar(j, "rules/", compiled), "a missing entry");
        }
    }

    private static void writeJar(Path jar, Path dir, List<Path> files, Path changed, String appended) throws IOException {
        try (OutputStream o = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(o)) {
            for (Path p : files) {
                j.putNextEntry(new JarEntry("rules/" + CompiledCatalog.name(dir, p)));
                j.write(Files.readAllBytes(p));
                if (p.equals(changed)) j.write(appended.getBytes(StandardCharsets.UTF_8));
                j.closeEntry();
            }
        }
    }
}
