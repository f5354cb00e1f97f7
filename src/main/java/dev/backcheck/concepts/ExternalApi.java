package dev.backcheck.concepts;

import dev.backcheck.findings.Location;
import dev.backcheck.lang.facts.CallSite;
import dev.backcheck.lang.facts.FileFacts;
import dev.backcheck.lang.facts.Fn;
import dev.backcheck.lang.facts.Val;
import dev.backcheck.lang.facts.Vals;
import dev.backcheck.lang.facts.Val.*;
import dev.backcheck.model.Analysis;
import dev.backcheck.model.Application;
import dev.backcheck.model.Project;
import dev.backcheck.model.Route;

import java.util.*;
import java.util.regex.Pattern;

/**
 * Whether an application serves an API that clients outside its own deployment consume: the routes a contract
 * (OpenAPI) or a version prefix is for. Left out, per route: health, metrics, docs, GraphQL and static files
 * ({@link ApiVersioning#infra}), routes that render a page or redirect (a website's; an app whose template-rendering
 * routes are at least as many as its JSON routes is a website), OAuth redirects a library
 * answers (a route with no project handler under an auth path) and an auth library's catch-all handler
 * ({@code /api/auth/**}). Per application: an app never listened on, exported or handed to anything (dead code), and
 * a GraphQL or tRPC API whose few REST routes are stubs beside it (at most three, or six beside twice as many
 * operations: the schema is the contract). A website (an app
 * with page routes) keeps its JSON routes here, but {@link #website} tells that they ship with its own pages.
 */
public final class ExternalApi {

    /** At most this many REST routes beside a GraphQL schema are stubs (a hello route, a dev seed, a webhook). */
    private static final int STUBS_BESIDE_GRAPHQL = 3;
    private static final Set<String> PAGE = Set.of("render", "view", "html", "sendFile", "redirect");
    private static final Set<String> RENDER = Set.of("render", "view");
    private static final Set<String> AUTH_SEGMENTS = Set.of("auth", "oauth", "oauth2", "login", "logout", "callback", "signin", "sso");
    private static final Pattern STATS = Pattern.compile("(?i)(/[^/]+)*/(stats|status)");

    /** One application's view. */
    public record AppApi(Application app, List<Route> consumed, boolean website, boolean dead) {
        /** True when external clients consume an API of this application. */
        public boolean serves() {
            return !dead && !consumed.isEmpty();
        }
    }

    private final List<AppApi> apps = new ArrayList<>();

    private ExternalApi(Project p) {
        ApiVersioning av = ApiVersioning.of(p);
        boolean graphql = false;
        int operations = 0;
        for (Application a : p.applications()) for (Route r : a.routes()) if (!r.isHttp()) {
            graphql = true;
            operations++;
        }
        for (ApiVersioning.AppVersions v : av.apps()) {
            Application a = v.app();
            List<Route> consumed = new ArrayList<>();
            int rendered = 0;
            for (Route r : v.apiRoutes()) {
                if (rendersPage(r)) rendered++;
                if (page(r)) continue;
                if (authLibrary(r) || STATS.matcher(r.path()).matches()) continue;
                // a provider's callback: the handler checks the sender's signature (a Stripe, GitHub or Discord webhook),
                // so its one client is the provider, which calls the fixed URL registered with it and sets the payload
                if (signedBySender(p, r) || LibraryEndpoints.forPlatform(r)) continue;
                consumed.add(r);
            }
            // a GraphQL API with a few REST routes beside it: at most three, or at most six when the schema holds at
            // least twice as many operations (login/logout and two counters beside twelve queries and mutations)
            if (graphql && (consumed.size() <= STUBS_BESIDE_GRAPHQL
                    || consumed.size() <= 2 * STUBS_BESIDE_GRAPHQL && operations >= 2 * consumed.size())) consumed.clear();
            // a website: its pages are rendered here and its JSON routes (AJAX helpers of those pages) are no more than them
            boolean website = rendered > 0 && consumed.size() <= rendered;
            apps.add(new AppApi(a, List.copyOf(consumed), website, dead(p, a)));
        }
    }

    /**
     * A route whose handler verifies the sender's signature ({@link dev.backcheck.model.RouteBehaviour.Reason#SIGNATURE})
     * and that no user-authentication control guards (a provider cannot sign in). Asked for every API route, so the
     * handler walk runs only for routes without such a control.
     */
    private static boolean signedBySender(Project p, Route r) {
        if (r.handler() == null) return false;
        // a route behind a user-authentication control is called by signed-in clients, not by a provider: no walk
        if (r.has(dev.backcheck.model.ControlKind.AUTH)) return false;
        return dev.backcheck.model.RouteBehaviour.of(p).of(r).reasons().contains(dev.backcheck.model.RouteBehaviour.Reason.SIGNATURE);
    }

    public static ExternalApi of(Project p) {
        return p.derived(ExternalApi.class, ExternalApi::new);
    }

    /** Per application (test code left out), in the model's order. */
    public List<AppApi> apps() {
        return Collections.unmodifiableList(apps);
    }

    /** What one application shows. */
    public AppApi of(Application a) {
        for (AppApi x : apps) if (x.app() == a) return x;
        return new AppApi(a, List.of(), false, false);
    }

    /**
     * True when an application needs no API-wide control (security headers, an error handler, a rate limiter,
     * compression): it is dead code ({@link AppApi#dead}) or all it serves is probes and metrics, as far as the model
     * can tell ({@link #probesOnly}, and no registration in the application's file that the model could not follow,
     * such as plugins loaded at run time).
     */
    public static boolean idle(Project p, Application a) {
        if (of(p).of(a).dead()) return true;
        if (!probesOnly(a) || a.location() == null) return false;
        String file = a.location().path();
        return p.notModelled().stream().noneMatch(n -> n.registration() && n.path().equals(file));
    }

    /**
     * True when the application is a static file server and no API: every HTTP route beside its probes hands out a file
     * whose path the handler builds from constants alone ({@code app.get('*', (req, res) => res.sendFile(path.join(__dirname,
     * 'build', 'index.html')))}, the fallback of a single-page app's build served with {@code express.static}), reading
     * nothing of the request. No code of the app's own runs per request beyond that, so what an API needs around its
     * handlers (an error handler that shapes errors, request metrics and tracing, a rate limiter on its operations) has
     * nothing to cover. With {@link #idle}'s caveat: nothing registered in the application's file went unfollowed.
     * Security headers and compression still matter for the files it sends (asked apart, not here).
     */
    public static boolean staticFilesOnly(Project p, Application a) {
        if (a.location() == null || a.routes().isEmpty()) return false;
        boolean files = false;
        for (Route r : a.routes()) {
            if (!r.isHttp()) return false;
            if (HealthChecks.isHealthPath(r.path())) continue;
            if (!sendsFixedFile(r.handler())) return false;
            files = true;
        }
        if (!files) return false;
        String file = a.location().path();
        return p.notModelled().stream().noneMatch(n -> n.registration() && n.path().equals(file));
    }

    private static final Set<String> SENDS_FILE = Set.of("sendFile", "sendfile");
    private static final Set<String> PATH_PARTS = Set.of("join", "resolve");

    /**
     * The handler's only work is {@code res.sendFile(..)} of a path made of constants, {@code __dirname}/{@code
     * process.cwd()} and {@code path.join}/{@code path.resolve} of them (log lines aside); it reads nothing of the request.
     */
    private static boolean sendsFixedFile(Fn h) {
        if (h == null || !h.nested().isEmpty() || !h.reads().isEmpty() || h.calls().isEmpty()) return false;
        boolean sends = false;
        for (CallSite cs : h.calls()) {
            String m = cs.methodName();
            if (!cs.isNew() && LOG_LEVELS.contains(String.valueOf(m))
                    && LOGGER_NAME.matcher(String.valueOf(Vals.lastName(Analysis.receiver(cs.callee())))).matches()) continue;
            if (cs.isNew() || m == null) return false;
            if (PATH_PARTS.contains(m) || m.equals("cwd")) {
                for (Val arg : cs.args()) if (!fixedPath(arg)) return false;
                continue;
            }
            if (!SENDS_FILE.contains(m) || cs.args().isEmpty() || !fixedPath(cs.args().get(0))) return false;
            for (int i = 1; i < cs.args().size(); i++) if (!constant(cs.args().get(i)) && !fixedPath(cs.args().get(i))) return false;
            sends = true;
        }
        return sends;
    }

    /** A path built from constants, {@code __dirname}/{@code __filename}, {@code process.cwd()} and path.join/resolve of them. */
    private static boolean fixedPath(Val v) {
        if (v == null) return false;
        if (constant(v)) return true;
        if (v instanceof Global g) return g.path().isEmpty() && (g.name().equals("__dirname") || g.name().equals("__filename"));
        if (v instanceof Call c) {
            String m = Vals.lastName(c.callee());
            if ("cwd".equals(m) && c.args().isEmpty()) return Analysis.receiver(c.callee()) instanceof Global g && g.name().equals("process");
            if (m == null || !PATH_PARTS.contains(m)) return false;
            for (Val a : c.args()) if (!fixedPath(a)) return false;
            return true;
        }
        if (v instanceof Tpl t) {
            for (Val h : t.holes()) if (!fixedPath(h)) return false;
            return true;
        }
        return false;
    }

    /** True when every HTTP route of the app is a probe: health, metrics or a stats page (a websocket server's side door). */
    public static boolean probesOnly(Application a) {
        boolean any = false;
        for (Route r : a.routes()) {
            if (!r.isHttp()) return false;
            any = true;
            String path = r.path();
            if (!HealthChecks.isHealthPath(path) && !STATS.matcher(path).matches()
                    && !Telemetry.isMetricsPath(path)) return false;
        }
        return any;
    }

    /**
     * True when the app's API is GraphQL or tRPC (which shape their own errors) and no HTTP route beside it can fail in
     * the app's own code: each is a probe or metrics page, a route an authentication library answers, or a handler that
     * answers constants and calls nothing else ({@code c.json({ name: 'api' })}). With {@link #idle}'s caveat: nothing
     * registered in the app's file went unfollowed. Not for Express: a body parser mounted before the GraphQL
     * endpoint (express.json()) still hands a malformed body's error to Express's default handler.
     */
    public static boolean graphOnly(Project p, Application a) {
        if (a.location() == null || a.framework().equals("express")) return false;
        // its own GraphQL/tRPC endpoints, or a tRPC/GraphQL server mounted in its file (@hono/trpc-server's trpcServer)
        boolean graph = a.routes().stream().anyMatch(r -> !r.isHttp()) || p.applications().stream().anyMatch(o -> o != a
                && (o.framework().equals("trpc") || o.framework().equals("graphql")) && o.location() != null
                && o.location().path().equals(a.location().path()) && !o.routes().isEmpty());
        if (!graph) return false;
        for (Route r : a.routes()) {
            if (!r.isHttp()) continue;
            String path = r.path();
            if (HealthChecks.isHealthPath(path) || STATS.matcher(path).matches() || path.matches("(?i)(/[^/]+)*/metrics")) continue;
            if (authLibrary(r) || constantAnswer(r)) continue;
            return false;
        }
        String file = a.location().path();
        return p.notModelled().stream().noneMatch(n -> n.registration() && n.path().equals(file));
    }

    private static final Set<String> LOG_LEVELS = Set.of("log", "info", "debug", "trace", "warn");
    private static final Pattern LOGGER_NAME = Pattern.compile("(?i)console|log|logger|[a-z]*logger");
    private static final Set<String> ANSWERS = Set.of("send", "json", "text", "status", "code", "header", "type", "end", "html",
            "body", "sendStatus", "redirect", "setHeader");

    /** A handler that answers constants and does nothing else: {@code (req, res) => res.json({ ok: true })}. */
    private static boolean constantAnswer(Route r) {
        Fn h = r.handler();
        if (h == null || !h.nested().isEmpty() || !h.reads().isEmpty() || h.calls().isEmpty()) return false;
        for (CallSite cs : h.calls()) {
            // logger.info('root endpoint hit'): a log line beside the answer
            if (!cs.isNew() && LOG_LEVELS.contains(String.valueOf(cs.methodName()))
                    && LOGGER_NAME.matcher(String.valueOf(Vals.lastName(Analysis.receiver(cs.callee())))).matches()) continue;
            if (cs.isNew() || !ANSWERS.contains(String.valueOf(cs.methodName()))) return false;
            for (Val arg : cs.args()) if (!constant(arg)) return false;
        }
        for (Val ret : h.returns()) if (!(ret instanceof Call) && !constant(ret)) return false;
        return true;
    }

    private static boolean constant(Val v) {
        return !Vals.anyPart(v, x -> !(x instanceof Lit || x instanceof Obj || x instanceof Arr || x instanceof Tpl t && t.holes().isEmpty()));
    }

    /** A route that renders a page or redirects: a website route, not an API one. */
    public static boolean page(Route r) {
        return calls(r, PAGE);
    }

    /** A route that renders a template ({@code res.render}, a view): a website's page. */
    public static boolean rendersPage(Route r) {
        return calls(r, RENDER);
    }

    /** The handler, or a callback inside it ({@code req.logout(() => res.redirect('/'))}), calls one of {@code names}. */
    private static boolean calls(Route r, Set<String> names) {
        if (r.handler() == null) return false;
        List<Fn> all = new ArrayList<>();
        all.add(r.handler());
        all.addAll(r.handler().nested());
        for (Fn fn : all) for (CallSite cs : fn.calls()) if (cs.methodName() != null && names.contains(cs.methodName())) return true;
        return false;
    }

    /**
     * A route an authentication library answers: no project handler, or an empty one, under an auth path (passport's
     * {@code authenticate('google')} redirect), or a catch-all under an auth segment ({@code /api/auth/**}, the
     * handler better-auth or Auth.js mount, whose paths the library defines).
     */
    static boolean authLibrary(Route r) {
        List<String> segs = new ArrayList<>();
        for (String s : r.path().toLowerCase(Locale.ROOT).split("/")) if (!s.isEmpty()) segs.add(s);
        boolean authPath = segs.stream().anyMatch(AUTH_SEGMENTS::contains);
        if (!authPath) return false;
        // no handler of the project's, or an empty one after passport.authenticate(...) (which answers with a redirect)
        if (r.handler() == null || r.handler().calls().isEmpty() && r.handler().returns().isEmpty()) return true;
        String last = segs.isEmpty() ? "" : segs.get(segs.size() - 1);
        return last.equals("*") || last.equals("**") || last.startsWith("*") || last.startsWith(":") && last.endsWith("*");
    }

    /**
     * The handler hands the request to an authentication library's request handler ({@code auth.handler(c.req.raw)} of
     * better-auth, Auth.js): the library's own endpoints (sign-in, sign-up, password reset), which check what the client
     * sends themselves, even when a project handler wraps them (a lockout before sign-in).
     */
    public static boolean handsToAuthLibrary(Project project, Route r) {
        if (r.handler() == null || !(project.dependsOn("better-auth") || project.dependsOn("next-auth") || project.dependsOn("@auth/core"))) return false;
        List<Fn> fns = new ArrayList<>();
        fns.add(r.handler());
        fns.addAll(r.handler().nested());
        for (Fn fn : fns) {
            for (CallSite cs : fn.calls()) {
                if (!"handler".equals(cs.methodName()) || cs.args().size() != 1) continue;
                String recv = String.valueOf(Vals.lastName(Analysis.receiver(cs.callee())));
                if (recv.toLowerCase(Locale.ROOT).contains("auth")) return true;
            }
        }
        return false;
    }

    /**
     * An app created with no listen call, not exported from its file and not handed to any call there
     * ({@code http.createServer(app)}, {@code serve({ fetch: app.fetch })}): routes registered on it never answer.
     */
    static boolean dead(Project p, Application a) {
        if (!a.listens().isEmpty() || a.location() == null) return false;
        if (!a.framework().equals("express") && !a.framework().equals("fastify") && !a.framework().equals("hono")) return false;
        FileFacts f = p.file(a.location().path());
        if (f == null) return false;
        // an app kept on an object (this.app = express() in a class) is listened on through it: not followed here
        if (!f.classes().isEmpty()) return false;
        Location site = a.location();
        // only an app made by a call here (express(), Fastify(), new Hono()); a plugin function fastify-cli loads is not
        boolean made = false;
        for (Fn fn : Analysis.functions(f)) for (CallSite cs : fn.calls()) made |= sameSite(cs.location(), site);
        if (!made) return false;
        for (Val e : f.exports().values()) if (mentions(p, e, f, site, 0)) return false;
        for (Fn fn : Analysis.functions(f)) {
            for (CallSite cs : fn.calls()) {
                if ("listen".equals(cs.methodName())) return false;
                for (Val arg : cs.args()) if (mentions(p, arg, f, site, 0)) return false;
            }
            for (Val ret : fn.returns()) if (mentions(p, ret, f, site, 0)) return false;
        }
        return true;
    }

    private static boolean mentions(Project p, Val v, FileFacts f, Location site, int depth) {
        if (v == null || depth > 6) return false;
        Project.Resolved r = p.resolve(v, f);
        Val x = r.val();
        if (x instanceof Call c && sameSite(c.site(), site) || x instanceof New n && sameSite(n.site(), site)) return true;
        if (x instanceof Member m) return mentions(p, m.object(), r.file(), site, depth + 1);
        if (x instanceof Obj o) {
            for (Val pv : o.props().values()) if (mentions(p, pv, r.file(), site, depth + 1)) return true;
        }
        if (x instanceof Arr arr) {
            for (Val i : arr.items()) if (mentions(p, i, r.file(), site, depth + 1)) return true;
        }
        if (x instanceof Call c) {
            // a chained registration app.use(...).get(...) returned or exported is the app
            Val recv = Analysis.receiver(c.callee());
            if (recv != null && mentions(p, recv, r.file(), site, depth + 1)) return true;
        }
        return false;
    }

    private static boolean sameSite(Location a, Location b) {
        return a != null && b != null && a.path().equals(b.path()) && a.line() == b.line() && a.column() == b.column();
    }
}
