package dev.backcheck.concepts;

import dev.backcheck.findings.Location;
import dev.backcheck.lang.facts.*;
import dev.backcheck.lang.facts.Val.*;
import dev.backcheck.model.Analysis;
import dev.backcheck.model.Application;
import dev.backcheck.model.Project;
import dev.backcheck.model.Route;

import java.util.*;
import java.util.regex.Pattern;

/**
 * API versioning, the concept, from the application model's resolved route paths (every prefix applied:
 * routers, Fastify prefixes, Nest global prefix, {@code @Version}/URI versions) and versions the framework
 * selects otherwise (Nest {@code VersioningType.HEADER}/{@code MEDIA_TYPE}), plus hand-made header versioning
 * (a read of {@code Accept-Version} / {@code X-API-Version}) and versioning libraries.
 */
public final class ApiVersioning {

    /** What an application shows: its API routes (health, metrics, docs, GraphQL and MCP endpoints left out) and which are versioned. */
    public record AppVersions(Application app, List<Route> apiRoutes, List<Route> versioned) { }

    /** A version segment; asked per segment of every route path (answered once per segment, see NameTest). */
    private static final dev.backcheck.model.NameTest VERSION_SEGMENT = new dev.backcheck.model.NameTest(
            Pattern.compile("v\\d+(\\.\\d+)*|version\\d+|api-v\\d+|v\\d+-?(alpha|beta)\\d*"));
    private static final Pattern INFRA = Pattern.compile("(?i)(/[^/]+)*/(actuator|metrics|docs?|ui|scalar|swagger|swagger-ui|api-docs|openapi|redoc|reference|graphql|favicon\\.ico|robots\\.txt|static|public|assets|uploads|\\.well-known)(/.*)?");
    private static final Set<String> VERSION_HEADERS = Set.of("accept-version", "api-version", "x-api-version", "x-version", "version");
    private static final Set<String> LIBS = Set.of("express-routes-versioning", "express-version-route", "express-version-request",
            "express-api-version", "fastify-api-version");

    private static final Set<String> MECHANISM_METHODS = Set.of("enableVersioning", "header", "get", "use");

    private final List<AppVersions> apps = new ArrayList<>();
    private final List<Location> mechanisms = new ArrayList<>();

    private ApiVersioning(Project p) {
        for (Application a : ServerCode.of(p).apps()) {
            List<Route> api = new ArrayList<>();
            List<Route> versioned = new ArrayList<>();
            for (Route r : a.routes()) {
                if (infra(r.path()) || !r.isHttp()) continue; // tRPC procedures and GraphQL fields have no versioned path
                if (LibraryEndpoints.dashboard(r)) continue; // an operator dashboard a library serves (Bull Board): not the API
                if (protocolEndpoint(p, r)) continue; // the protocol negotiates its own version
                api.add(r);
                if (versioned(r)) versioned.add(r);
            }
            apps.add(new AppVersions(a, api, versioned));
        }
        for (FileFacts f : p.files().values()) {
            if (p.isTestPath(f.path())) continue;
            for (Import i : f.imports().values()) if (LIBS.contains(i.module())) mechanisms.add(i.location());
            for (Fn fn : Analysis.functions(f)) {
                for (Fn.Read r : fn.reads()) {
                    if (r.value() instanceof Req q && q.part().equals("headers") && !q.path().isEmpty()
                            && VERSION_HEADERS.contains(q.path().get(0).toLowerCase(Locale.ROOT))) mechanisms.add(r.location());
                }
            }
        }
        // the calls of those names only (CallNames: no walk over every call); the list is sorted below
        for (CallNames.At c : CallNames.of(p).named(MECHANISM_METHODS)) {
            if (p.isTestPath(c.file().path())) continue;
            CallSite cs = c.cs();
            String m = cs.methodName();
            if ("enableVersioning".equals(m)) mechanisms.add(cs.location());
            // app.use(process.env.API_PREFIX, routes): routers mounted under a prefix the deployment sets, with no default
            // in the code; the version may be in it (API_PREFIX=/api/v1), so the paths cannot tell
            if ("use".equals(m) && cs.args().size() >= 2 && envPrefix(p, cs.arg(0), c.file())) unresolved.add(cs.location());
            if (m != null && (m.equals("header") || m.equals("get")) && Analysis.receiver(cs.callee()) instanceof Req) {
                String h = Val.constString(cs.arg(0));
                if (h != null && VERSION_HEADERS.contains(h.toLowerCase(Locale.ROOT))) mechanisms.add(cs.location());
            }
        }
        mechanisms.sort(Location.ORDER);
        for (Project.NotModelled n : p.notModelled()) {
            if (n.what().toLowerCase(Locale.ROOT).contains("prefix")) unresolved.add(Location.at(n.path(), Math.max(1, n.line()), Math.max(1, n.column())));
        }
    }

    private final List<Location> unresolved = new ArrayList<>();

    /** The mount path is an environment variable read as is ({@code process.env.API_PREFIX}, no default written). */
    private static boolean envPrefix(Project p, Val v, FileFacts f) {
        if (v == null) return false;
        Val r;
        try {
            r = p.resolve(v, f).val();
        } catch (RuntimeException e) {
            return false;
        }
        return EnvValidation.envName(r) != null;
    }

    /** Route prefixes the model could not resolve (a Nest global prefix from config): any of them may be the version. */
    public List<Location> unresolvedPrefixes() {
        return Collections.unmodifiableList(unresolved);
    }

    public static ApiVersioning of(Project p) {
        return p.derived(ApiVersioning.class, ApiVersioning::new);
    }

    /** Health, metrics, docs, GraphQL, static files and the root: routes a version prefix is not expected on. */
    public static boolean infra(String path) {
        if (path == null || path.equals("/") || path.isEmpty()) return true;
        return HealthChecks.isHealthPath(path) || infraSegment(path) && INFRA.matcher(path).matches();
    }

    /** The fixed part of every INFRA match, '/' and a word (lower case): a path holding none is no match (a filter only). */
    private static final List<String> INFRA_WORDS = List.of("/actuator", "/metrics", "/doc", "/ui", "/scalar", "/swagger", "/api-docs", "/openapi",
            "/redoc", "/reference", "/graphql", "/favicon.ico", "/robots.txt", "/static", "/public", "/assets", "/uploads", "/.well-known");

    private static boolean infraSegment(String path) {
        String low = path.toLowerCase(Locale.ROOT);
        for (String w : INFRA_WORDS) if (low.contains(w)) return true;
        return false;
    }

    /** The path without its version segments: /api/v1/auth/login gives /api/auth/login; a path with none is returned as is. */
    public static String withoutVersion(String path) {
        if (path == null) return null;
        StringBuilder sb = new StringBuilder();
        String[] segs = path.split("/", -1);
        for (int i = 0; i < segs.length; i++) {
            if (i > 0 && VERSION_SEGMENT.matches(segs[i].toLowerCase(Locale.ROOT))) continue;
            if (i > 0) sb.append('/');
            sb.append(segs[i]);
        }
        String out = sb.toString();
        return out.isEmpty() ? "/" : out;
    }

    /** A route whose path carries a version segment (/v1/..., /api/v2/...) or that the framework selects by version. */
    public static boolean versioned(Route r) {
        if (r.version() != null && !r.version().isBlank()) return true;
        for (String s : r.path().toLowerCase(Locale.ROOT).split("/")) if (VERSION_SEGMENT.matches(s)) return true;
        return false;
    }

    /**
     * A route whose handler hands the exchange to a protocol that negotiates its own version: a Model Context Protocol
     * endpoint served by the MCP SDK's transport ({@link ValidatingSinks#mcpServerTransportCall}).
     */
    public static boolean protocolEndpoint(Project p, Route r) {
        Fn h = r.handler();
        if (h == null || h.location() == null) return false;
        FileFacts f = p.files().get(h.location().path());
        if (f == null) return false;
        for (CallSite cs : h.calls()) if (ValidatingSinks.mcpServerTransportCall(p, cs, f)) return true;
        return false;
    }

    /** Per application (test code left out), in the model's order. */
    public List<AppVersions> apps() {
        return Collections.unmodifiableList(apps);
    }

    /** What one application shows. */
    public AppVersions of(Application a) {
        for (AppVersions v : apps) if (v.app() == a) return v;
        return new AppVersions(a, List.of(), List.of());
    }

    /** Versioning set up outside route paths: Nest enableVersioning, a version header the code reads, a versioning library. */
    public List<Location> mechanisms() {
        return Collections.unmodifiableList(mechanisms);
    }
}
