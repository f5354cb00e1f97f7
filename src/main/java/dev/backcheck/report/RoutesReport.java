package dev.backcheck.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.backcheck.model.Application;
import dev.backcheck.model.Control;
import dev.backcheck.model.ControlKind;
import dev.backcheck.model.Project;
import dev.backcheck.model.Route;

import java.util.*;

/** The route inventory: text table, JSON (the expected-routes.json format) and markdown. */
public final class RoutesReport {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private RoutesReport() { }

    /** HTTP routes first, then GraphQL fields, then tRPC procedures; each by path, method, file, line. */
    public static final Comparator<Route> ORDER = Comparator.comparing(Route::kind).thenComparing(Route::path).thenComparing(Route::method)
            .thenComparing(r -> r.location().path()).thenComparingInt(r -> r.location().line());

    /** "http", "graphql" or "trpc": the {@code kind} field of non-HTTP endpoints in JSON. */
    public static String kindId(Route r) {
        return r.kind().name().toLowerCase(Locale.ROOT);
    }

    /** The method column: the HTTP verb, the GraphQL operation type (QUERY, MUTATION, SUBSCRIPTION), or TRPC. */
    public static String methodCell(Route r) {
        String l = r.label();
        int sp = l.indexOf(' ');
        return sp < 0 ? l : l.substring(0, sp);
    }

    /** The path column: the HTTP path, the GraphQL field name, or the tRPC procedure with its type ("post.create (mutation)"). */
    public static String pathCell(Route r) {
        String l = r.label();
        int sp = l.indexOf(' ');
        return sp < 0 ? r.path() : l.substring(sp + 1);
    }

    /**
     * Every application's routes in {@link #ORDER}, each declaration at its method and full path once: two entries that
     * build the same app from one route table (server/index.ts for dev, server/production.ts for start, both calling
     * registerAllRoutes(app)) serve one set of endpoints, listed once (the first application's row is kept).
     */
    public static List<Route> sorted(List<Application> apps) {
        List<Route> all = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Application a : apps) {
            Set<String> own = new HashSet<>();
            for (Route r : a.routes()) {
                String key = r.kind() + " " + r.label() + " " + r.location().path() + ":" + r.location().line() + ":" + r.location().column();
                own.add(key);
                if (!seen.contains(key)) all.add(r);
            }
            seen.addAll(own);
        }
        all.sort(ORDER);
        return all;
    }

    static List<String> names(Route r, ControlKind k) {
        List<String> out = new ArrayList<>();
        for (Control c : r.chain()) if (c.kind() == k && !out.contains(c.name())) out.add(c.name());
        return out;
    }

    /**
     * The AUTH column: the route's auth controls, then each middleware the model could not resolve, marked so
     * ({@code authenticate (unresolved)}): a guard that may be there, never shown as none.
     */
    public static List<String> authNames(Route r) {
        List<String> out = names(r, ControlKind.AUTH);
        for (String n : names(r, ControlKind.UNRESOLVED)) if (!out.contains(n + UNRESOLVED)) out.add(n + UNRESOLVED);
        return out;
    }

    static final String UNRESOLVED = " (unresolved)";

    public static ArrayNode routesJson(List<Route> routes, ObjectMapper m) {
        return routesJson(routes, m, r -> null);
    }

    /**
     * The routes as JSON; a route no authentication control runs on whose handler turns a caller away itself has what
     * {@code handlerAuth} names for it in its {@code auth} list (see {@link dev.backcheck.concepts.Authentication#handlerCheck}:
     * {@link dev.backcheck.concepts.Authentication#LOGIN_IN_HANDLER}, {@link dev.backcheck.concepts.Authentication#SECRET_IN_HANDLER}):
     * protected, by its own code.
     */
    public static ArrayNode routesJson(List<Route> routes, ObjectMapper m, java.util.function.Function<Route, String> handlerAuth) {
        ArrayNode arr = m.createArrayNode();
        List<Route> rs = new ArrayList<>(routes);
        rs.sort(ORDER);
        for (Route r : rs) {
            ObjectNode o = arr.addObject();
            if (!r.isHttp()) o.put("kind", kindId(r));
            o.put("method", r.method());
            o.put("path", r.path());
            o.put("file", r.location().path());
            o.put("line", r.location().line());
            if (r.version() != null) o.put("version", r.version());
            if (r.profile() != null) o.put("profile", r.profile());
            ArrayNode a = o.putArray("auth");
            List<String> auth = authNames(r);
            auth.forEach(a::add);
            String own = auth.isEmpty() && r.isHttp() ? handlerAuth.apply(r) : null;
            if (own != null) a.add(own);
            ArrayNode v = o.putArray("validation");
            names(r, ControlKind.VALIDATION).forEach(v::add);
            ArrayNode rl = o.putArray("rateLimit");
            names(r, ControlKind.RATE_LIMIT).forEach(rl::add);
        }
        return arr;
    }

    /** The expected-routes.json format: {@code routes} only. */
    public static String json(List<Application> apps) {
        return json(apps, null);
    }

    /**
     * {@code routes}, and when {@code notModelled} is not null a {@code notModelled} array: what the
     * framework models saw but could not follow (file, line, column, what, registration).
     */
    public static String json(List<Application> apps, List<Project.NotModelled> notModelled) {
        return json(apps, notModelled, r -> null);
    }

    /** {@link #json(List, List)} with the routes whose handler authenticates its caller itself marked so (see {@link #routesJson}). */
    public static String json(List<Application> apps, List<Project.NotModelled> notModelled, java.util.function.Function<Route, String> handlerAuth) {
        ObjectNode root = JSON.createObjectNode();
        root.set("routes", routesJson(sorted(apps), JSON, handlerAuth));
        if (notModelled != null) {
            ArrayNode nm = root.putArray("notModelled");
            for (Project.NotModelled n : notModelled) {
                ObjectNode o = nm.addObject();
                o.put("file", n.path());
                o.put("line", n.line());
                o.put("column", n.column());
                o.put("what", n.what());
                o.put("registration", n.registration());
                if (n.aside() != Project.Aside.NONE) o.put("aside", n.aside().name().toLowerCase(java.util.Locale.ROOT));
            }
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** " (profile dev)" after the WHERE cell of a route that exists only under some configuration profiles; else "". */
    static String profileNote(Route r) {
        return r.profile() == null ? "" : " (profile " + r.profile() + ")";
    }

    private static String cell(List<String> names) {
        return names.isEmpty() ? "-" : String.join(", ", names);
    }

    public static String text(List<Application> apps) {
        return text(apps, List.of());
    }

    /**
     * The table, then what the models could not follow (so a short list never reads as complete),
     * then one summary line: {@code routes: 41 found in 2 applications, 2 registrations not followed}.
     */
    public static String text(List<Application> apps, List<Project.NotModelled> notModelled) {
        return text(apps, notModelled, r -> null);
    }

    /**
     * The table with {@code publicNote} in the AUTH column of a route no authentication runs on, when it says why the
     * route is public by design ({@code public (verifies a reset token)}; see {@link dev.backcheck.concepts.Authentication#publicNote}).
     */
    public static String text(List<Application> apps, List<Project.NotModelled> notModelled, java.util.function.Function<Route, String> publicNote) {
        List<Route> rs = sorted(apps);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[]{"METHOD", "PATH", "AUTH", "VALIDATION", "RATE LIMIT", "WHERE"});
        for (Route r : rs) {
            List<String> auth = authNames(r);
            String note = auth.isEmpty() ? publicNote.apply(r) : null;
            rows.add(new String[]{methodCell(r), pathCell(r), note != null ? note : cell(auth), cell(names(r, ControlKind.VALIDATION)),
                    cell(names(r, ControlKind.RATE_LIMIT)), r.location().path() + ":" + r.location().line() + profileNote(r)});
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
        List<Project.NotModelled> missing = notModelled.stream().filter(n -> !n.middleware() && !n.routeAside()).toList();
        List<Project.NotModelled> shadowed = notModelled.stream().filter(Project.NotModelled::shadowed).toList();
        List<Project.NotModelled> devOnly = notModelled.stream().filter(Project.NotModelled::devOnly).toList();
        List<Project.NotModelled> unresolved = notModelled.stream().filter(Project.NotModelled::middleware).toList();
        if (!missing.isEmpty()) listed(sb, "not modelled (routes behind these are missing from the list above):", missing);
        if (!shadowed.isEmpty()) listed(sb, "shadowed (an earlier route answers every request these would get; not listed above):", shadowed);
        if (!devOnly.isEmpty()) listed(sb, "development only (registered only when NODE_ENV is not production; not listed above):", devOnly);
        if (!unresolved.isEmpty()) listed(sb, "middleware not resolved (shown as '(unresolved)' in the AUTH column of the routes behind it):", unresolved);
        if (!notModelled.isEmpty()) sb.append('\n');
        sb.append(summary(rs, apps.size(), notModelled)).append('\n');
        return sb.toString();
    }

    private static void listed(StringBuilder sb, String heading, List<Project.NotModelled> notes) {
        sb.append('\n').append(heading).append('\n');
        List<String[]> nrows = new ArrayList<>();
        for (Project.NotModelled n : notes) nrows.add(new String[]{where(n), label(n)});
        int nw = nrows.stream().mapToInt(r -> r[0].length()).max().orElse(0);
        for (String[] r : nrows) sb.append("  ").append(r[0]).append(" ".repeat(nw - r[0].length() + 2)).append(r[1]).append('\n');
    }

    /**
     * {@link #summary(int, int, List)} over these endpoints; GraphQL operations and tRPC procedures are counted apart:
     * "routes: 3 found (+ 5 GraphQL operations, 2 tRPC procedures) in 1 application, ...".
     */
    public static String summary(List<Route> endpoints, int apps, List<Project.NotModelled> notModelled) {
        long http = endpoints.stream().filter(Route::isHttp).count();
        long gql = endpoints.stream().filter(r -> r.kind() == Route.Kind.GRAPHQL).count();
        long trpc = endpoints.stream().filter(r -> r.kind() == Route.Kind.TRPC).count();
        List<String> extra = new ArrayList<>();
        if (gql > 0) extra.add(gql + (gql == 1 ? " GraphQL operation" : " GraphQL operations"));
        if (trpc > 0) extra.add(trpc + (trpc == 1 ? " tRPC procedure" : " tRPC procedures"));
        long profiled = endpoints.stream().filter(r -> r.profile() != null).count();
        String under = profiled == 0 ? "" : " (" + profiled + " of them only under a configuration profile)";
        return summary((int) http, under + (extra.isEmpty() ? "" : " (+ " + String.join(", ", extra) + ")"), apps, notModelled);
    }

    /** "routes: 41 found in 2 applications, 2 registrations not followed[, 1 not modelled]" (unmodelled servers, route files). */
    public static String summary(int routes, int apps, List<Project.NotModelled> notModelled) {
        return summary(routes, "", apps, notModelled);
    }

    private static String summary(int routes, String extra, int apps, List<Project.NotModelled> notModelled) {
        long regs = notModelled.stream().filter(Project.NotModelled::registration).count();
        long mws = notModelled.stream().filter(Project.NotModelled::middleware).count();
        long shadowed = notModelled.stream().filter(Project.NotModelled::shadowed).count();
        long devOnly = notModelled.stream().filter(Project.NotModelled::devOnly).count();
        long whole = notModelled.size() - regs - mws - shadowed - devOnly;
        String s = "routes: " + routes + " found" + extra + " in " + apps + (apps == 1 ? " application" : " applications") + ", "
                + regs + (regs == 1 ? " registration" : " registrations") + " not followed";
        if (whole > 0) s += ", " + whole + " not modelled";
        if (shadowed > 0) s += ", " + shadowed + " shadowed";
        if (devOnly > 0) s += ", " + devOnly + " development only";
        if (mws > 0) s += ", " + mws + " middleware not resolved";
        return s;
    }

    private static String where(Project.NotModelled n) {
        return n.path() + (n.line() > 0 ? ":" + n.line() + (n.column() > 0 ? ":" + n.column() : "") : "");
    }

    private static String label(Project.NotModelled n) {
        return (n.registration() ? "not followed: " : n.middleware() ? "not resolved: " : n.shadowed() ? "shadowed: "
                : n.devOnly() ? "development only: " : "not modelled: ") + n.what();
    }

    public static String markdown(List<Application> apps) {
        return markdown(apps, List.of());
    }

    /** The table, the not-modelled list and the summary line. */
    public static String markdown(List<Application> apps, List<Project.NotModelled> notModelled) {
        StringBuilder sb = new StringBuilder("| Method | Path | Auth | Validation | Rate limit | Handler |\n|---|---|---|---|---|---|\n");
        for (Route r : sorted(apps)) {
            sb.append("| ").append(methodCell(r)).append(" | `").append(pathCell(r)).append("` | ").append(md(cell(authNames(r))))
                    .append(" | ").append(md(cell(names(r, ControlKind.VALIDATION)))).append(" | ")
                    .append(md(cell(names(r, ControlKind.RATE_LIMIT)))).append(" | ").append(r.location().path()).append(':')
                    .append(r.location().line()).append(md(profileNote(r))).append(" |\n");
        }
        if (notModelled.stream().anyMatch(n -> !n.middleware())) {
            sb.append("\n**Not modelled** (routes behind these are missing from the table):\n\n");
            for (Project.NotModelled n : notModelled) {
                if (!n.middleware()) sb.append("- `").append(where(n)).append("`: ").append(mdText(label(n))).append('\n');
            }
        }
        if (notModelled.stream().anyMatch(Project.NotModelled::middleware)) {
            sb.append("\n**Middleware not resolved** (shown as \"(unresolved)\" in the Auth column of the routes behind it):\n\n");
            for (Project.NotModelled n : notModelled) {
                if (n.middleware()) sb.append("- `").append(where(n)).append("`: ").append(mdText(label(n))).append('\n');
            }
        }
        sb.append('\n').append(summary(sorted(apps), apps.size(), notModelled)).append('\n');
        return sb.toString();
    }

    private static String mdText(String s) {
        return s.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("`", "\\`").replace("<", "&lt;");
    }

    private static String md(String s) {
        return s.replace("|", "\\|");
    }
}
