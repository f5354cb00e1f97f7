package dev.backcheck.rules.api;

import dev.backcheck.concepts.ConfigValues;
import dev.backcheck.findings.Location;
import dev.backcheck.flow.CallIndex;
import dev.backcheck.lang.facts.CallSite;
import dev.backcheck.lang.facts.FileFacts;
import dev.backcheck.lang.facts.Fn;
import dev.backcheck.lang.facts.Val;
import dev.backcheck.lang.facts.Val.*;
import dev.backcheck.model.Application;
import dev.backcheck.model.ControlKind;
import dev.backcheck.model.Project;
import dev.backcheck.model.Route;
import dev.backcheck.rules.Rule;
import dev.backcheck.rules.RuleContext;
import dev.backcheck.rules.RuleId;
import dev.backcheck.rules.TaintRule;

import java.util.*;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request-body limit set above the {@code max} option (default 1mb), or to no limit at all: Express / body-parser
 * {@code json}, {@code urlencoded}, {@code raw}, {@code text} with {@code limit}, Nest {@code app.useBodyParser(type,
 * { limit })}, Fastify {@code bodyLimit} (server, route or FastifyAdapter option), Hono {@code bodyLimit({ maxSize })}.
 * The parsers' own defaults are safe (body-parser 100kb, Fastify 1 MiB), so a parser without options is not reported.
 * A client can send bodies that large to any route the parser covers: parsing a 50 MB JSON document blocks the event
 * loop and holds the memory, a cheap denial of service.
 */
@RuleId("api/body-limit")
public final class BodyLimitRule implements Rule {
    private static final Map<String, String> PARSERS = new LinkedHashMap<>();
    static {
        for (String t : List.of("json", "urlencoded", "raw", "text")) {
            PARSERS.put("express." + t, "express." + t + "()");
            PARSERS.put("body-parser." + t, "bodyParser." + t + "()");
        }
    }
    private static final Pattern SIZE = Pattern.compile("(?i)\\s*(\\d+(?:\\.\\d+)?)\\s*(b|kb|mb|gb|tb|pb)?\\s*");

    @Override
    public void check(Project project, RuleContext ctx) {
        CallIndex index = CallIndex.of(project);
        long max = bytes(String.valueOf(ctx.option("max")));
        if (max <= 0) max = 1024 * 1024;
        List<Object[]> hits = new ArrayList<>();
        for (Map.Entry<String, String> e : PARSERS.entrySet()) {
            for (CallIndex.Site s : index.sites(e.getKey())) {
                Val opts = s.cs().arg(0);
                if (opts == null) continue;
                Val limit = field(project, opts, s.file(), "limit");
                if (limit != null) hits.add(new Object[]{s, limit, e.getValue() + " limit", "express"});
            }
        }
        // Nest: app.useBodyParser('json', { limit: '50mb' })
        for (CallIndex.Site s : index.sites("*.useBodyParser")) {
            Val opts = s.cs().arg(1);
            Val limit = opts == null ? null : field(project, opts, s.file(), "limit");
            if (limit != null) hits.add(new Object[]{s, limit, "useBodyParser('" + Objects.requireNonNullElse(Val.constString(s.cs().arg(0)), "json") + "') limit", "nestjs"});
        }
        // Fastify: Fastify({ bodyLimit }), new FastifyAdapter({ bodyLimit }), route options { bodyLimit }
        for (String k : List.of("fastify", "fastify.default", "fastify.fastify", "new @nestjs/platform-fastify.FastifyAdapter")) {
            for (CallIndex.Site s : index.sites(k)) {
                Val opts = s.cs().arg(0);
                Val limit = opts == null ? null : field(project, opts, s.file(), "bodyLimit");
                if (limit != null) hits.add(new Object[]{s, limit, "Fastify bodyLimit", k.contains("Adapter") ? "nestjs" : "fastify"});
            }
        }
        for (String m : List.of("*.post", "*.put", "*.patch", "*.route", "*.all")) {
            for (CallIndex.Site s : index.sites(m)) {
                for (Val a : s.cs().args()) {
                    if (!(a instanceof Obj o) || !o.props().containsKey("bodyLimit")) continue;
                    hits.add(new Object[]{s, o.props().get("bodyLimit"), "route bodyLimit", "fastify"});
                }
            }
        }
        // Hono: bodyLimit({ maxSize })
        for (CallIndex.Site s : index.sites("hono/body-limit.bodyLimit")) {
            Val opts = s.cs().arg(0);
            Val limit = opts == null ? null : field(project, opts, s.file(), "maxSize");
            if (limit != null) hits.add(new Object[]{s, limit, "bodyLimit maxSize", "hono"});
        }
        ConfigValues config = ConfigValues.of(project);
        Set<Location> done = new HashSet<>();
        for (Object[] h : hits) {
            CallIndex.Site s = (CallIndex.Site) h[0];
            // (a parser in a file no process runs, a copy of the entry no script starts, limits nothing: ImportIndex#notRun)
            if (project.isTestPath(s.file().path()) || dev.backcheck.concepts.ImportIndex.of(project).notRun(s.file().path())
                    || !done.add(s.cs().location())) continue;
            Val limit = (Val) h[1];
            String label = (String) h[2];
            String framework = (String) h[3];
            if (framework.equals("express")) {
                String fw = TaintRule.frameworkOf(project, s.file().path());
                if (fw.equals("nestjs")) framework = "nestjs";
            }
            String text;
            long n;
            if (unlimited(project, limit, s.file())) {
                text = "no limit";
                n = Long.MAX_VALUE;
            } else {
                text = sizeText(config, limit, s.file(), s.fn());
                if (text == null) continue;
                n = bytes(text);
                if (n < 0) continue;
            }
            if (n <= max) continue;
            String shown = n == Long.MAX_VALUE ? "removed (Infinity)" : text.matches("\\s*\\d+\\s*") ? n / (1024 * 1024) + " MiB (" + text.strip() + " bytes)" : "'" + text + "'";
            // a parser mounted under a path (app.use('/webhooks/stripe', express.raw({ limit }))) whose every route
            // authenticates or checks the sender's signature: the route-scoped raise this rule recommends
            if (pathScopedToTrusted(project, s.cs().location())) continue;
            Route scoped = routeOf(project, s.cs().location());
            // a limit raised on one route that authenticates first is the route-scoped raise this rule recommends
            if (scoped != null && scoped.has(ControlKind.AUTH)) continue;
            String reach = scoped != null
                    ? ": it is raised on " + scoped.label() + " only, but that route runs no authentication, so any client can send a body"
                      + " that large to it, and parsing it holds the event loop and the memory (a cheap denial of service). Authenticate"
                      + " before the body is read, and stream an upload to storage rather than parsing it in memory."
                    : ": any client can send a body that large to every route the parser covers, and parsing it holds the event loop"
                      + " and the memory (a cheap denial of service). Keep the global limit small and raise it only on the route that"
                      + " needs it (an upload streamed to storage rather than parsed in memory).";
            ctx.report(s.cs().location(), label + " is " + shown + ", over the " + String.valueOf(ctx.option("max")) + " maximum" + reach)
                    .fix(ctx.meta().fixText(framework))
                    .property("limit", n == Long.MAX_VALUE ? "none" : String.valueOf(n))
                    .add();
        }
    }

    /**
     * True when the parser made at {@code site} is mounted only under a path prefix, some route sits under it, and every
     * such route authenticates (AUTH in its chain, the parser's own chain included) or is a webhook that checks its
     * sender's signature (RouteBehaviour SIGNATURE).
     */
    private static boolean pathScopedToTrusted(Project project, Location site) {
        boolean any = false;
        for (Application a : project.applications()) {
            for (Application.Mount m : a.mounts()) {
                if (m.control().kind() != ControlKind.BODY_PARSER || m.control().options() == null
                        || !(m.control().options().value() instanceof Call c) || !site.equals(c.site())) continue;
                if (m.pathPrefix().isEmpty() || m.pathPrefix().equals("/")) return false;
                for (Route r : a.routes()) {
                    String p = r.path() == null ? "" : r.path();
                    if (!(p.equals(m.pathPrefix()) || p.startsWith(m.pathPrefix().endsWith("/") ? m.pathPrefix() : m.pathPrefix() + "/"))) continue;
                    any = true;
                    boolean trusted = r.has(ControlKind.AUTH) || !"GET".equalsIgnoreCase(r.method())
                            && dev.backcheck.model.RouteBehaviour.of(project).of(r).shows(dev.backcheck.model.RouteBehaviour.Reason.SIGNATURE);
                    if (!trusted) return false;
                }
            }
        }
        return any;
    }

    /** The route whose registration call holds {@code site} (a limit passed as route middleware or route option), or null. */
    private static Route routeOf(Project project, Location site) {
        Route best = null;
        for (Application a : project.applications()) {
            for (Route r : a.routes()) {
                Location l = r.location();
                if (l == null || !l.path().equals(site.path()) || site.line() < l.line() || site.line() > l.endLine()) continue;
                if (l.line() == site.line() && site.column() < l.column()) continue;
                if (best == null || l.endLine() - l.line() < best.location().endLine() - best.location().line()) best = r;
            }
        }
        return best;
    }

    private static Val field(Project project, Val opts, FileFacts f, String key) {
        Val o = project.resolve(opts, f).val();
        return o instanceof Obj obj ? obj.props().get(key) : null;
    }

    private static boolean unlimited(Project project, Val v, FileFacts f) {
        Val r = project.resolve(v, f).val();
        if (r instanceof Global g) {
            String n = g.name() + (g.path().isEmpty() ? "" : "." + String.join(".", g.path()));
            return n.equals("Infinity") || n.equals("Number.POSITIVE_INFINITY") || n.equals("Number.MAX_SAFE_INTEGER") || n.equals("Number.MAX_VALUE");
        }
        return false;
    }

    /** The size as written (a literal, or an env fallback written in code); null when the code does not say. */
    private static String sizeText(ConfigValues config, Val v, FileFacts f, Fn fn) {
        String c = Val.constString(v);
        if (c != null) return c;
        ConfigValues.Value cv = config.value(v, f, fn);
        return cv.inCode() ? cv.text() : null;
    }

    /** bytes-style sizes: 100kb, 50mb, 1.5gb, a plain number of bytes; -1 when unreadable. */
    static long bytes(String s) {
        if (s == null) return -1;
        Matcher m = SIZE.matcher(s);
        if (!m.matches()) return -1;
        double n = Double.parseDouble(m.group(1));
        String u = m.group(2) == null ? "b" : m.group(2).toLowerCase(Locale.ROOT);
        double mul = switch (u) {
            case "kb" -> 1024d;
            case "mb" -> 1024d * 1024;
            case "gb" -> 1024d * 1024 * 1024;
            case "tb" -> 1024d * 1024 * 1024 * 1024;
            case "pb" -> 1024d * 1024 * 1024 * 1024 * 1024;
            default -> 1d;
        };
        double b = n * mul;
        return b >= Long.MAX_VALUE ? Long.MAX_VALUE - 1 : (long) b;
    }
}
