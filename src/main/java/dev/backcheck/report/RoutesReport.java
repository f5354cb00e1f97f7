package dev.backcheck.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.backcheck.model.Application;
import dev.backcheck.model.Control;
import dev.backcheck.model.ControlKind;
import dev.backcheck.model.Route;

import java.util.*;

/** The route inventory: text table, JSON (the expected-routes.json format) and markdown. */
public final class RoutesReport {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private RoutesReport() { }

    public static final Comparator<Route> ORDER = Comparator.comparing(Route::path).thenComparing(Route::method)
            .thenComparing(r -> r.location().path()).thenComparingInt(r -> r.location().line());

    public static List<Route> sorted(List<Application> apps) {
        List<Route> all = new ArrayList<>();
        for (Application a : apps) all.addAll(a.routes());
        all.sort(ORDER);
        return all;
    }

    static List<String> names(Route r, ControlKind k) {
        List<String> out = new ArrayList<>();
        for (Control c : r.chain()) if (c.kind() == k && !out.contains(c.name())) out.add(c.name());
        return out;
    }

    public static ArrayNode routesJson(List<Route> routes, ObjectMapper m) {
        ArrayNode arr = m.createArrayNode();
        List<Route> rs = new ArrayList<>(routes);
        rs.sort(ORDER);
        for (Route r : rs) {
            ObjectNode o = arr.addObject();
            o.put("method", r.method());
            o.put("path", r.path());
            o.put("file", r.location().path());
            o.put("line", r.location().line());
            if (r.version() != null) o.put("version", r.version());
            ArrayNode a = o.putArray("auth");
            names(r, ControlKind.AUTH).forEach(a::add);
            ArrayNode v = o.putArray("validation");
            names(r, ControlKind.VALIDATION).forEach(v::add);
            ArrayNode rl = o.putArray("rateLimit");
            names(r, ControlKind.RATE_LIMIT).forEach(rl::add);
        }
        return arr;
    }

    public static String json(List<Application> apps) {
        ObjectNode root = JSON.createObjectNode();
        root.set("routes", routesJson(sorted(apps), JSON));
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String cell(List<String> names) {
        return names.isEmpty() ? "-" : String.join(", ", names);
    }

    public static String text(List<Application> apps) {
        List<Route> rs = sorted(apps);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[]{"METHOD", "PATH", "AUTH", "VALIDATION", "RATE LIMIT", "WHERE"});
        for (Route r : rs) {
            rows.add(new String[]{r.method(), r.path(), cell(names(r, ControlKind.AUTH)), cell(names(r, ControlKind.VALIDATION)),
                    cell(names(r, ControlKind.RATE_LIMIT)), r.location().path() + ":" + r.location().line()});
        }
        int[] w = new int[6];
        for (String[] row : rows) for (int i = 0; i < 6; i++) w[i] = Math.max(w[i], row[i].length());
        StringBuilder sb = new StringBuilder();
        for (String[] row : rows) {
            for (int i = 0; i < 6; i++) {
                sb.append(row[i]);
                if (i < 5) sb.append(" ".repeat(w[i] - row[i].length() + 2));
            }
            sb.append('\n');
        }
        sb.append(rs.size()).append(" routes in ").append(apps.size()).append(apps.size() == 1 ? " application\n" : " applications\n");
        return sb.toString();
    }

    public static String markdown(List<Application> apps) {
        StringBuilder sb = new StringBuilder("| Method | Path | Auth | Validation | Rate limit | Handler |\n|---|---|---|---|---|---|\n");
        for (Route r : sorted(apps)) {
            sb.append("| ").append(r.method()).append(" | `").append(r.path()).append("` | ").append(md(cell(names(r, ControlKind.AUTH))))
                    .append(" | ").append(md(cell(names(r, ControlKind.VALIDATION)))).append(" | ")
                    .append(md(cell(names(r, ControlKind.RATE_LIMIT)))).append(" | ").append(r.location().path()).append(':')
                    .append(r.location().line()).append(" |\n");
        }
        return sb.toString();
    }

    private static String md(String s) {
        return s.replace("|", "\\|");
    }
}
