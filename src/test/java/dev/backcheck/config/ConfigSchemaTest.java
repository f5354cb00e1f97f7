package dev.backcheck.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.backcheck.rules.RuleCatalog;
import dev.backcheck.rules.testonly.TestCatalog;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;

import static org.junit.jupiter.api.Assertions.*;

/**
 * docs/backcheck.schema.json and the parser agree: same keys at every level, and on a corpus of
 * configs both accept or both reject, except for what only the rule catalogue knows (rule ids,
 * option names and types), which the schema cannot.
 */
class ConfigSchemaTest {
    private static final Path SCHEMA = Path.of("docs/backcheck.schema.json");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static JsonSchema schema() throws Exception {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(Files.newInputStream(SCHEMA));
    }

    private static Set<String> keys(JsonNode properties) {
        Set<String> s = new TreeSet<>();
        properties.fieldNames().forEachRemaining(s::add);
        return s;
    }

    @Test
    void schemaNamesExactlyTheKeysTheParserAccepts() throws Exception {
        JsonNode s = new ObjectMapper().readTree(SCHEMA.toFile());
        assertEquals(new TreeSet<>(ConfigLoader.TOP_KEYS), keys(s.path("properties")));
        assertEquals(new TreeSet<>(ConfigLoader.RULE_KEYS), keys(s.at("/definitions/ruleSetting/oneOf/1/properties")));
        assertEquals(new TreeSet<>(ConfigLoader.CONTROL_KEYS), keys(s.at("/definitions/control/properties")));
        assertEquals(new TreeSet<>(ConfigLoader.ROUTE_KEYS), keys(s.at("/definitions/publicRoute/properties")));
        List<String> kinds = new ArrayList<>();
        s.at("/definitions/control/properties/kind/enum").forEach(n -> kinds.add(n.asText()));
        assertEquals(ConfigLoader.KINDS, kinds);
        List<String> levels = new ArrayList<>();
        s.at("/definitions/level/oneOf/0/enum").forEach(n -> levels.add(n.asText()));
        assertEquals(ConfigLoader.LEVELS, levels);
        List<String> parts = new ArrayList<>();
        s.at("/definitions/control/properties/parts/items/enum").forEach(n -> parts.add(n.asText()));
        assertEquals(ConfigLoader.PARTS, parts);
    }

    @Test
    void everyBuiltinRuleIdFitsTheSchemaPattern() throws Exception {
        String pattern = new ObjectMapper().readTree(SCHEMA.toFile()).at("/properties/rules/propertyNames/pattern").asText();
        for (String id : RuleCatalog.builtin().all().keySet()) assertTrue(id.matches(pattern), id);
    }

    /** Configs both must accept (true) or both must reject (false). */
    private static final Map<String, Boolean> CORPUS = new LinkedHashMap<>();

    static {
        CORPUS.put("", true);
        CORPUS.put("rules:\n  testonly/marker: off\n", true);
        CORPUS.put("rules:\n  testonly/marker: note\n  testonly/query-call: { level: error, options: { max: 3 } }\n", true);
        CORPUS.put("rules:\n  testonly/marker: false\n", true);
        CORPUS.put("rules:\n  testonly/marker: true\n", false);
        CORPUS.put("rules:\n  testonly/marker: loud\n", false);
        CORPUS.put("rules:\n  testonly/marker:\n", false);
        CORPUS.put("rules:\n  testonly/marker: { lvl: note }\n", false);
        CORPUS.put("rules: [a]\n", false);
        CORPUS.put("exclude: [dist, 'scripts/**']\ninclude: [src/]\n", true);
        CORPUS.put("exclude: dist\n", false);
        CORPUS.put("tests: [test/, '*.spec.ts', '!test/app/']\n", true);
        CORPUS.put("tests: []\n", true);
        CORPUS.put("tests:\n", true);
        CORPUS.put("tests: test/\n", false);
        CORPUS.put("tests: ['  ']\n", false);
        CORPUS.put("exclude: ['']\n", false);
        CORPUS.put("exclude: [1]\n", false);
        CORPUS.put("excludes: [dist]\n", false);
        CORPUS.put("controls:\n  - { kind: auth, import: '@acme/auth', export: requireUser }\n", true);
        CORPUS.put("controls:\n  - { kind: rate-limit, file: 'src/**/*.ts', function: limit, name: redis-limiter }\n", true);
        CORPUS.put("controls:\n  - { kind: rate-limit, function: limit }\n", true);
        CORPUS.put("controls:\n  - { kind: validation, import: src/validate, parts: [body, '*'] }\n", true);
        CORPUS.put("controls:\n  - { kind: auth, import: x, parts: [body] }\n", false);
        CORPUS.put("controls:\n  - { kind: validation, import: x, parts: [form] }\n", false);
        CORPUS.put("controls:\n  - { kind: logging, import: x }\n", false);
        CORPUS.put("controls:\n  - { import: x }\n", false);
        CORPUS.put("controls:\n  - { kind: auth }\n", false);
        CORPUS.put("controls:\n  - { kind: auth, import: x, function: y }\n", false);
        CORPUS.put("controls:\n  - { kind: auth, function: y, export: z }\n", false);
        CORPUS.put("controls:\n  - { kind: auth, function: y, file: ../x.ts }\n", false);
        CORPUS.put("controls:\n  - { kind: auth, function: y, file: /abs/x.ts }\n", false);
        CORPUS.put("controls:\n  - { kind: auth, import: 'src/../../x' }\n", false);
        CORPUS.put("controls:\n  - { kind: auth, import: x, color: red }\n", false);
        CORPUS.put("controls:\n  - { kind: auth, import: '' }\n", false);
        CORPUS.put("controls:\n", false);
        CORPUS.put("public-routes:\n  - { path: /health }\n  - { method: GET, path: '/docs/**' }\n  - { method: [get, HEAD], path: '/u/:id' }\n", true);
        CORPUS.put("public-routes:\n  - { method: '*', path: /x }\n", true);
        CORPUS.put("public-routes:\n  - { method: FETCH, path: /x }\n", false);
        CORPUS.put("public-routes:\n  - { path: x }\n", false);
        CORPUS.put("public-routes:\n  - { method: GET }\n", false);
        CORPUS.put("public-routes:\n  - { path: /x, why: because }\n", false);
        CORPUS.put("- a\n", false);
    }

    @TestFactory
    List<DynamicTest> parserAndSchemaAgree() throws Exception {
        JsonSchema schema = schema();
        List<DynamicTest> out = new ArrayList<>();
        for (Map.Entry<String, Boolean> e : CORPUS.entrySet()) {
            out.add(DynamicTest.dynamicTest(e.getKey().isEmpty() ? "(empty file)" : e.getKey().replace("\n", " ⏎ "), () -> {
                boolean parser = parses(e.getKey());
                JsonNode doc = e.getKey().isBlank() ? com.fasterxml.jackson.databind.node.NullNode.instance : YAML.readTree(e.getKey());
                boolean valid = schema.validate(doc).isEmpty();
                assertEquals(e.getValue(), parser, "parser");
                assertEquals(e.getValue(), valid, "schema: " + schema.validate(doc));
            }));
        }
        return out;
    }

    @Test
    void whatOnlyTheCatalogueKnowsIsCheckedByTheParserAlone() throws Exception {
        JsonSchema schema = schema();
        for (String y : List.of("rules:\n  testonly/nope: off\n", "rules:\n  testonly/query-call: { options: { nope: 1 } }\n",
                "rules:\n  testonly/query-call: { options: { max: many } }\n")) {
            assertTrue(schema.validate(YAML.readTree(y)).isEmpty(), y);
            assertFalse(parses(y), y);
        }
    }

    private static boolean parses(String yaml) {
        try {
            ConfigLoader.parse(yaml, "t.yml", TestCatalog.get());
            return true;
        } catch (ConfigException e) {
            return false;
        }
    }
}
