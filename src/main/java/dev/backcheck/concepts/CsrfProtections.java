package dev.backcheck.concepts;

import dev.backcheck.findings.Location;
import dev.backcheck.flow.CallIndex;
import dev.backcheck.frameworks.spring.SecurityChain;
import dev.backcheck.frameworks.spring.SpringSecurity;
import dev.backcheck.lang.facts.CallSite;
import dev.backcheck.lang.facts.FileFacts;
import dev.backcheck.lang.facts.Fn;
import dev.backcheck.lang.facts.Val;
import dev.backcheck.lang.facts.Val.*;
import dev.backcheck.lang.facts.Vals;
import dev.backcheck.model.Analysis;
import dev.backcheck.model.Application;
import dev.backcheck.model.Control;
import dev.backcheck.model.Project;
import dev.backcheck.model.Route;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * CSRF protections the application sets up: csurf {@code csurf()}, csrf-csrf {@code doubleCsrf()}, csrf-sync
 * {@code csrfSync()}, @fastify/csrf-protection (registered; routes opt in with {@code onRequest: app.csrfProtection}),
 * Hono {@code csrf()} from {@code hono/csrf} (an Origin check on unsafe form requests), {@code lusca.csrf()} /
 * {@code lusca({ csrf })}, tiny-csrf, the {@code csrf} token package, and plain hand-written checks: a function that
 * reads the Origin, Referer or Sec-Fetch-Site header, or requires a custom header (X-Requested-With, X-CSRF-Token),
 * and rejects the request. Which routes a protection covers is read from the routes' chains (a control named like
 * a CSRF check); a protection whose routes the model cannot tell covers every route. Spring Security's CSRF check
 * (on in every filter chain unless disabled, minus the paths its csrf configurer ignores) covers the Spring routes
 * its chains decide. Test code is left out.
 */
public final class CsrfProtections {

    /**
     * One protection: the library (or "custom" for a hand-written check, "spring-security" for a Spring Security
     * chain's CSRF check), where it is set up, what it does, the function's name for a custom check, and for a custom
     * check whether it is registered for every request (handed to {@code use} / {@code addHook}) rather than run by
     * some routes; for Spring Security the chain (its scope and the paths its csrf configurer ignores).
     */
    public record Protection(String library, Location at, String what, String fnName, boolean global, SecurityChain chain) {
        public Protection(String library, Location at, String what, String fnName, boolean global) {
            this(library, at, what, fnName, global, null);
        }

        public Protection(String library, Location at, String what, String fnName) {
            this(library, at, what, fnName, !library.equals("custom"));
        }
    }

    private final Project project;
    private final List<Protection> protections = new ArrayList<>();

    public static CsrfProtections of(Project p) {
        return p.derived(CsrfProtections.class, CsrfProtections::new);
    }

    private static final List<String[]> LIBRARY_CALLS = List.of(
            new String[]{"csurf", "csurf", "csurf() token middleware"},
            new String[]{"csrf-csrf.doubleCsrf", "csrf-csrf", "doubleCsrf() double-submit cookie"},
            new String[]{"csrf-sync.csrfSync", "csrf-sync", "csrfSync() synchronizer token"},
            new String[]{"hono/csrf.csrf", "hono/csrf", "csrf() Origin check"},
            new String[]{"lusca.csrf", "lusca", "lusca.csrf() token middleware"},
            new String[]{"tiny-csrf", "tiny-csrf", "tiny-csrf token middleware"},
            new String[]{"new csrf", "csrf", "csrf token package"},
            new String[]{"@dr.pogodin/csurf", "@dr.pogodin/csurf", "csurf() token middleware"},
            new String[]{"@nestjs/csrf", "@nestjs/csrf", "CSRF middleware"},
            new String[]{"nestjs-csrf", "nestjs-csrf", "CSRF middleware"});

    private static final Set<String> CSRF_HEADERS = Set.of("origin", "referer", "referrer", "sec-fetch-site", "x-requested-with",
            "x-csrf-token", "x-xsrf-token", "csrf-token", "xsrf-token", "x-csrftoken", "x-csrf");

    private CsrfProtections(Project project) {
        this.project = project;
        CallIndex idx = CallIndex.of(project);
        Set<Location> seen = new HashSet<>();
        for (String[] lib : LIBRARY_CALLS) {
            for (CallIndex.Site s : idx.sites(lib[0])) {
                if (project.isTestPath(s.file().path()) || !seen.add(s.cs().location())) continue;
                protections.add(new Protection(lib[1], s.cs().location(), lib[2], null));
            }
        }
        // lusca({ csrf: true, ... })
        for (CallIndex.Site s : idx.sites("lusca")) {
            if (project.isTestPath(s.file().path()) || s.cs().args().isEmpty()) continue;
            if (project.resolve(s.cs().arg(0), s.file()).val() instanceof Obj o && o.props().get("csrf") != null
                    && !(project.resolve(o.props().get("csrf"), s.file()).val() instanceof Lit l && Boolean.FALSE.equals(l.value()))
                    && seen.add(s.cs().location())) {
                protections.add(new Protection("lusca", s.cs().location(), "lusca({ csrf }) token middleware", null));
            }
        }
        for (CallIndex.Site s : idx.sites("*.register")) {
            if (project.isTestPath(s.file().path()) || s.cs().args().isEmpty()) continue;
            String q = project.qname(s.cs().arg(0), s.file());
            if (q != null && (q.equals("@fastify/csrf-protection") || q.equals("fastify-csrf")) && seen.add(s.cs().location())) {
                protections.add(new Protection("@fastify/csrf-protection", s.cs().location(), "@fastify/csrf-protection", null));
            }
        }
        for (Application app : project.applications()) {
            for (Application.Mount m : app.mounts()) {
                Control c = m.control();
                if (c.name() != null && (c.name().equals("@fastify/csrf-protection") || c.name().equals("fastify-csrf"))
                        && seen.add(c.location())) {
                    protections.add(new Protection("@fastify/csrf-protection", c.location(), "@fastify/csrf-protection", null));
                }
            }
        }
        // the header a custom check reads is found first (most functions read none), by their reads and by the calls named
        // get/header/getHeader (CallNames: files without one are not walked for them)
        CallFilter headerCalls = CallFilter.of(CallFilter.methods(project, HEADER_METHODS));
        for (FileFacts f : project.files().values()) {
            if (project.isTestPath(f.path())) continue;
            CallFilter calls = headerCalls.file(f) ? headerCalls : null;
            for (Fn fn : Analysis.functions(f)) {
                String h = customCheck(fn, calls);
                if (h != null && seen.add(fn.location())) {
                    CallIndex.Callback cb = idx.callback(fn);
                    String reg = cb == null ? null : cb.site().cs().methodName();
                    boolean global = reg != null && (reg.equals("use") || reg.equals("addHook"));
                    protections.add(new Protection("custom", fn.location(), "a check of the " + h + " header that rejects the request",
                            fn.name() == null || fn.name().isEmpty() ? null : fn.name(), global));
                }
            }
        }
        // a guard or middleware class (canActivate, use) that rejects and reads the token in a method of its own
        // (this.extractCsrfToken(request)): the check is the class, known by its name on the routes' chains
        for (FileFacts f : project.files().values()) {
            if (project.isTestPath(f.path())) continue;
            for (dev.backcheck.lang.facts.ClassInfo ci : f.classes().values()) {
                for (String entry : CLASS_ENTRIES) {
                    Fn m = ci.method(entry);
                    if (m == null || ci.name() == null || seen.contains(m.location())) continue;
                    String h = classCheck(ci, m);
                    if (h != null && seen.add(m.location())) {
                        protections.add(new Protection("custom", m.location(), "a check of the " + h + " header that rejects the request",
                                ci.name(), false));
                    }
                }
            }
        }
        spring(seen);
        protections.sort(Comparator.comparing(Protection::at, Location.ORDER));
    }

    /**
     * Why CSRF does not apply to the application, or null when it may: no cookie carries the caller's credentials (no
     * session middleware, no auth cookie read back other than a refresh-only one, no Spring Security chain that signs
     * in with a session cookie unless it is stateless), and the caller is identified by a header token (a route whose
     * authentication reads only headers, a Spring chain with a bearer filter or a stateless session policy). A browser
     * attaches no such header to a cross-site request, so a forged one arrives unauthenticated.
     */
    public String headerOnlyCredentials() {
        Sessions sessions = Sessions.of(project);
        Cookies cookies = Cookies.of(project);
        if (sessions.all().stream().anyMatch(x -> !x.devOnly())) return null;
        if (cookies.authReads().stream().anyMatch(r -> !r.refreshOnly())) return null;
        boolean header = false;
        String where = null;
        for (SecurityChain ch : SpringSecurity.of(project).chains()) {
            if (project.isTestPath(ch.at().path())) continue;
            if (ch.sessionLogin() != null && !ch.stateless()) return null;
            if (ch.bearer() != null || ch.stateless()) {
                header = true;
                if (where == null) where = "the Spring Security chain at " + ch.at().path() + ":" + ch.at().line()
                        + (ch.stateless() ? " is stateless" : " authenticates bearer tokens");
            }
        }
        for (Application a : project.applications()) {
            for (Route r : a.routes()) {
                if (!headerAuthenticated(r)) continue;
                header = true;
                if (where == null) where = r.label() + " authenticates with a header token";
            }
        }
        return header ? where : null;
    }

    /**
     * Spring Security: every filter chain checks a CSRF token on unsafe requests unless it disables the check
     * ({@code csrf().disable()}, {@code csrf(AbstractHttpConfigurer::disable)}, which spring/csrf-disabled reports);
     * {@code csrf.ignoringRequestMatchers(..)} leaves paths out. Read from {@link SpringSecurity}, which reads the DSL.
     */
    private void spring(Set<Location> seen) {
        for (SecurityChain ch : SpringSecurity.of(project).chains()) {
            if (ch.csrfDisabled() != null) continue;
            Location at = ch.csrfAt() != null ? ch.csrfAt() : ch.at();
            if (project.isTestPath(at.path()) || !seen.add(at)) continue;
            String what = "Spring Security's CSRF token check" + (ch.csrfAt() == null ? " (on by default; the chain does not disable it)" : "")
                    + (ch.csrfIgnoring().isEmpty() ? "" : ", except on " + String.join(", ", ch.csrfIgnoring()));
            protections.add(new Protection("spring-security", at, what, null, true, ch));
        }
    }

    /**
     * For a route of a Spring application: true when Spring Security's CSRF check runs on it (the chain its path goes
     * through does not disable CSRF nor ignore the path, or Spring Boot's default chain applies), false when it does not
     * (no Spring Security, {@code web.ignoring()}, disabled or ignored); null for a route of another framework.
     */
    public Boolean springChecks(Application app, Route r) {
        if (!"spring".equals(app.framework())) return null;
        dev.backcheck.frameworks.spring.SpringControls sc = dev.backcheck.frameworks.spring.SpringControls.of(project);
        dev.backcheck.frameworks.spring.SpringControls.Decision d = sc.decide(r.method(), r.path(), r.location() == null ? null : r.location().path());
        if (d == null) return false;
        if (d.chain() == null) return !"web.ignoring()".equals(d.why());
        return d.chain().csrfChecks(sc.matchPath(r.path()));
    }

    /** Every protection, in file and source order. */
    public List<Protection> all() {
        return List.copyOf(protections);
    }

    public boolean any() {
        return !protections.isEmpty();
    }

    /**
     * True when {@code r} is protected: a control on its chain is a CSRF check (a library's, or a project function
     * listed as a custom check), or the project sets up a protection that no route's chain shows (then where it
     * applies is not known and every route counts as covered).
     */
    public boolean protects(Application app, Route r) {
        Boolean spring = springChecks(app, r);
        if (spring != null && spring) return true;
        for (Control c : r.chain()) if (isCsrfControl(c)) return true;
        if (protections.stream().anyMatch(p -> p.library().equals("custom") && p.global())) return true;
        if (protections.stream().noneMatch(p -> !p.library().equals("custom") && p.chain() == null)) return false;
        for (Application a : project.applications()) {
            for (Route x : a.routes()) for (Control c : x.chain()) if (isCsrfControl(c)) return false;
        }
        return true;
    }

    private boolean isCsrfControl(Control c) {
        String n = c.name() == null ? "" : c.name().toLowerCase(Locale.ROOT);
        if (n.contains("csrf") || n.contains("xsrf") || n.equals("csurf") || n.startsWith("csurf")) return true;
        for (Protection p : protections) if (p.fnName() != null && p.fnName().equals(c.name())) return true;
        return false;
    }

    // ------------------------------------------------------------------ how a route's caller is identified

    /** Where an auth control takes the caller's credential from. */
    private enum Carrier { HEADER, COOKIE, UNKNOWN }

    // the auth functions of a name, worked out when a control of that name is first asked about (see authFunctions)
    private final java.util.Map<String, List<Fn>> authByName = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile java.util.Map<String, List<AuthCandidate>> candidatesByName;
    // a function's carrier as asked from the top (depth 0) only: an answer that followed two levels of calls is not
    // what an ask from inside another function's walk (one or no level left) would find, so reusing it there made
    // the outer answer depend on whether the inner function had been asked first (rule threads ask in a racing order)
    private final java.util.Map<Fn, Carrier> carriers = java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

    /**
     * True when every auth control on the route takes the credential from a request header (an {@code Authorization}
     * bearer token, an API-key header, a shared token in the body) and none reads a cookie or the session: a browser does not attach such a
     * credential to a cross-site request, so a forged form post arrives unauthenticated. The controls are the
     * project's auth functions (middlewares, guards) known under the control's name; a library control or one whose
     * function cannot be found is not known to be header-only.
     */
    public boolean headerAuthenticated(Route r) {
        List<Control> auth = r.controls(dev.backcheck.model.ControlKind.AUTH);
        if (auth.isEmpty()) return false;
        for (Control c : auth) if (carrier(c) != Carrier.HEADER) return false;
        return true;
    }

    /**
     * The project's functions behind an auth control: the middlewares or hooks of its name, or a guard class's
     * {@code canActivate}; empty for a library control or one whose function cannot be found.
     */
    public List<Fn> functionsOf(Control c) {
        String n = c.name();
        if (n == null || n.isEmpty()) return List.of();
        if (n.contains(".")) n = n.substring(n.lastIndexOf('.') + 1);
        n = n.replaceAll("\\(.*$", "");
        List<Fn> fns = authFunctions(n);
        return fns.isEmpty() ? List.of() : List.copyOf(fns);
    }

    private Carrier carrier(Control c) {
        String n = c.name();
        if (n == null || n.isEmpty()) return Carrier.UNKNOWN;
        if (n.contains(".")) n = n.substring(n.lastIndexOf('.') + 1);
        n = n.replaceAll("\\(.*$", "");
        List<Fn> fns = authFunctions(n);
        if (fns.isEmpty()) return Carrier.UNKNOWN;
        Carrier strategy = passportCarrier(n);
        if (strategy == Carrier.COOKIE) return Carrier.COOKIE;
        Carrier out = null;
        for (Fn fn : fns) {
            Carrier k = carrier(fn, 0);
            // a Nest guard extending AuthGuard('jwt') whose canActivate only hands over to passport (super.canActivate):
            // the credential is where the strategy's jwtFromRequest takes it
            if (k == Carrier.UNKNOWN && strategy == Carrier.HEADER) k = Carrier.HEADER;
            if (k != Carrier.HEADER) return k;
            out = k;
        }
        return out == null ? Carrier.UNKNOWN : out;
    }

    // per guard class name: where the passport strategies its AuthGuard(..) runs take the credential
    private final java.util.Map<String, Carrier> passportCarriers = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * For a project guard class {@code class X extends AuthGuard('jwt')} (@nestjs/passport, also {@code AuthGuard(['jwt',
     * 'api-key'])}): where the strategies it names take the credential, read from each strategy class's constructor
     * ({@code super({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken() })} is a header, an extractor reading
     * {@code req.cookies} a cookie); COOKIE when any strategy reads a cookie, HEADER when every one reads a header,
     * UNKNOWN otherwise (no such class, a strategy not found, a library default).
     */
    private Carrier passportCarrier(String className) {
        Carrier known = passportCarriers.get(className);
        if (known != null) return known;
        List<String> names = new ArrayList<>();
        for (FileFacts f : project.files().values()) {
            if (project.isTestPath(f.path())) continue;
            dev.backcheck.lang.facts.ClassInfo ci = f.classes().get(className);
            if (ci == null || !(ci.superClass() instanceof Call sc)
                    || !"AuthGuard".equals(Vals.lastName(sc.callee())) || sc.args().isEmpty()) continue;
            Val a = project.resolve(sc.args().get(0), f).val();
            if (a instanceof Arr arr) {
                for (Val e : arr.items()) names.add(Val.constString(project.resolve(e, f).val()));
            } else names.add(Val.constString(a));
        }
        boolean any = false, allHeader = true;
        Carrier out = null;
        for (String name : names) {
            List<Fn> ctors = name == null ? List.of() : Authentication.passportStrategyConstructors(project, name);
            if (ctors.isEmpty()) allHeader = false;
            for (Fn ctor : ctors) {
                Carrier k = carrier(ctor, 1);
                if (k == Carrier.COOKIE) out = Carrier.COOKIE;
                if (k != Carrier.HEADER) allHeader = false;
                any = true;
            }
        }
        if (out == null) out = any && allHeader ? Carrier.HEADER : Carrier.UNKNOWN;
        passportCarriers.putIfAbsent(className, out);
        return passportCarriers.get(className);
    }

    /**
     * The project's auth functions of one name (they verify a token or turn unauthenticated requests away), in file
     * order; a guard class's {@code canActivate} (or {@code use}) under the class's name. Only the functions of the
     * names controls carry are summarised: the whole-project map this replaces summarised every named function of the
     * project to keep the few that controls name (on the 100k bench tree 4-6 % of a scan's Java samples, most of it
     * summaries no other rule asks for). The answer per name is the whole map's entry: the same candidates in the same
     * order, the same summary test (a summary is a function of the function alone, whoever asks first).
     */
    private List<Fn> authFunctions(String name) {
        List<Fn> known = authByName.get(name);
        if (known != null) return known;
        List<AuthCandidate> candidates = candidates().get(name);
        List<Fn> out = new ArrayList<>();
        if (candidates != null) {
            Analysis an = dev.backcheck.frameworks.ModelSupport.analysis(project);
            for (AuthCandidate c : candidates) if (c.file() == null || an.summary(c.fn(), c.file()).isAuth()) out.add(c.fn());
        }
        List<Fn> answer = List.copyOf(out);
        List<Fn> first = authByName.putIfAbsent(name, answer);
        return first != null ? first : answer;
    }

    /** A function that is an auth function when its summary says so ({@code file} set), or a guard's method (no file: it is one). */
    private record AuthCandidate(Fn fn, FileFacts file) { }

    /** Every named function of the project's non-test files and every guard method, by name, in file order (no summaries). */
    private java.util.Map<String, List<AuthCandidate>> candidates() {
        java.util.Map<String, List<AuthCandidate>> done = candidatesByName;
        if (done != null) return done;
        java.util.Map<String, List<AuthCandidate>> m = new java.util.HashMap<>();
        for (FileFacts f : project.files().values()) {
            if (project.isTestPath(f.path())) continue;
            for (Fn fn : Analysis.functions(f)) {
                if (fn.name() == null || fn.name().isEmpty()) continue;
                m.computeIfAbsent(fn.name(), k -> new ArrayList<>()).add(new AuthCandidate(fn, f));
            }
            for (dev.backcheck.lang.facts.ClassInfo ci : f.classes().values()) {
                Fn can = ci.method("canActivate");
                if (can == null) can = ci.method("use");
                if (can != null && ci.name() != null) m.computeIfAbsent(ci.name(), k -> new ArrayList<>()).add(new AuthCandidate(can, null));
            }
        }
        candidatesByName = m;
        return m;
    }

    private static final Set<String> COOKIE_CALLS = Set.of("getCookie", "getSignedCookie", "isAuthenticated", "isUnauthenticated", "unsignCookie");

    /** Where a function (with the functions written in it and those it calls, two levels down) takes the credential from. */
    private Carrier carrier(Fn fn, int depth) {
        Carrier known = depth == 0 ? carriers.get(fn) : null;
        if (known != null) return known;
        boolean header = false, cookie = false;
        List<Fn> body = new ArrayList<>();
        body.add(fn);
        body.addAll(fn.nested());
        CallIndex idx = CallIndex.of(project);
        for (Fn b : body) {
            for (Fn.Read r : b.reads()) {
                String part = r.part();
                if (part.equals("cookies") || part.equals("signedCookies") || part.equals("session")) cookie = true;
                // a shared token in the body or query (a webhook's key): the browser attaches nothing of it cross-site
                if (part.equals("body") || part.equals("query")) header = true;
                if (part.equals("headers")) {
                    String h = r.value() instanceof Req q && !q.path().isEmpty() ? q.path().get(0).toLowerCase(Locale.ROOT) : "";
                    if (h.equals("cookie")) cookie = true;
                    else if (!h.isEmpty()) header = true;
                }
            }
            for (CallSite cs : b.calls()) {
                String m = cs.methodName();
                if (m == null) continue;
                if (COOKIE_CALLS.contains(m)) cookie = true;
                if ((m.equals("header") || m.equals("get") || m.equals("getHeader")) && Analysis.receiver(cs.callee()) instanceof Req) {
                    String h = Val.constString(cs.arg(0));
                    if (h != null && h.equalsIgnoreCase("cookie")) cookie = true;
                    else if (h != null) header = true;
                }
                if (m.startsWith("fromAuthHeader") || m.equals("fromHeader")) header = true;
                if (m.equals("fromCookie") || m.equals("fromCookies")) cookie = true;
                if (depth < 2 && !cookie) {
                    dev.backcheck.model.Project.FnRef t = idx.resolve(cs, idx.fileOf(b), b);
                    if (t != null && t.fn() != fn) {
                        Carrier k = carrier(t.fn(), depth + 1);
                        if (k == Carrier.COOKIE) cookie = true;
                        else if (k == Carrier.HEADER) header = true;
                    }
                }
            }
        }
        Carrier out = cookie ? Carrier.COOKIE : header ? Carrier.HEADER : Carrier.UNKNOWN;
        if (depth == 0) carriers.put(fn, out);
        return out;
    }

    private static final Set<String> STATUS_METHODS = Set.of("writeHead", "sendStatus", "status", "code");

    /** The header a function checks before rejecting the request (a hand-written CSRF defence), or null. */
    private static final Set<String> HEADER_METHODS = Set.of("get", "header", "getHeader");

    /** {@code calls}: the calls of the file named get/header/getHeader, null when it has none. */
    private String customCheck(Fn fn, CallFilter calls) {
        String h = checkedHeader(fn, calls);
        if (h == null) return null;
        boolean rejects = fn.statuses().stream().anyMatch(s -> s == 403 || s == 401 || s == 400 || s == 419) || !fn.throwsTypes().isEmpty();
        for (CallSite cs : fn.calls()) {
            // res.writeHead(403) / res.sendStatus(403) written by hand
            String m = cs.methodName();
            if (m != null && STATUS_METHODS.contains(m) && cs.args().size() >= 1
                    && cs.arg(0) instanceof Lit l && l.value() instanceof Double d && (d == 403 || d == 401 || d == 400)) rejects = true;
        }
        return rejects ? h : null;
    }

    /** The CSRF header {@code fn} reads from the request (by a read, else by a get/header/getHeader call), or null. */
    private static String checkedHeader(Fn fn, CallFilter calls) {
        for (Fn.Read r : fn.reads()) {
            if (!r.part().equals("headers") || !(r.value() instanceof Req q) || q.path().isEmpty()) continue;
            String h = q.path().get(0).toLowerCase(Locale.ROOT);
            if (CSRF_HEADERS.contains(h)) return h;
        }
        if (calls == null) return null;
        for (CallSite cs : fn.calls()) {
            if (!calls.call(cs)) continue;
            String m = cs.methodName();
            if (m == null || cs.args().isEmpty() || !(m.equals("get") || m.equals("header") || m.equals("getHeader"))) continue;
            if (!(Analysis.receiver(cs.callee()) instanceof Req)) continue;
            String h = Val.constString(cs.arg(0));
            if (h != null && CSRF_HEADERS.contains(h.toLowerCase(Locale.ROOT))) return h.toLowerCase(Locale.ROOT);
        }
        return null;
    }

    /** A value read through a member named {@code seg} (request.cookies[name], req.headers.x). */
    private static boolean pathHas(Val x, String seg) {
        if (x instanceof Member mm) return mm.prop().equals(seg);
        List<String> path = x instanceof Param p ? p.path() : x instanceof Local l ? l.path() : x instanceof Req q ? q.path() : List.of();
        return path.contains(seg) || x instanceof Req q && q.part().equals(seg);
    }

    /** A name that says anti-forgery token: csrf, xsrf, _csrf, csrfSecret, XSRF-TOKEN. */
    private static final java.util.regex.Pattern CSRF_NAME = java.util.regex.Pattern.compile("(?i).*(csrf|xsrf).*");

    /**
     * A request value that carries an anti-forgery token or the page's origin, not who the caller is: a CSRF header
     * (X-CSRF-Token, X-XSRF-Token, Origin, Referer, Sec-Fetch-Site, X-Requested-With), or a cookie, session, body or
     * query field named for the token ({@code req.cookies['csrf_token']}, {@code req.session.csrfSecret},
     * {@code req.body._csrf}). A check that compares such values (double-submit cookie against header, a token against
     * the secret kept in the session) stops cross-site forgery; it authenticates no one.
     */
    public static boolean csrfValue(Val v) {
        if (!(v instanceof Req q) || q.path().isEmpty()) return false;
        String k = q.path().get(0).toLowerCase(Locale.ROOT);
        return switch (q.part()) {
            case "headers" -> CSRF_HEADERS.contains(k) || CSRF_NAME.matcher(k).matches();
            case "cookies", "signedCookies", "session", "body", "query" -> CSRF_NAME.matcher(k).matches();
            default -> false;
        };
    }

    /** A value built from an anti-forgery value ({@link #csrfValue}): Buffer.from(header), header.trim(), a hash of it. */
    public static boolean fromCsrfValue(Val v) {
        return dev.backcheck.lang.facts.Vals.anyPartDeep(v, CsrfProtections::csrfValue, 64);
    }

    /** Whether {@code fn} reads an anti-forgery value from the request ({@link #csrfValue}). */
    public static boolean readsCsrfValue(Fn fn) {
        for (Fn.Read r : fn.reads()) if (csrfValue(r.value())) return true;
        return false;
    }

    /** The methods a guard or middleware class is run through: a Nest guard's canActivate, a Nest middleware's use. */
    private static final List<String> CLASS_ENTRIES = List.of("canActivate", "use");

    /**
     * The CSRF header a guard or middleware class checks, or null: its entry method {@code m} (canActivate, use) turns
     * the request away (a 400/401/403/419 answer or a throw) and reads a CSRF header itself or in a method of the class
     * it calls ({@code this.extractCsrfToken(request)}).
     */
    public static String classCheck(dev.backcheck.lang.facts.ClassInfo c, Fn m) {
        List<Fn> bodies = new ArrayList<>();
        bodies.add(m);
        bodies.addAll(m.nested());
        boolean rejects = false;
        for (Fn b : bodies) {
            if (b.statuses().stream().anyMatch(s -> s == 403 || s == 401 || s == 400 || s == 419) || !b.throwsTypes().isEmpty()) rejects = true;
        }
        if (!rejects) return null;
        for (Fn b : bodies) {
            String h = checkedHeader(b, null);
            if (h != null) return h;
        }
        for (Fn b : bodies) {
            for (CallSite cs : b.calls()) {
                if (!(cs.callee() instanceof This t) || t.path().size() != 1) continue;
                Fn own = c.method(t.path().get(0));
                if (own == null || own == m) continue;
                String h = checkedHeader(own, null);
                if (h != null) return h;
            }
        }
        // a header whose name a service hands out (request.headers[this.csrfService.getHeaderName()]): the refusal says
        // what was checked, throw new ForbiddenException('CSRF token validation failed ..') after a cookie and a header
        // were read (also in a callback of the method, or a method of the class it calls)
        List<Fn> all = new ArrayList<>(bodies);
        for (Fn b : bodies) {
            for (CallSite cs : b.calls()) {
                if (cs.callee() instanceof This t && t.path().size() == 1 && c.method(t.path().get(0)) != null && c.method(t.path().get(0)) != m) all.add(c.method(t.path().get(0)));
            }
        }
        boolean cookie = false, header = false, said = false;
        for (Fn b : all) {
            for (Fn.Read r : b.reads()) {
                if (r.part().equals("cookies") || r.part().equals("signedCookies") || r.part().equals("headers") && r.value() instanceof Req q
                        && !q.path().isEmpty() && q.path().get(0).equalsIgnoreCase("cookie")) cookie = true;
                else if (r.part().equals("headers")) header = true;
            }
            for (CallSite cs : b.calls()) {
                // (the request taken from a GraphQL context, ctx.req: request.cookies[name], request.headers[name])
                for (Val a : cs.args()) {
                    if (Vals.anyPartDeep(a, x -> pathHas(x, "cookies"), 100)) cookie = true;
                    if (Vals.anyPartDeep(a, x -> pathHas(x, "headers"), 100)) header = true;
                }
                String n = cs.methodName();
                if (!cs.isNew() || n == null || !(n.endsWith("Exception") || n.endsWith("Error")) || cs.args().isEmpty()) continue;
                String text = Val.constString(cs.arg(0));
                if (text != null && CSRF_NAME.matcher(text).matches()) said = true;
            }
        }
        return cookie && header && said ? "csrf" : null;
    }

    /**
     * True when a guard or middleware class is an anti-forgery check and no authentication: {@link #classCheck} finds
     * the CSRF header it checks, and neither its entry method nor a method of the class it calls answers 401 or throws
     * an Unauthorized error (a check of who is asking turns a stranger away with 401).
     */
    public static boolean csrfOnly(dev.backcheck.lang.facts.ClassInfo c, Fn m) {
        if (classCheck(c, m) == null) return false;
        List<Fn> fns = new ArrayList<>();
        fns.add(m);
        fns.addAll(m.nested());
        for (CallSite cs : m.calls()) {
            if (cs.callee() instanceof This t && t.path().size() == 1 && c.method(t.path().get(0)) != null) fns.add(c.method(t.path().get(0)));
        }
        for (Fn b : fns) {
            if (b.statuses().contains(401) || b.throwsTypes().stream().anyMatch(t -> t.startsWith("Unauthorized") || t.equals("AuthenticationError"))) return false;
        }
        return true;
    }

    /** For messages: "csurf (src/app.ts:12)". */
    public static String describe(Protection p) {
        return p.what() + " at " + p.at();
    }
}
