package dev.backcheck.config;

import dev.backcheck.findings.Level;
import dev.backcheck.model.ControlKind;
import dev.backcheck.model.DeclaredControls;
import dev.backcheck.model.PublicRoutes;
import dev.backcheck.rules.testonly.TestCatalog;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/** The config file: what it accepts and how precisely it rejects the rest. */
class ConfigLoaderTest {
    static Config parse(String yaml) {
        return ConfigLoader.parse(yaml, ".backcheck.yml", TestCatalog.get());
    }

    static ConfigException reject(String yaml) {
        return assertThrows(ConfigException.class, () -> parse(yaml));
    }

    @Test
    void testsReplacesTheDefaultListAndAnEmptyListMeansNoTestCode() {
        assertNull(parse("exclude: [x]\n").tests());
        assertTrue(parse("exclude: [x]\n").testPaths().test("src/app.test.ts"));
        Config c = parse("tests: [qa/, '*.check.ts']\n");
        assertEquals(List.of("qa/", "*.check.ts"), c.tests());
        assertTrue(c.testPaths().test("qa/app.ts"));
        assertTrue(c.testPaths().test("src/app.check.ts"));
        assertFalse(c.testPaths().test("test/app.ts"), "the default list is replaced, not extended");
        assertFalse(parse("tests: []\n").testPaths().test("test/app.ts"));
        assertFalse(parse("tests:\n").testPaths().test("src/app.spec.ts"));
        assertTrue(reject("tests: test/\n").getMessage().contains("'tests' must be a list"));
    }

    @Test
    void acceptsEverySection() {
        Config c = parse("""
                rules:
                  testonly/marker: off
                  testonly/query-call:
                    level: warning
                    options:
                      max: 10
                      mode: lenient
                      words: [x, y]
                  meta/unused-suppression: error
                exclude: ["scripts/**", "**/*.generated.ts"]
                include: [src/]
                controls:
                  - kind: rate-limit
                    import: "@acme/limits"
                    export: perUser
                    reason: our Redis-backed limiter
                  - kind: auth
                    file: src/middleware/*.ts
                    function: requireSession
                  - kind: validation
                    import: src/validate
                    parts: [body, query]
                public-routes:
                  - method: GET
                    path: /health
                  - method: [get, HEAD]
                    path: /docs/**
                    reason: public documentation
                  - path: /webhooks/:provider
                """);
        assertEquals(Set.of("testonly/marker"), c.disabled());
        assertEquals(Map.of("testonly/query-call", Level.WARNING, "meta/unused-suppression", Level.ERROR), c.levels());
        assertEquals(Map.of("max", 10L, "mode", "lenient", "words", List.of("x", "y")), c.ruleOptions().get("testonly/query-call"));
        assertEquals(List.of("scripts/**", "**/*.generated.ts"), c.exclude());
        assertEquals(List.of("src/"), c.include());
        List<DeclaredControls.Entry> cs = c.project().controls().entries();
        assertEquals(3, cs.size());
        assertEquals(ControlKind.RATE_LIMIT, cs.get(0).kind());
        assertEquals("@acme/limits", cs.get(0).module());
        assertEquals("perUser", cs.get(0).export());
        assertEquals(ControlKind.AUTH, cs.get(1).kind());
        assertEquals("requireSession", cs.get(1).displayName());
        assertEquals("default", cs.get(2).export());
        assertEquals(Set.of("body", "query"), cs.get(2).parts());
        List<PublicRoutes.Entry> rs = c.project().publicRoutes().entries();
        assertEquals(Set.of("GET"), rs.get(0).methods());
        assertEquals(Set.of("GET", "HEAD"), rs.get(1).methods());
        assertTrue(rs.get(2).methods().isEmpty());
        assertEquals(24, rs.get(0).line());
    }

    @Test
    void emptyFileAndEmptySectionsAreFine() {
        assertEquals(Config.EMPTY.rules(), parse("").rules());
        assertEquals(Config.EMPTY.rules(), parse("# nothing yet\n").rules());
        Config c = parse("rules:\nexclude:\n");
        assertTrue(c.rules().isEmpty());
        assertTrue(c.exclude().isEmpty());
    }

    @Test
    void yamlOffAndFalseMeanOff() {
        assertEquals(Set.of("testonly/marker"), parse("rules:\n  testonly/marker: off\n").disabled());
        assertEquals(Set.of("testonly/marker"), parse("rules:\n  testonly/marker: false\n").disabled());
        assertEquals(Set.of("testonly/marker"), parse("rules:\n  testonly/marker: { level: off }\n").disabled());
    }

    @Test
    void unknownTopLevelKeyNamesLineColumnAndSuggestion() {
        ConfigException e = reject("rules: {}\nexlude:\n  - dist\n");
        assertEquals(2, e.line());
        assertEquals(1, e.column());
        assertEquals(".backcheck.yml:2:1: unknown top-level key 'exlude' (did you mean 'exclude'?); allowed: rules, exclude, include, tests, controls, public-routes",
                e.getMessage());
    }

    @Test
    void unknownRuleIdSuggestsTheClosestOne() {
        ConfigException e = reject("rules:\n  testonly/query-cal: off\n");
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("unknown rule id 'testonly/query-cal' (did you mean 'testonly/query-call'?)"), e.getMessage());
        ConfigException e2 = reject("rules:\n  other/marker: off\n");
        assertTrue(e2.getMessage().contains("(did you mean 'testonly/marker'?)"), e2.getMessage());
    }

    @Test
    void wrongTypesAreRejectedWithWhatWasExpected() {
        ConfigException e = reject("rules:\n  testonly/marker: on\n");
        assertTrue(e.getMessage().contains("'on' is not a level"), e.getMessage());
        e = reject("rules:\n  testonly/marker: warn\n");
        assertTrue(e.getMessage().contains("(did you mean 'warning'?)"), e.getMessage());
        e = reject("rules:\n  testonly/query-call:\n    options:\n      max: lots\n");
        assertEquals(4, e.line());
        assertTrue(e.getMessage().contains("option 'max' of rule 'testonly/query-call' must be a number (default: 5), found a string"), e.getMessage());
        e = reject("rules:\n  testonly/query-call:\n    options:\n      words: a\n");
        assertTrue(e.getMessage().contains("must be a list"), e.getMessage());
        e = reject("exclude: dist\n");
        assertTrue(e.getMessage().contains("'exclude' must be a list, found a string"), e.getMessage());
        e = reject("controls:\n  kind: auth\n");
        assertTrue(e.getMessage().contains("'controls' must be a list, found a mapping"), e.getMessage());
        e = reject("- rules\n");
        assertTrue(e.getMessage().contains("must be a mapping, found a list"), e.getMessage());
    }

    @Test
    void unknownOptionAndRuleKey() {
        ConfigException e = reject("rules:\n  testonly/query-call:\n    options:\n      maximum: 3\n");
        assertTrue(e.getMessage().contains("unknown option 'maximum' for rule 'testonly/query-call' (did you mean 'max'?)"), e.getMessage());
        e = reject("rules:\n  testonly/marker:\n    options:\n      x: 1\n");
        assertTrue(e.getMessage().contains("this rule has no options"), e.getMessage());
        e = reject("rules:\n  testonly/marker:\n    levle: note\n");
        assertTrue(e.getMessage().contains("unknown key for rule 'testonly/marker' 'levle' (did you mean 'level'?)"), e.getMessage());
    }

    @Test
    void controlsAndRoutesAreChecked() {
        assertTrue(reject("controls:\n  - import: x\n").getMessage().contains("needs 'kind'"));
        assertTrue(reject("controls:\n  - kind: ratelimit\n    import: x\n").getMessage().contains("(did you mean 'rate-limit'?)"));
        assertTrue(reject("controls:\n  - kind: auth\n").getMessage().contains("needs 'import'"));
        assertTrue(reject("controls:\n  - kind: auth\n    import: x\n    function: y\n").getMessage().contains("not both"));
        assertTrue(reject("controls:\n  - kind: auth\n    function: y\n    export: z\n").getMessage().contains("'export' goes with 'import'"));
        assertTrue(reject("controls:\n  - kind: auth\n    import: x\n    parts: [body]\n").getMessage().contains("only to kind validation"));
        assertTrue(reject("controls:\n  - kind: auth\n    function: f\n    file: ../other/auth.ts\n").getMessage().contains("inside the scanned directory"));
        assertTrue(reject("controls:\n  - kind: auth\n    import: /etc/passwd\n").getMessage().contains("inside the scanned directory"));
        assertTrue(reject("public-routes:\n  - method: GET\n").getMessage().contains("needs 'path'"));
        assertTrue(reject("public-routes:\n  - path: health\n").getMessage().contains("must start with '/'"));
        assertTrue(reject("public-routes:\n  - path: /h\n    method: FETCH\n").getMessage().contains("unknown HTTP method 'FETCH'"));
        assertTrue(reject("public-routes:\n  - path: /h\n    methods: [GET]\n").getMessage().contains("(did you mean 'method'?)"));
    }

    @Test
    void duplicateKeysAndBrokenYamlAreErrorsWithALine() {
        ConfigException e = reject("rules:\n  testonly/marker: off\n  testonly/marker: note\n");
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("duplicate key 'testonly/marker' (first at line 2)"), e.getMessage());
        e = reject("rules:\n  a: [unclosed\n");
        assertTrue(e.getMessage().startsWith(".backcheck.yml:"), e.getMessage());
        assertTrue(e.getMessage().contains("not valid YAML"), e.getMessage());
        assertTrue(e.line() > 0);
    }
}
