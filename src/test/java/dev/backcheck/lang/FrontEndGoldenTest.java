package dev.backcheck.lang;

import dev.backcheck.findings.Location;
import dev.backcheck.lang.facts.FileFacts;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The contract of a front end: the {@link FileFacts} of a small file per language, printed in full and compared
 * with the golden text beside it ({@code src/test/resources/golden/NAME.facts}). A change to what a front end
 * extracts shows here line by line; after checking the difference, regenerate with {@code -Dgolden.update=true}.
 */
class FrontEndGoldenTest {
    private static final Path DIR = Path.of("src/test/resources/golden");

    @Test
    void javaFacts() throws Exception {
        golden("Orders.java", "java");
    }

    @Test
    void typeScriptFacts() throws Exception {
        golden("orders.ts", "ts");
    }

    private static void golden(String file, String language) throws Exception {
        assertEquals(language, FrontEnds.languageOf(file));
        String code = Files.readString(DIR.resolve(file), StandardCharsets.UTF_8);
        FileFacts facts = FrontEnds.create(language).parse("src/" + file, code);
        assertEquals(language, facts.language());
        String got = dump(facts);
        Path expected = DIR.resolve(file + ".facts");
        if (Boolean.getBoolean("golden.update")) Files.writeString(expected, got, StandardCharsets.UTF_8);
        assertTrue(Files.exists(expected), expected + " is missing (write it with -Dgolden.update=true, then review it)");
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), got, "facts of " + file + " differ from " + expected);
    }

    /** Every record component, map entry and list item, one per line, indented; locations as path:line:col-line:col. */
    static String dump(Object o) {
        StringBuilder sb = new StringBuilder();
        dump(o, 0, sb);
        return sb.append('\n').toString();
    }

    private static void dump(Object o, int depth, StringBuilder sb) {
        if (o == null) {
            sb.append("null");
        } else if (o instanceof Location l) {
            sb.append(l.line()).append(':').append(l.column()).append('-').append(l.endLine()).append(':').append(l.endColumn());
        } else if (o instanceof String s) {
            sb.append('"').append(s.replace("\\", "\\\\").replace("\n", "\\n").replace("\"", "\\\"")).append('"');
        } else if (o instanceof Number || o instanceof Boolean) {
            sb.append(o);
        } else if (o instanceof Map<?, ?> m) {
            if (m.isEmpty()) {
                sb.append("{}");
                return;
            }
            sb.append('{');
            for (Map.Entry<?, ?> e : m.entrySet()) {
                indent(depth + 1, sb).append(e.getKey()).append(": ");
                dump(e.getValue(), depth + 1, sb);
            }
            indent(depth, sb).append('}');
        } else if (o instanceof Collection<?> c) {
            if (c.isEmpty()) {
                sb.append("[]");
                return;
            }
            sb.append('[');
            for (Object x : c) {
                indent(depth + 1, sb);
                dump(x, depth + 1, sb);
            }
            indent(depth, sb).append(']');
        } else if (o.getClass().isRecord()) {
            sb.append(o.getClass().getSimpleName()).append('(');
            boolean any = false;
            for (RecordComponent rc : o.getClass().getRecordComponents()) {
                Object v;
                try {
                    v = rc.getAccessor().invoke(o);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
                if (v == null || v instanceof Collection<?> c && c.isEmpty() || v instanceof Map<?, ?> m && m.isEmpty()) continue;
                indent(depth + 1, sb).append(rc.getName()).append(": ");
                dump(v, depth + 1, sb);
                any = true;
            }
            if (any) indent(depth, sb);
            sb.append(')');
        } else {
            sb.append(o);
        }
    }

    private static StringBuilder indent(int depth, StringBuilder sb) {
        return sb.append('\n').append("  ".repeat(depth));
    }
}
