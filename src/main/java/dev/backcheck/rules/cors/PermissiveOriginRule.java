package dev.backcheck.rules.cors;

import dev.backcheck.findings.Level;
import dev.backcheck.frameworks.routingcontrollers.RoutingControllers;
import dev.backcheck.lang.facts.*;
import dev.backcheck.lang.facts.Val.*;
import dev.backcheck.findings.Location;
import dev.backcheck.model.Analysis;
import dev.backcheck.model.Application;
import dev.backcheck.model.Control;
import dev.backcheck.model.ControlKind;
import dev.backcheck.model.Project;
import dev.backcheck.rules.Rule;
import dev.backcheck.rules.RuleContext;
import dev.backcheck.rules.RuleId;

import java.util.Set;

/**
 * CORS configured to allow any origin: no origin (the cors packages default to '*'), '*', true,
 * or an origin function that allows or reflects every origin. Error together with credentials.
 */
@RuleId("cors/permissive-origin")
public final class PermissiveOriginRule implements Rule {
    private static final Set<String> CHECKS = Set.of("includes", "has", "test", "indexOf", "some", "find", "match",
            "endsWith", "startsWith", "exec", "every", "get", "lastIndexOf", "findIndex");

    @Override
    public void check(Project project, RuleContext ctx) {
        // Fastify: the options the model resolved for each @fastify/cors it loaded (a register call, a helper
        // returning the options, an autoloaded file's autoConfig export)
        java.util.Set<Location> judged = new java.util.HashSet<>();
        java.util.List<Control.Options> fastify = new java.util.ArrayList<>();
        for (Application app : project.applications()) {
            if (!app.framework().equals("fastify")) continue;
            for (Application.Mount m : app.mounts()) {
                Control c = m.control();
                if (c.kind() == ControlKind.CORS && c.options() != null && judged.add(c.options().at())) fastify.add(c.options());
            }
        }
        fastify.sort(java.util.Comparator.comparing((Control.Options o) -> o.at().path()).thenComparingInt(o -> o.at().line())
                .thenComparingInt(o -> o.at().column()));
        for (Control.Options o : fastify) {
            FileFacts of = project.file(o.file());
            if (of == null) continue;
            judge(project, ctx, o.at(), "fastify", o.value() != null, o.value(), of, null, false);
        }
        // the calls candidate() can pass, by method name and by the call index's resolved names: the files holding none
        // are skipped, and the preflight duplicates are worked out only in a function holding one
        dev.backcheck.concepts.CallFilter maybe = dev.backcheck.concepts.CallFilter.of(
                dev.backcheck.concepts.CallFilter.methods(project, CANDIDATE_METHODS),
                dev.backcheck.flow.CallIndex.of(project).qnamed(q -> q.equals("cors") || q.equals("hono/cors.cors") || q.equals("hono/cors")
                        || q.endsWith("NestFactory.create")));
        for (FileFacts f : project.files().values()) {
            // a test helper's app (__tests__/helpers/testApp.js) serves no one
            if (!maybe.file(f) || project.isTestPath(f.path())) continue;
            // a file no entry runs (a side debug server beside the package's entry) or only the tests load serves no one
            dev.backcheck.concepts.ImportIndex index = dev.backcheck.concepts.ImportIndex.of(project);
            if (index.dead(f.path()) || index.testOnly(f.path())) continue;
            for (Fn fn : Analysis.functions(f)) {
                java.util.Set<String> unreachable = null;
                for (CallSite cs : fn.calls()) {
                    // only the calls check() can judge (a cors(), register, enableCors or NestFactory.create call) go on
                    // to the production-scope test: most calls of a project are none of them
                    if (!maybe.call(cs) || !candidate(project, f, cs)) continue;
                    if (unreachable == null) unreachable = preflightDuplicates(project, f, fn);
                    if (judged.contains(cs.location()) || !unreachable.isEmpty() && unreachable.contains(key(cs.location()))) continue;
                    // configured only outside production (if (process.env.NODE_ENV !== 'production') ...)
                    if (dev.backcheck.frameworks.ModelSupport.envScope(project, f, cs.guards())
                            == dev.backcheck.frameworks.ModelSupport.EnvScope.NOT_PRODUCTION) continue;
                    check(project, f, cs, ctx, readOnlyRoute(fn, cs));
                }
            }
        }
        for (dev.backcheck.frameworks.spring.SpringCors.Config c : dev.backcheck.frameworks.spring.SpringCors.of(project).configs()) spring(ctx, c);
    }

    /**
     * The cors() calls of {@code x.options('*', cors())} that follow an {@code x.use(cors(...))} on every
     * path in the same function: the first cors middleware already answers every preflight, so the
     * second never runs (the first is the one judged).
     */
    private static java.util.Set<String> preflightDuplicates(Project project, FileFacts f, Fn fn) {
        java.util.Set<String> out = new java.util.HashSet<>();
        java.util.Set<String> covered = new java.util.HashSet<>();
        for (CallSite cs : fn.calls()) {
            String m = cs.methodName();
            if (m == null || !(m.equals("use") || m.equals("options"))) continue;
            Val r = Analysis.receiver(cs.callee());
            String recv = r == null ? null : dev.backcheck.lang.facts.Vals.lastName(r);
            if (recv == null) continue;
            if (m.equals("use") && cs.guards().isEmpty() && !cs.args().isEmpty() && isCors(project, f, cs.arg(0))) covered.add(recv);
            else if (m.equals("options") && covered.contains(recv) && cs.args().size() >= 2) {
                for (int i = 1; i < cs.args().size(); i++) {
                    if (cs.arg(i) instanceof Call c && isCors(project, f, c)) {
                        if (c.site() != null) out.add(key(c.site()));
                        if (i < cs.argLocations().size() && cs.argLocations().get(i) != null) out.add(key(cs.argLocations().get(i)));
                    }
                }
            }
        }
        return out;
    }

    private static String key(Location l) {
        return l.path() + ":" + l.line() + ":" + l.column();
    }

    private static boolean isCors(Project project, FileFacts f, Val v) {
        if (!(v instanceof Call c)) return false;
        String q = project.qname(c.callee(), f);
        return q != null && q.equals("cors");
    }

    /** Spring: a CorsRegistry mapping, a CorsConfiguration or @CrossOrigin that allows every origin. */
    private void spring(RuleContext ctx, dev.backcheck.frameworks.spring.SpringCors.Config c) {
        if (!c.anyOrigin()) return;
        String consequence;
        Level level = Level.WARNING;
        if (c.credentials() && c.pattern()) {
            consequence = " with credentials allowed: Spring answers every origin by echoing it back, so any website can make"
                    + " authenticated requests with the user's cookies and read the answers.";
            level = Level.ERROR;
        } else if (c.credentials()) {
            consequence = " with credentials allowed: Spring refuses this combination when a request arrives (allowedOrigins cannot"
                    + " contain '*' with allowCredentials), and the usual quick fix, allowedOriginPatterns(\"*\"), would let any website act as the user.";
        } else {
            consequence = ", so any website can read this API's responses from a visitor's browser.";
        }
        String fix = ctx.meta().fixFor("spring", java.util.Map.of("credentials", c.credentials() ? ".allowCredentials(true)" : ""));
        ctx.report(c.at(), c.what() + " allows every origin" + consequence)
                .level(level)
                .fix(fix != null ? fix : "list the allowed origins explicitly")
                .property("framework", "spring")
                .add();
    }

    private static final java.util.Set<String> CANDIDATE_METHODS = java.util.Set.of("register", "createExpressServer", "useExpressServer", "enableCors");

    /** True for a call one of {@link #check}'s branches looks at (it returns at once on every other call). */
    private static boolean candidate(Project project, FileFacts f, CallSite cs) {
        String m = cs.methodName();
        if ("register".equals(m) || "createExpressServer".equals(m) || "useExpressServer".equals(m) || "enableCors".equals(m)) return true;
        String q = project.qname(cs.callee(), f);
        return q != null && (q.equals("cors") || q.equals("hono/cors.cors") || q.equals("hono/cors") || q.endsWith("NestFactory.create"));
    }

    /**
     * True when the cors() call {@code cs} is a middleware argument of one GET or HEAD route registration in {@code fn}
     * ({@code router.get('/', cors({ origin: '*' }), handler)}): it answers only that read-only route.
     */
    private static boolean readOnlyRoute(Fn fn, CallSite cs) {
        if (cs.location() == null) return false;
        for (CallSite r : fn.calls()) {
            String m = r.methodName();
            if (m == null || r == cs || r.args().size() < 2) continue;
            for (int i = 1; i < r.args().size(); i++) {
                if (r.arg(i) instanceof Call c && cs.location().equals(c.site())) return m.equals("get") || m.equals("head");
            }
        }
        return false;
    }

    /** Methods that only read. */
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    /**
     * The options' allowed methods ({@code allowMethods} for hono/cors, {@code methods} for cors and @fastify/cors), an
     * array of literals or a comma-separated string, are all safe methods (GET, HEAD, OPTIONS): a read-only API.
     */
    private static boolean safeMethodsOnly(Project project, Obj o, FileFacts f) {
        Val v = o.props().containsKey("allowMethods") ? o.props().get("allowMethods") : o.props().get("methods");
        if (v == null) return false;
        v = project.resolve(v, f).val();
        java.util.List<String> methods = new java.util.ArrayList<>();
        if (v instanceof Arr a) {
            for (Val x : a.items()) {
                String m = Val.constString(project.resolve(x, f).val());
                if (m == null) return false;
                methods.add(m);
            }
        } else if (v instanceof Lit l && l.value() instanceof String str) {
            for (String m : str.split(",")) methods.add(m);
        } else return false;
        if (methods.isEmpty()) return false;
        for (String m : methods) if (!SAFE_METHODS.contains(m.strip().toUpperCase(java.util.Locale.ROOT))) return false;
        return true;
    }

    private void check(Project project, FileFacts f, CallSite cs, RuleContext ctx, boolean readOnlyRoute) {
        String m = cs.methodName();
        String q = project.qname(cs.callee(), f);
        String framework;
        Val options;
        boolean present;
        String label = null;
        if (q != null && (q.equals("cors") || q.equals("hono/cors.cors") || q.equals("hono/cors"))) {
            framework = q.startsWith("hono") ? "hono" : "express";
            present = !cs.args().isEmpty();
            options = present ? cs.arg(0) : null;
        } else if ("register".equals(m) && !cs.args().isEmpty()) {
            String r = project.qname(cs.arg(0), f);
            if (r == null || !(r.equals("@fastify/cors") || r.equals("fastify-cors"))) return;
            framework = "fastify";
            present = cs.args().size() > 1;
            options = present ? cs.arg(1) : null;
        } else if (("createExpressServer".equals(m) || "useExpressServer".equals(m))
                && RoutingControllers.corsOption(project, f, cs) != null) {
            // routing-controllers mounts cors() (cors: true) or cors(options) on the Express app
            Val c = RoutingControllers.corsOption(project, f, cs);
            framework = "express";
            present = !(project.resolve(c, f).val() instanceof Lit);
            label = m + (present ? "({ cors })" : "({ cors: true })");
            options = present ? c : null;
            if (!present && !(project.resolve(c, f).val() instanceof Lit l && Boolean.TRUE.equals(l.value()))) return;
        } else if ("enableCors".equals(m)) {
            framework = "nestjs";
            present = !cs.args().isEmpty();
            options = present ? cs.arg(0) : null;
        } else if (q != null && q.endsWith("NestFactory.create") && cs.args().size() > 1) {
            Val o = project.resolve(cs.arg(1), f).val();
            if (!(o instanceof Obj obj) || !obj.props().containsKey("cors")) return;
            Val c = obj.props().get("cors");
            framework = "nestjs";
            if (c instanceof Lit l && Boolean.TRUE.equals(l.value())) {
                present = false;
                options = null;
            } else if (c instanceof Lit) {
                return;
            } else {
                present = true;
                options = c;
            }
        } else {
            return;
        }
        judge(project, ctx, cs.location(), framework, present, options, f, label, readOnlyRoute);
    }

    /** Judges one CORS configuration: its options value (resolved in {@code f}), or none when not {@code present}. */
    private void judge(Project project, RuleContext ctx, Location at, String framework, boolean present, Val options,
                       FileFacts f, String label, boolean readOnlyRoute) {
        Project.Resolved ro = options == null ? null : project.resolve(options, f);
        Val opts = ro == null ? null : ro.val();
        if (ro != null && ro.file() != null) f = ro.file();
        String why;
        boolean credentials = false;
        if (!present || opts instanceof Lit l && l.value() == null) {
            why = "with no options, which allows every origin ('*')";
        } else if (opts instanceof Obj o) {
            Val cred = o.props().get("credentials");
            credentials = cred instanceof Lit cl && Boolean.TRUE.equals(cl.value());
            if (!o.props().containsKey("origin")) {
                why = "without an origin option, which allows every origin ('*')";
            } else {
                why = permissive(project, o.props().get("origin"), f);
                if (why == null) return;
            }
        } else {
            return; // options built elsewhere (a function result, an import): not judged
        }
        String name = switch (framework) {
            case "fastify" -> "@fastify/cors";
            case "nestjs" -> "enableCors";
            case "hono" -> "hono/cors";
            default -> "cors()";
        };
        if (label != null) name = label;
        // credentials: true belongs in the fix only when browsers really send credentials to this API
        String evidence = credentials ? "credentials: true is already set" : credentialEvidence(project);
        // A literal '*' is sent as Access-Control-Allow-Origin: *, which browsers refuse for credentialed
        // requests: cookies do not cross, so this is a broken setting, not an open door (reflection is).
        boolean wildcard = why.contains("'*'") || why.contains("origin undefined");
        // a literal '*' without credentials on a deliberately public read-only surface: one GET route (a public document,
        // the OpenAPI spec), or an API whose CORS allows only GET/HEAD/OPTIONS. Browsers send no cookies to a '*' origin,
        // so what another site can read is what any anonymous client can fetch
        if (wildcard && !credentials && !why.contains("code path")
                && (readOnlyRoute || opts instanceof Obj oo && safeMethodsOnly(project, oo, f))) return;
        String consequence;
        if (credentials && wildcard) {
            consequence = ", together with credentials: true. Browsers refuse credentialed requests to a '*' origin, so cookie calls"
                    + " from other sites fail, and the usual quick fix (reflecting the origin) would let any website act as the user;"
                    + " any website can already read this API's uncredentialed responses.";
        } else if (credentials) {
            consequence = ", together with credentials: true: any website can make authenticated requests with the user's cookies and read the answers.";
        } else {
            consequence = ": any website can read this API's responses from a visitor's browser.";
        }
        ctx.report(at, name + " is configured " + why + consequence)
                .level(credentials && !wildcard ? Level.ERROR : Level.WARNING)
                .fix(fix(ctx, framework, evidence != null) + (evidence != null && !credentials
                        ? " (credentials: true because browsers send this app cookies or HTTP credentials: " + evidence + ")" : ""))
                .property("framework", framework)
                .add();
    }

    /** Why an origin value allows any origin, or null when it is an allow-list / single origin / checked function. */
    private String permissive(Project project, Val origin, FileFacts f) {
        Val o = project.resolve(origin, f).val();
        if (o instanceof Lit l) {
            if (l.value() == null) return "with origin undefined, which falls back to allowing every origin";
            if ("*".equals(l.value())) return "with origin '*'";
            if (Boolean.TRUE.equals(l.value())) return "with origin: true, which reflects any request origin";
            return null;
        }
        if (o instanceof OneOf one) {
            // cond ? true : [allowed]: chosen by the environment, only production's branch is judged
            if (one.test() != null && one.options().size() == 2) {
                Val.Test t = one.test();
                var env = dev.backcheck.frameworks.ModelSupport.envScope(project, f, java.util.List.of(new CallSite.Guard(t.left(), t.op(), t.right(), t.holds())));
                if (env == dev.backcheck.frameworks.ModelSupport.EnvScope.NOT_PRODUCTION) return permissive(project, one.options().get(1), f);
                if (env == dev.backcheck.frameworks.ModelSupport.EnvScope.PRODUCTION_ONLY) return permissive(project, one.options().get(0), f);
            }
            for (Val opt : one.options()) {
                String w = permissive(project, opt, f);
                if (w != null) return w + " on at least one code path";
            }
            return null;
        }
        if (o instanceof FnVal fv) {
            Fn fn = fv.fn();
            boolean checks = false;
            int callbacks = 0, allowing = 0;
            for (CallSite cs : all(fn)) {
                String m = cs.methodName();
                if (m != null && CHECKS.contains(m)) checks = true;
                boolean callback = cs.callee() instanceof Param p && p.path().isEmpty() && p.index() == 1;
                if (callback) {
                    callbacks++;
                    if (cs.args().size() >= 2 && cs.arg(1) instanceof Lit l && Boolean.TRUE.equals(l.value())) allowing++;
                    for (Val a : cs.args()) if (a instanceof New || a instanceof Call) checks = true; // cb(new Error(...))
                } else if (cs.args().stream().anyMatch(a -> a instanceof Param p0 && p0.index() == 0 && p0.path().isEmpty())) {
                    checks = true; // the origin handed to a check: isAllowedOrigin(origin)
                }
            }
            // every answer allows, whatever the tests before it: if (allowed.includes(origin)) cb(null, true); else cb(null, true)
            if (callbacks > 0 && allowing == callbacks) return "with an origin function that allows every origin";
            if (checks) return null;
            for (CallSite cs : all(fn)) {
                if (cs.callee() instanceof Param p && p.path().isEmpty() && p.index() == 1 && cs.args().size() >= 2) {
                    Val ok = cs.arg(1);
                    if (ok instanceof Lit l && Boolean.TRUE.equals(l.value())) return "with an origin function that allows every origin";
                    if (ok instanceof Param p0 && p0.index() == 0) return "with an origin function that reflects the request origin";
                }
            }
            for (Val ret : fn.returns()) {
                if (ret instanceof Lit l && (Boolean.TRUE.equals(l.value()) || "*".equals(l.value()))) return "with an origin function that allows every origin";
                if (ret instanceof Param p0 && p0.index() == 0 && p0.path().isEmpty()) return "with an origin function that reflects the request origin";
            }
            return null;
        }
        return null;
    }

    private static java.util.List<CallSite> all(Fn fn) {
        java.util.List<CallSite> out = new java.util.ArrayList<>(fn.calls());
        for (Fn n : fn.nested()) out.addAll(n.calls());
        return out;
    }

    /** Packages whose presence means the browser sends credentials (cookies, HTTP auth) with requests. */
    private static final Set<String> CREDENTIAL_PACKAGES = Set.of("cookie-parser", "express-session", "cookie-session",
            "@fastify/cookie", "@fastify/session", "@fastify/secure-session", "fastify-cookie", "fastify-session",
            "hono/cookie", "iron-session", "connect-redis", "connect-mongo", "express-basic-auth", "hono/basic-auth",
            "passport-http", "@fastify/basic-auth");
    /** Methods that set a cookie on a response: res.cookie (Express), reply.setCookie (Fastify), setCookie(c, ...) (Hono). */
    private static final Set<String> SET_COOKIE = Set.of("cookie", "setCookie", "setSignedCookie");

    /**
     * Where the project shows that browsers send credentials cross-origin: a cookie or session package
     * imported, a cookie set on a response, cookies read from the request. Null when nothing shows it.
     */
    /** {@link #credentialEvidence}, computed once per project (it reads every call of the tree; judged once per CORS setting). */
    private record CredentialEvidence(String first) { }

    private static String credentialEvidence(Project project) {
        return project.derived(CredentialEvidence.class, p -> new CredentialEvidence(computeCredentialEvidence(p))).first();
    }

    private static String computeCredentialEvidence(Project project) {
        java.util.List<String> seen = new java.util.ArrayList<>();
        for (FileFacts f : project.files().values()) {
            for (dev.backcheck.lang.facts.Import i : f.imports().values()) {
                if (CREDENTIAL_PACKAGES.contains(i.module())) seen.add(i.module() + " imported in " + f.path());
            }
            for (Fn fn : Analysis.functions(f)) {
                for (Fn.Read r : fn.reads()) {
                    if (r.part().equals("cookies") || r.part().equals("signedCookies") || r.part().equals("session")) {
                        seen.add("request cookies read at " + r.location());
                    }
                }
            }
        }
        // cookies set by the code (the calls of those names: CallNames, no walk over every call); the list is sorted below
        for (dev.backcheck.concepts.CallNames.At c : dev.backcheck.concepts.CallNames.of(project).named(SET_COOKIE)) {
            if (c.cs().args().size() >= 2) seen.add("a cookie set at " + c.cs().location());
        }
        if (seen.isEmpty()) return null;
        java.util.Collections.sort(seen);
        return seen.get(0);
    }

    private String fix(RuleContext ctx, String framework, boolean credentials) {
        String cred = credentials ? ", credentials: true" : "";
        String t = ctx.meta().fixFor(framework, java.util.Map.of("credentials", cred));
        return t != null ? t : "list the allowed origins explicitly";
    }
}
