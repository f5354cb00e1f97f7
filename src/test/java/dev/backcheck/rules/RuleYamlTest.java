package dev.backcheck.rules;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The rule reader ({@link RuleYaml}) reads every rule file without aliases exactly as the Jackson YAML mapping of
 * {@link RuleMeta} it replaced (same values, same Java types in the free-form parts), and rejects what that mapping
 * rejected. An alias ({@code *name}) is the one deliberate difference: Jackson read it as the string {@code name};
 * RuleYaml reads the value anchored {@code &name} (as SnakeYAML's own loader does), and rejects an alias to no anchor.
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

    static void assertSameMeta(RuleMeta a, RuleMeta b, String where) {
        assertEquals(a, b, where);
        for (var c : RuleMeta.class.getRecordComponents()) {
            try {
                assertSame(c.getAccessor().invoke(a), c.getAccessor().invoke(b), where + " " + c.getName());
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }
    }

    private static boolean hasAliases(String yaml) {
        for (Event e : new Yaml().parse(new java.io.StringReader(yaml))) if (e instanceof AliasEvent) return true;
        return false;
    }

    /** The YAML as SnakeYAML's own loader composes it: aliases resolved to the anchored nodes. */
    private static Map<String, Object> loaded(String yaml) {
        return new Yaml(new LoaderOptions()).load(yaml);
    }

    @Test
    void everyRuleFileReadsAsJacksonReadItAndAliasesAsTheirAnchors() throws Exception {
        int n = 0;
        List<String> aliased = new ArrayList<>();
        try (Stream<Path> s = Files.walk(Path.of("rules"))) {
            for (Path p : s.filter(x -> x.toString().endsWith(".yaml")).sorted().toList()) {
                String text = Files.readString(p);
                RuleMeta ours = ours(text);
                if (!hasAliases(text)) {
                    assertSameMeta(jackson(text), ours, p.toString());
                } else {
                    // Jackson read each alias as its anchor's name: the fields without aliases still read the same, and
                    // the free-form fix text reads as SnakeYAML's loader resolves it
                    aliased.add(p.toString().replace('\\', '/'));
                    Map<String, Object> tree = loaded(text);
                    RuleMeta j = jackson(text);
                    for (var c : RuleMeta.class.getRecordComponents()) {
                        Object a = c.getAccessor().invoke(j), b = c.getAccessor().invoke(ours);
                        if (c.getName().equals("fix")) assertEquals(tree.get("fix"), b, p + " fix");
                        else if (c.getName().equals("options")) assertEquals(String.valueOf(a), String.valueOf(b), p + " options");
                        else assertSame(a, b, p + " " + c.getName());
                    }
                    assertFalse(String.valueOf(ours.fix()).contains("=" + "generic"), p + ": " + ours.fix());
                }
                n++;
            }
        }
        assertTrue(n > 50, "rule files read: " + n);
        assertTrue(aliased.containsAll(List.of("rules/injection/nosql-operator.yaml", "rules/injection/mass-assignment.yaml")),
                "rule files with aliases: " + aliased);
    }

    private static RuleMeta builtin(String path) throws IOException {
        return ours(Files.readString(Path.of(path)));
    }

    @Test
    void nosqlOperatorAndMassAssignmentFixTextIsTheAnchoredSentence() throws Exception {
        RuleMeta m = builtin("rules/injection/nosql-operator.yaml");
        String generic = m.fixText("default", "default"), where = m.fixText("default", "where");
        assertTrue(generic.startsWith("cast each filter value to the type you expect"), generic);
        assertTrue(where.startsWith("replace $where (and string mapReduce functions)"), where);
        for (String fw : List.of("express", "nestjs", "fastify", "hono")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> f = (Map<String, Object>) m.fix().get(fw);
            assertEquals(m.fix().get("default") instanceof Map<?, ?> d ? d.get("default") : null, f.get("default"), fw);
            assertEquals(generic, m.fixText(fw), fw);
            assertEquals(generic, m.fixText(fw, "default"), fw);
            assertEquals(where, m.fixText(fw, "where"), fw);
            assertNotEquals("generic", m.fixText(fw));
            assertNotEquals("where", m.fixText(fw, "where"));
        }
        RuleMeta a = builtin("rules/injection/mass-assignment.yaml");
        String g = a.fixText("default");
        assertTrue(g.startsWith("write only the fields the client may set"), g);
        assertEquals(g, a.fixText("express"));
        assertEquals(g, a.fixText("express", "prisma")); // express declares no prisma text: its default, the anchored one
        assertNotEquals("generic", a.fixText("express"));
    }

    private static final String BASE = "id: a/b\ntitle: T\nlevel: warning\nchecklist: c\nprecision: high\ndescription: d\nhelp: h\n";

    @Test
    void scalarTypesAndNullsAsJackson() throws Exception {
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
            "fix:\n  default: >-\n    one\n    two\n  nest:\n    x: |\n      lit\n  n: 3\n  f: false\n  e: ''\n",
            "fix:\n  default: &g >-\n    anchored, never aliased\n",
            "options: {}\nfix: {}\nlanguages: [ts, java]\n",
            "options:\nfix:\nlanguages:\ncwe:\n",
            "title: 12\nlevel: true\nhelp: |\n  block\n  text\n",
            "fix:\n  empty:\n  list: [a, x]\n",
            "fix:\n  express: x\n  express: y\n  other: z\n",
        };
        for (String e : extras) {
            assertFalse(hasAliases(BASE + e), e);
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

    @Test
    void aliasesReadAsTheAnchoredValue() throws Exception {
        RuleMeta m = ours(BASE + "fix:\n  default: &g >-\n    one\n    two\n  express: *g\n  nest:\n    default: *g\n    x: |\n      lit\n"
                + "  n: &n 3\n  n2: *n\n  b: &b yes\n  b2: *b\n  e: &e ''\n  e2: *e\n  z: &z\n  z2: *z\n");
        assertEquals("one two", m.fix().get("express"));
        assertEquals(Map.of("default", "one two", "x", "lit\n"), m.fix().get("nest"));
        assertEquals(3, m.fix().get("n2"));
        assertEquals(Boolean.TRUE, m.fix().get("b2"));
        assertEquals("", m.fix().get("e2"));
        assertTrue(m.fix().containsKey("z2") && m.fix().get("z2") == null, String.valueOf(m.fix()));
        assertEquals("one two", m.fixText("express"));
        assertEquals("one two", m.fixText("nest"));

        // anchored lists and mappings, nested aliases, anchors redefined later, aliases in every kind of field
        String[] cases = {
            "tags: &t [a, b]\nframeworks: *t\nlanguages: *t\n",
            "cwe: &c [89, 79]\nfix:\n  cwes: *c\n",
            "fix:\n  default: &m {default: x, where: y}\n  express: *m\n  hono: {default: *m}\n",
            "fix:\n  a: &in {x: 1, y: [t, 2.5]}\n  b: &out [*in, *in]\n  c: *out\n  d: {k: *out}\n",
            "fix:\n  a: &g one\n  b: *g\n  c: &g two\n  d: *g\n",
            "fix:\n  a: &k express\n  *k : y\n",
            "options:\n  a: &o {default: &d 5, description: the a}\n  b: *o\n  c: {default: *d, description: *d}\n",
            "options:\n  a: {default: &l [1, x]}\n  b: {default: *l}\n",
            "security-severity: &s 7.5\nfix:\n  s: *s\n",
        };
        for (String c : cases) {
            String yaml = BASE + c;
            RuleMeta r = ours(yaml);
            Map<String, Object> tree = loaded(yaml);
            if (tree.containsKey("fix")) assertEquals(tree.get("fix"), r.fix(), c);
            if (tree.containsKey("frameworks")) assertEquals(tree.get("frameworks"), r.frameworks(), c);
            if (tree.containsKey("languages")) assertEquals(tree.get("languages"), r.languages(), c);
            if (tree.containsKey("options")) {
                for (var o : r.options().entrySet()) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> t = (Map<String, Object>) ((Map<String, Object>) tree.get("options")).get(o.getKey());
                    assertEquals(t.get("default"), o.getValue().defaultValue(), c + " " + o.getKey());
                    assertEquals(t.get("description") == null ? null : String.valueOf(t.get("description")), o.getValue().description(), c);
                }
            }
        }
        RuleMeta t = ours(BASE.replace("title: T\n", "title: &t The title\n") + "tags: [*t]\nfix:\n  *t : x\n");
        assertEquals("The title", t.title());
        assertEquals(List.of("The title"), t.tags());
        assertEquals(Map.of("The title", "x"), t.fix());
        RuleMeta o = ours(BASE + "options:\n  a: &o {default: &d 5, description: the a}\n  b: *o\n  c: {default: *d, description: *d}\n");
        assertEquals(new RuleMeta.Option(5, "the a"), o.options().get("b"));
        assertEquals(new RuleMeta.Option(5, "5"), o.options().get("c"));
        RuleMeta g = ours(BASE + "fix:\n  a: &g one\n  b: *g\n  c: &g two\n  d: *g\n");
        assertEquals(List.of("one", "one", "two", "two"), List.copyOf(g.fix().values()));
        RuleMeta l = ours(BASE + "fix:\n  a: &in {x: 1}\n  b: &out [*in, *in]\n  c: *out\n");
        assertEquals(List.of(Map.of("x", 1), Map.of("x", 1)), l.fix().get("c"));
        assertNotSame(l.fix().get("a"), ((List<?>) l.fix().get("b")).get(0), "each alias reads its own copy");
    }

    @Test
    void rejectsAnAliasToNoAnchorWithTheFileAndLine() {
        // BASE is lines 1-7
        IOException e = assertThrows(IOException.class, () -> ours(BASE + "fix:\n  empty:\n  list: [a, *x]\n"));
        assertTrue(e.getMessage().startsWith("rules/x/y.yaml:10: ") && e.getMessage().contains("*x"), e.getMessage());
        e = assertThrows(IOException.class, () -> ours(BASE.replace("help: h\n", "help: *h\n")));
        assertTrue(e.getMessage().startsWith("rules/x/y.yaml:7: ") && e.getMessage().contains("*h"), e.getMessage());
        // an alias before its anchor
        e = assertThrows(IOException.class, () -> ours(BASE + "fix:\n  a: *g\n  b: &g one\n"));
        assertTrue(e.getMessage().startsWith("rules/x/y.yaml:9: ") && e.getMessage().contains("*g"), e.getMessage());
        // an alias inside the node it refers to
        e = assertThrows(IOException.class, () -> ours(BASE + "fix:\n  a: &r [1, *r]\n"));
        assertTrue(e.getMessage().startsWith("rules/x/y.yaml:9: ") && e.getMessage().contains("*r"), e.getMessage());
        // an aliased value of the wrong kind: the alias's line, and where the value was written
        e = assertThrows(IOException.class, () -> ours(BASE + "options:\n  a: &m {default: 1}\ncwe: *m\n"));
        assertTrue(e.getMessage().startsWith("rules/x/y.yaml:10: ") && e.getMessage().contains("\"cwe\" must be a list")
                && e.getMessage().contains("line 9"), e.getMessage());
        e = assertThrows(IOException.class, () -> ours(BASE + "fix:\n  a: &m {x: 1}\ncolour: *m\n"));
        assertTrue(e.getMessage().contains(":10: unknown key \"colour\""), e.getMessage());
        // aliases of aliases that would expand exponentially
        StringBuilder b = new StringBuilder(BASE + "fix:\n  a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i <= 8; i++) b.append("  a").append(i).append(": &a").append(i).append(" [")
                .append(String.join(", ", Collections.nCopies(10, "*a" + (i - 1)))).append("]\n");
        String bomb = b.toString();
        e = assertThrows(IOException.class, () -> ours(bomb));
        assertTrue(e.getMessage().startsWith("rules/x/y.yaml:") && e.getMessage().contains("aliases expand"), e.getMessage());
    }
}
