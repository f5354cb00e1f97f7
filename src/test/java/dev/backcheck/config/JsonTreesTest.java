package dev.backcheck.config;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link JsonTrees} gives the tree {@code ObjectMapper.readTree} gave with the mappers it replaced (PackageJson's,
 * TsModuleResolver's, CompiledYaml's): node for node with the same node classes and key order, or an exception of the
 * same class with the same first line of message.
 */
class JsonTreesTest {
    /** PackageJson's mapper as it was, and the factory that replaced it. */
    private static ObjectMapper packageMapper() {
        ObjectMapper m = new ObjectMapper();
        m.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(200).maxStringLength(1_000_000).maxNumberLength(100).build());
        m.getFactory().enable(JsonParser.Feature.ALLOW_COMMENTS);
        return m;
    }

    private static JsonFactory packageFactory() {
        JsonFactory f = new JsonFactory();
        f.setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(200).maxStringLength(1_000_000).maxNumberLength(100).build());
        f.enable(JsonParser.Feature.ALLOW_COMMENTS);
        return f;
    }

    /** TsModuleResolver's mapper as it was, and the factory that replaced it. */
    private static ObjectMapper tsconfigMapper() {
        ObjectMapper m = JsonMapper.builder()
                .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                        JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES)
                .build();
        m.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(200).maxStringLength(1_000_000).maxNumberLength(100).build());
        return m;
    }

    private static JsonFactory tsconfigFactory() {
        JsonFactory f = JsonFactory.builder()
                .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                        JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES)
                .build();
        f.setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(200).maxStringLength(1_000_000).maxNumberLength(100).build());
        return f;
    }

    private static final ObjectMapper[] MAPPERS = {packageMapper(), tsconfigMapper(), new ObjectMapper()};
    private static final JsonFactory[] FACTORIES = {packageFactory(), tsconfigFactory(), new JsonFactory()};

    /** Node classes, key order and values equal, recursively. */
    private static void sameTree(JsonNode a, JsonNode b, String where) {
        assertEquals(a == null ? null : a.getClass(), b == null ? null : b.getClass(), where);
        if (a == null) return;
        if (a.isObject()) {
            List<String> ka = new ArrayList<>(), kb = new ArrayList<>();
            a.fieldNames().forEachRemaining(ka::add);
            b.fieldNames().forEachRemaining(kb::add);
            assertEquals(ka, kb, where);
            for (String k : ka) sameTree(a.get(k), b.get(k), where + "." + k);
        } else if (a.isArray()) {
            assertEquals(a.size(), b.size(), where);
            for (int i = 0; i < a.size(); i++) sameTree(a.get(i), b.get(i), where + "[" + i + "]");
        } else {
            assertEquals(a, b, where);
        }
    }

    private static String firstLine(Exception e) {
        return e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
    }

    private static void same(String text) {
        for (int i = 0; i < MAPPERS.length; i++) {
            JsonNode want = null, got = null;
            Exception wantE = null, gotE = null;
            try {
                want = MAPPERS[i].readTree(text);
            } catch (Exception e) {
                wantE = e;
            }
            try {
                got = JsonTrees.read(FACTORIES[i], text);
            } catch (Exception e) {
                gotE = e;
            }
            String where = "reader " + i + " on " + (text.length() > 80 ? text.substring(0, 80) + "..." : text);
            if (wantE != null || gotE != null) {
                assertTrue(wantE != null && gotE != null, where + ": " + (wantE != null ? wantE : gotE));
                assertEquals(wantE.getClass(), gotE.getClass(), where);
                assertEquals(firstLine(wantE), firstLine(gotE), where);
            } else {
                sameTree(want, got, where);
            }
            // the byte form (CompiledYaml reads bytes)
            JsonNode wantB = null, gotB = null;
            Exception wantBE = null, gotBE = null;
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            try {
                wantB = MAPPERS[i].readTree(bytes);
            } catch (Exception e) {
                wantBE = e;
            }
            try {
                gotB = JsonTrees.read(FACTORIES[i], bytes);
            } catch (Exception e) {
                gotBE = e;
            }
            if (wantBE != null || gotBE != null) {
                assertTrue(wantBE != null && gotBE != null, where + " (bytes)");
                assertEquals(wantBE.getClass(), gotBE.getClass(), where + " (bytes)");
                assertEquals(firstLine(wantBE), firstLine(gotBE), where + " (bytes)");
            } else {
                sameTree(wantB, gotB, where + " (bytes)");
            }
        }
    }

    @Test
    void edgeCases() {
        for (String t : List.of("", "   ", "\n", "null", "true", "false", "1", "-1", "0", "-0", "2147483647", "2147483648",
                "-2147483649", "9223372036854775807", "9223372036854775808", "123456789012345678901234567890", "1.5", "-0.0",
                "1e5", "1E400", "1e-400", "0.1", "3.141592653589793238462643383279", "\"x\"", "\"\\u00e9\\n\\t\\\"\"",
                "{}", "[]", "[[]]", "{\"a\":1,\"a\":2,\"b\":3}", "{\"a\":{\"x\":1},\"b\":0,\"a\":[1]}", "{\"a\":null}",
                "{\"a\":[1,2.5,\"s\",true,false,null,{\"b\":[]}]}", "{} trailing", "[1] [2]", "{\"a\":1} // c",
                "// c\n{\"a\":1}", "/* c */ {\"a\": /* x */ 1}", "{\"a\":1,}", "[1,2,]", "{'a':'b'}", "{a:1}",
                "{", "[", "{\"a\":", "{\"a\"", "[1,", "{\"a\" 1}", "tru", "nul", "{\"a\":1]", "]", "}", ",", "\"unclosed",
                "{\"a\":01}", "{\"a\":.5}", "{\"a\":+1}", "{\"a\":NaN}", "{\"a\":1e}", "\u00ef\u00bb\u00bf{}", "\uFEFF{\"a\":1}",
                "{\"name\":\"x\",\"dependencies\":{\"express\":\"^4\",\"express\":\"^5\"},\"scripts\":{\"start\":\"node a.js\"}}")) {
            same(t);
        }
    }

    @Test
    void boundsOfTheConstrainedReaders() {
        same("[".repeat(199) + "]".repeat(199));
        same("[".repeat(200) + "]".repeat(200));
        same("[".repeat(201) + "]".repeat(201));
        same("{\"a\":" .repeat(201) + "1" + "}".repeat(201));
        same("\"" + "x".repeat(1_000_001) + "\"");
        same("1" + "0".repeat(100));
        same("1" + "0".repeat(99));
        same("1." + "0".repeat(100));
    }

    @Test
    void randomTrees() {
        Random r = new Random(34);
        for (int i = 0; i < 2_000; i++) {
            StringBuilder b = new StringBuilder();
            gen(r, b, 0);
            String t = b.toString();
            same(t);
            // cut short and damaged at a random place
            if (!t.isEmpty()) {
                same(t.substring(0, r.nextInt(t.length())));
                int at = r.nextInt(t.length());
                same(t.substring(0, at) + "x,:]}\"".charAt(r.nextInt(6)) + t.substring(at));
            }
        }
    }

    private static void gen(Random r, StringBuilder b, int depth) {
        int k = depth > 4 ? 3 + r.nextInt(6) : r.nextInt(9);
        switch (k) {
            case 0, 1 -> {
                b.append('{');
                int n = r.nextInt(5);
                for (int i = 0; i < n; i++) {
                    if (i > 0) b.append(',');
                    b.append('"').append((char) ('a' + r.nextInt(4))).append("\":");
                    gen(r, b, depth + 1);
                }
                if (r.nextInt(8) == 0) b.append(',');
                b.append('}');
            }
            case 2 -> {
                b.append('[');
                int n = r.nextInt(5);
                for (int i = 0; i < n; i++) {
                    if (i > 0) b.append(',');
                    gen(r, b, depth + 1);
                }
                b.append(']');
            }
            case 3 -> b.append(List.of("0", "-7", "42", "2147483648", "-9223372036854775809", "1.25", "-3e2", "6.02E23", "1e308").get(r.nextInt(9)));
            case 4 -> b.append('"').append(List.of("", "x", "a b", "\\n", "\\u0041", "é", "😀").get(r.nextInt(7))).append('"');
            case 5 -> b.append(r.nextBoolean() ? "true" : "false");
            case 6 -> b.append("null");
            case 7 -> b.append(" /* c */ 1");
            default -> b.append("'s'");
        }
    }

    @Test
    void everyJsonFileOfTheFixtures() throws IOException {
        int n = 0;
        try (Stream<Path> s = Files.walk(Path.of("test-fixtures"))) {
            for (Path p : (Iterable<Path>) s.filter(f -> f.toString().endsWith(".json") && Files.isRegularFile(f))::iterator) {
                if (Files.size(p) > 2_000_000) continue;
                same(Files.readString(p, StandardCharsets.ISO_8859_1));
                n++;
            }
        }
        assertTrue(n > 100, "fixture JSON files read: " + n);
    }

    @Test
    void everyCompiledYamlTree() throws IOException {
        int n = 0;
        Path root = Path.of("target/classes/" + CompiledYaml.PREFIX);
        if (!Files.isDirectory(root)) return;
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : (Iterable<Path>) s.filter(f -> f.toString().endsWith(".json"))::iterator) {
                byte[] bytes = Files.readAllBytes(p);
                sameTree(new ObjectMapper().readTree(bytes), JsonTrees.read(new JsonFactory(), bytes), p.toString());
                n++;
            }
        }
        assertTrue(n > 0);
    }
}
