package dev.backcheck.rules;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The rule reader ({@link RuleYaml}) reads every rule file exactly as the Jackson YAML mapping of {@link RuleMeta} it
 * replaced (same values, same Java types in the free-form parts), and rejects what that mapping rejected.
 */
class RuleYamlTest {
    private static final ObjectMapper JACKSON = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private static RuleMeta jackson(String yaml) throws IOException {
        return JACKSON.readValue(yaml.getBytes(StandardCharsets.UTF_8), RuleMeta.class);
    }

    private static RuleMeta ours(String yaml) throws IOException {
        return RuleCatalog.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "rules/x/y.yaml");
    }

    /** Deep equality that also compares the classes of values (Integer vs Long, Boolean vs String). */
    private static void assertSame(Object a, Object b, String where) {
        if (a == null || b == null) {
            assertEquals(a, b, where);
            return;
        }
        assertEquals(a.getClass().getName().replace("ImmutableCollections$ListN", "ImmutableCollections$List12"),
                b.getClass().getName().replace("ImmutableCollections$ListN", "ImmutableCollections$List12"), where + " type");
        if (a instanceof Map<?, ?> m) {
            Map<?, ?> n = (Map<?, ?>) b;
            assertEquals(new ArrayList<>(m.keySet()), new ArrayList<>(n.keySet()), where + " keys in order");
            for (Object k : m.keySet()) assertSame(m.get(k), n.get(k), where + "." + k);
        } else if (a instanceof List<?> l) {
            List<?> r = (List<?>) b;
            assertEquals(l.size(), r.size(), where + " size");
            for (int i = 0; i < l.size(); i++) assertSame(l.get(i), r.get(i), where + "[" + i + "]");
        } else if (a instanceof RuleMeta.Option o) {
            RuleMeta.Option p = (RuleMeta.Option) b;
            assertSame(o.defaultValue(), p.defaultValue(), where + ".default");
            assertEquals(o.description(), p.description(), where + ".description");
        } else {
            assertEquals(a, b, where);
        }
    }

    private static void assertSameMeta(RuleMeta a, RuleMeta b, String where) {
        assertEquals(a, b, where);
        for (var c : RuleMeta.class.getRecordComponents()) {
            try {
                assertSame(c.getAccessor().invoke(a), c.getAccessor().invoke(b), where + " " + c.getName());
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }
    }

    @Test
    void everyRuleFileReadsAsJacksonReadIt() throws Exception {
        int n = 0;
        try (Stream<Path> s = Files.walk(Path.of("rules"))) {
            for (Path p : s.filter(x -> x.toString().endsWith(".yaml")).sorted().toList()) {
                String text = Files.readString(p);
                assertSameMeta(jackson(text), ours(text), p.toString());
                n++;
            }
        }
        assertTrue(n > 50, "rule files read: " + n);
    }

    private static final String BASE = "id: a/b\ntitle: T\nlevel: warning\nchecklist: c\nprecision: high\ndescription: d\nhelp: h\n";

    @Test
    void scalarTypesAliasesAndNullsAsJackson() throws Exception {
        String[] extras = {
            "security-severity: 5.30\ncwe: [89, \"79\", 022]\n",
            "security-severity: ~\nowasp: ~\ntags: []\nframeworks: [express, 12, true, 1.5, null]\n",
            "options:\n  a: {default: 5}\n  b: {default: 5000000000}\n",
            "options:\n  c: {default: 123456789012345678901234567890}\n",
            "options:\n  d: {default: 1.5e3}\n  d2: {default: 1.5e+3}\n  d3: {default: 2.50}\n",
            "options:\n  e: {default: true}\n  f: {default: yes}\n  g: {default: off}\n  h: {default: ~}\n",
            "options:\n  i: {default: null}\n  j: {default: '5'}\n  k: {default: [1, x, 2.5]}\n  l: {default: {x: 1}}\n",
            "options:\n  m: {description: only}\n",
            "options:\n  n: {default: 0x1F}\n",
            "options:\n  o: {default: 1_000}\n",
            "options:\n  p: {default: .inf}\n",
            "options:\n  q: {default: -7}\n  r: {default: +3}\n",
            "options:\n  s: ~\n",
            "options:\n  t: {default: 7d}\n  u: {default: \"\"}\n",
            "options:\n  v: {default: 017}\n",
            "fix:\n  default: &g >-\n    one\n    two\n  express: *g\n  nest:\n    default: *g\n    x: |\n      lit\n  n: 3\n  f: false\n  e: ''\n",
            "options: {}\nfix: {}\nlanguages: [ts, java]\n",
            "options:\nfix:\nlanguages:\ncwe:\n",
            "title: 12\nlevel: true\nhelp: |\n  block\n  text\n",
            "fix:\n  empty:\n  list: [a, *x]\n",
            "fix:\n  express: x\n  express: y\n  other: z\n",
        };
        for (String e : extras) {
            String yaml = e.contains("title:") ? BASE.replaceAll("(?m)^(title|level|help): .*\\n", "") + e : BASE + e;
            RuleMeta j;
            try {
                j = jackson(yaml);
            } catch (IOException ex) {
                System.err.println("jackson rejects: " + ex.getMessage().lines().findFirst().orElse(""));
                assertThrows(IOException.class, () -> ours(yaml), "jackson rejects, so must we:\n" + yaml);
                continue;
            }
            assertSameMeta(j, ours(yaml), yaml);
        }
    }

    @Test
    void rejectsWhatJacksonRejectedWithTheFileName() {
        String[] bad = {
            BASE + "colour: red\n",                           // unknown key
            BASE.replace("title: T\n", ""),                   // required key missing
            BASE.replace("help: h\n", ""),
            BASE + "options:\n  a: {default: 1, colour: 2}\n", // unknown key in an option
            BASE + "options:\n  a: 5\n",                       // option not a mapping
            BASE + "cwe: 89\n",                                // not a list
            BASE + "cwe: [abc]\n",                             // not numbers
            BASE + "tags: {a: b}\n",
            BASE + "title: [a, b]\n".replace("title", "checklist").replace("checklist: [", "checklist: ["),
            "- a\n- b\n",                                      // not a mapping
            "",                                                // empty
            BASE + "fix: [a]\n",
            BASE + "id: [unclosed\n",                          // malformed YAML
        };
        for (String yaml : bad) {
            String y = yaml.startsWith("id: a/b\ntitle: T\nlevel: warning\nchecklist: c\n") && yaml.contains("checklist: [a")
                    ? yaml : yaml;
            assertThrows(Exception.class, () -> jackson(y), "jackson accepted:\n" + y);
            IOException e = assertThrows(IOException.class, () -> ours(y), "accepted:\n" + y);
            assertTrue(e.getMessage().startsWith("rules/x/y.yaml"), e.getMessage());
        }
        IOException e = assertThrows(IOException.class, () -> ours(BASE + "colour: red\n"));
        assertTrue(e.getMessage().contains("unknown key \"colour\"") && e.getMessage().contains(":8:"), e.getMessage());
        e = assertThrows(IOException.class, () -> ours(BASE.replace("title: T\n", "")));
        assertTrue(e.getMessage().contains("missing required key \"title\""), e.getMessage());
    }
}
