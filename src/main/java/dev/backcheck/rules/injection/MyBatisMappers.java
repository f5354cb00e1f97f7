package dev.backcheck.rules.injection;

import dev.backcheck.findings.Location;
import dev.backcheck.flow.CallIndex;
import dev.backcheck.lang.facts.ClassInfo;
import dev.backcheck.lang.facts.Decorator;
import dev.backcheck.lang.facts.FileFacts;
import dev.backcheck.lang.facts.Fn;
import dev.backcheck.lang.facts.Val;
import dev.backcheck.lang.facts.Val.*;
import dev.backcheck.model.Project;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MyBatis statements that splice a parameter into SQL text with {@code ${name}} (a {@code #{name}} placeholder binds
 * it): in {@code @Select}/{@code @Update}/{@code @Insert}/{@code @Delete} annotations of a mapper interface, and in
 * {@code <select|update|insert|delete id="m">} elements of a mapper XML whose {@code namespace} names the interface.
 * Each splice is tied to the mapper method's parameter it reads ({@code @Param("name")}, the parameter's own name, or
 * {@code _parameter}/the only parameter), so the rule can trace what the method's callers pass.
 */
final class MyBatisMappers {
    private MyBatisMappers() { }

    /** One {@code ${...}} splice: the mapper method, the parameter index and path it reads, and where it is written. */
    record Splice(Fn method, FileFacts file, int param, List<String> path, String text, Location at) { }

    private static final Pattern DOLLAR = Pattern.compile("\\$\\{\\s*([A-Za-z_][\\w.]*)[^}]*}");
    private static final Pattern NAMESPACE = Pattern.compile("<mapper\\s[^>]*namespace\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern STATEMENT = Pattern.compile("<(select|update|insert|delete)\\s[^>]*?id\\s*=\\s*\"([^\"]+)\"[^>]*>(.*?)</\\1\\s*>",
            Pattern.DOTALL);
    private static final java.util.Set<String> ANNOTATIONS = java.util.Set.of("Select", "Update", "Insert", "Delete");

    static List<Splice> splices(Project project) {
        List<Splice> out = new ArrayList<>();
        for (FileFacts f : project.files().values()) {
            if (!"java".equals(f.language())) continue;
            for (ClassInfo c : f.classes().values()) {
                for (Fn m : c.methods()) {
                    for (Decorator d : m.decorators()) {
                        if (!ANNOTATIONS.contains(d.name()) || d.args().isEmpty()) continue;
                        String sql = text(d.args().get(0));
                        if (sql == null) continue;
                        add(out, m, f, sql, d.location(), 0);
                    }
                }
            }
        }
        for (Map.Entry<String, String> e : project.texts().entrySet()) {
            String path = e.getKey();
            if (!path.toLowerCase(java.util.Locale.ROOT).endsWith(".xml") || e.getValue().length() > 2_000_000) continue;
            String xml = e.getValue();
            Matcher ns = NAMESPACE.matcher(xml);
            if (!ns.find()) continue;
            String fqn = ns.group(1);
            String simple = fqn.substring(fqn.lastIndexOf('.') + 1);
            Project.ClassHit hit;
            try {
                hit = project.classNamed(simple, null);
            } catch (RuntimeException ex) {
                hit = null;
            }
            if (hit == null) continue;
            Matcher st = STATEMENT.matcher(xml);
            while (st.find()) {
                Fn m = hit.info().method(st.group(2));
                if (m == null) continue;
                addXml(out, m, hit.file(), xml, st.start(3), st.group(3), path);
            }
        }
        return out;
    }

    private static void addXml(List<Splice> out, Fn m, FileFacts file, String xml, int offset, String body, String path) {
        Matcher d = DOLLAR.matcher(body);
        while (d.find()) {
            // inside an XML comment: not SQL
            String before = body.substring(0, d.start());
            if (before.lastIndexOf("<!--") > before.lastIndexOf("-->")) continue;
            int abs = offset + d.start();
            int line = 1 + (int) xml.substring(0, abs).chars().filter(ch -> ch == '\n').count();
            int col = abs - xml.lastIndexOf('\n', abs - 1);
            Location at = new Location(path, line, col, line, col + d.group().length(), null);
            bind(out, m, file, d.group(1), d.group(), at);
        }
    }

    private static void add(List<Splice> out, Fn m, FileFacts f, String sql, Location at, int unused) {
        Matcher d = DOLLAR.matcher(sql);
        while (d.find()) bind(out, m, f, d.group(1), d.group(), at);
    }

    private static void bind(List<Splice> out, Fn m, FileFacts f, String expr, String text, Location at) {
        String[] parts = expr.split("\\.");
        String head = parts[0];
        List<String> rest = List.of(parts).subList(1, parts.length);
        int idx = -1;
        for (int i = 0; i < m.params().size(); i++) {
            Fn.Param p = m.params().get(i);
            for (Decorator d : p.decorators()) {
                if (d.name().equals("Param") && !d.args().isEmpty() && head.equals(Val.constString(d.args().get(0)))) idx = i;
            }
        }
        if (idx < 0) for (int i = 0; i < m.params().size(); i++) if (m.params().get(i).name().equals(head)) idx = i;
        List<String> path = rest;
        if (idx < 0 && m.params().size() == 1) {
            // _parameter, or a property of the only (object) parameter
            idx = 0;
            path = head.equals("_parameter") || head.equals("value") ? List.of() : List.of(parts);
            if (isSimple(m.params().get(0).type())) path = List.of();
        }
        if (idx < 0) return;
        // a number, UUID or date parameter holds no text
        String type = m.params().get(idx).type();
        if (path.isEmpty() && type != null && java.util.Set.of("int", "long", "Integer", "Long", "Short", "short", "Double", "double", "Float",
                "float", "Boolean", "boolean", "BigDecimal", "BigInteger", "UUID", "LocalDate", "LocalDateTime", "Date", "Instant").contains(type)) return;
        out.add(new Splice(m, f, idx, List.copyOf(path), text, at));
    }

    private static boolean isSimple(String t) {
        return t == null || t.equals("String") || t.equals("Object") || t.equals("Integer") || t.equals("Long");
    }

    /** The SQL text of an annotation value: a string, or the lines of a string array. */
    private static String text(Val v) {
        String s = Val.constString(v);
        if (s != null) return s;
        if (v instanceof Arr a) {
            StringBuilder sb = new StringBuilder();
            for (Val x : a.items()) {
                String t = Val.constString(x);
                if (t != null) sb.append(t).append(' ');
            }
            return sb.toString();
        }
        if (v instanceof Obj o && o.props().containsKey("value")) return text(o.props().get("value"));
        return null;
    }

    /** Calls of {@code m} (through an injected mapper field): the index's callers. */
    static List<CallIndex.Site> callers(CallIndex index, Fn m) {
        return index.callers(m);
    }
}
