package dev.backcheck.config;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The JSON trees compiled at build time from the YAML resources ({@link CompiledYaml}) equal the YAML's trees (node
 * types, number types, values, field order), the class path's compiled trees are fresh, and a tree compiled from other
 * bytes (an edited YAML file) or a damaged one is never used.
 */
class CompiledYamlTest {
    private static List<Path> resources() throws Exception {
        List<Path> out = new ArrayList<>();
        for (String folder : CompiledYaml.FOLDERS) {
            try (Stream<Path> s = Files.walk(Path.of("src/main/resources", folder))) {
                s.filter(p -> p.toString().endsWith(".yml") || p.toString().endsWith(".yaml")).sorted().forEach(out::add);
            }
        }
        return out;
    }

    /** Deep equality with node and number types and field order. */
    static void assertSameTree(JsonNode a, JsonNode b, String where) {
        assertEquals(a.getNodeType(), b.getNodeType(), where + " node type");
        assertEquals(a.getClass(), b.getClass(), where + " node class");
        if (a.isNumber()) assertEquals(a.numberType(), b.numberType(), where + " number type");
        if (a.isObject()) {
            List<String> ka = new ArrayList<>(), kb = new ArrayList<>();
            a.fieldNames().forEachRemaining(ka::add);
            b.fieldNames().forEachRemaining(kb::add);
            assertEquals(ka, kb, where + " fields in order");
            for (String k : ka) assertSameTree(a.get(k), b.get(k), where + "." + k);
        } else if (a.isArray()) {
            assertEquals(a.size(), b.size(), where + " size");
            Iterator<JsonNode> ia = a.elements(), ib = b.elements();
            for (int i = 0; ia.hasNext(); i++) assertSameTree(ia.next(), ib.next(), where + "[" + i + "]");
        } else {
            assertEquals(a, b, where);
        }
    }

    @Test
    void everyCompiledTreeEqualsTheYamlTree() throws Exception {
        List<Path> files = resources();
        assertTrue(files.size() >= 10, "resources: " + files);
        for (Path p : files) {
            byte[] yaml = Files.readAllBytes(p);
            JsonNode compiled = CompiledYaml.compiled(yaml, CompiledYaml.wrap(yaml));
            assertNotNull(compiled, p.toString());
            assertSameTree(CompiledYaml.yamlTree(yaml), compiled, p.toString());
        }
    }

    @Test
    void theClassPathsCompiledTreesAreFreshAndUsed() throws Exception {
        for (Path p : resources()) {
            String resource = "/" + Path.of("src/main/resources").relativize(p).toString().replace('\\', '/');
            byte[] yaml;
            try (var in = CompiledYaml.class.getResourceAsStream(resource)) {
                yaml = in.readAllBytes();
            }
            byte[] json;
            try (var in = CompiledYaml.class.getResourceAsStream("/" + CompiledYaml.PREFIX + resource.substring(1) + ".json")) {
                assertNotNull(in, "no compiled tree for " + resource + " (process-classes writes it)");
                json = in.readAllBytes();
            }
            JsonNode compiled = CompiledYaml.compiled(yaml, json);
            assertNotNull(compiled, "stale compiled tree for " + resource);
            assertSameTree(CompiledYaml.yamlTree(yaml), compiled, resource);
            assertSameTree(CompiledYaml.yamlTree(yaml), CompiledYaml.tree(resource), resource);
        }
        assertNull(CompiledYaml.tree("/models/no-such-model.yml"));
    }

    @Test
    void aTreeCompiledFromOtherBytesOrDamagedIsNotUsed() throws Exception {
        byte[] yaml = "a: 1\nb: [x, 2.5, true, ~]\nc: {d: 5000000000}\n".getBytes(StandardCharsets.UTF_8);
        byte[] json = CompiledYaml.wrap(yaml);
        assertSameTree(CompiledYaml.yamlTree(yaml), CompiledYaml.compiled(yaml, json), "fresh");
        byte[] edited = "a: 2\nb: [x, 2.5, true, ~]\nc: {d: 5000000000}\n".getBytes(StandardCharsets.UTF_8);
        assertNull(CompiledYaml.compiled(edited, json), "same size, other bytes");
        assertNull(CompiledYaml.compiled(yaml, null));
        assertNull(CompiledYaml.compiled(yaml, java.util.Arrays.copyOf(json, json.length - 3)), "cut short");
        assertNull(CompiledYaml.compiled(yaml, "{\"size\":1}".getBytes(StandardCharsets.UTF_8)), "no tree");
    }
}
