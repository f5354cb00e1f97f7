package dev.backcheck.concepts;

import dev.backcheck.findings.Location;
import dev.backcheck.flow.CallIndex;
import dev.backcheck.lang.facts.CallSite;
import dev.backcheck.lang.facts.FileFacts;
import dev.backcheck.lang.facts.Fn;
import dev.backcheck.lang.facts.Val;
import dev.backcheck.lang.facts.Val.*;
import dev.backcheck.lang.facts.Vals;
import dev.backcheck.model.Application;
import dev.backcheck.model.Control;
import dev.backcheck.model.Project;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Server sessions the application configures, with their options as the library applies them (defaults read
 * from each library's source):
 * <ul>
 *   <li>express-session 1.x {@code session(opts)}: cookie httpOnly true, secure false, no sameSite, no maxAge (a
 *       browser-session cookie whose server record never expires); store MemoryStore when none is given (it leaks
 *       and warns when NODE_ENV is production); saveUninitialized and resave default true (deprecated);</li>
 *   <li>cookie-session 2.x {@code cookieSession(opts)}: the session is the signed cookie ({@code keys} or
 *       {@code secret}); httpOnly true, secure false, no sameSite, no maxAge (a stolen cookie stays valid);</li>
 *   <li>@fastify/session 11 {@code register(fastifySession, opts)}: cookie secure and httpOnly true, no sameSite,
 *       in-memory store when none is given, saveUninitialized true;</li>
 *   <li>@fastify/secure-session 8 ({@code secret} or {@code key}): httpOnly true, expiry 24 h by default;</li>
 *   <li>hono-sessions {@code sessionMiddleware(opts)}: cookieOptions passed to Hono's setCookie as written
 *       (no defaults), {@code encryptionKey}, {@code expireAfterSeconds}, {@code MemoryStore} or {@code CookieStore};</li>
 *   <li>iron-session 8 {@code getIronSession(..., opts)}: {@code password}; httpOnly, secure, sameSite lax and a
 *       14-day ttl by default.</li>
 * </ul>
 * Secrets are judged through {@link ConfigValues}. Test code is left out.
 */
public final class Sessions {

    /**
     * One configured session.
     *
     * @param library     the npm package
     * @param framework   express | fastify | nestjs | hono
     * @param at          the call that configures it ({@code session({...})}, {@code app.register(fastifySession, {...})})
     * @param secrets     the signing/encryption secrets with where each comes from (empty when none is given or read)
     * @param store       the store as written ({@code new RedisStore()}, {@code MongoStore.create()}), "MemoryStore" for
     *                    the in-memory default or an explicit MemoryStore, null for cookie-held sessions (no store)
     * @param memoryStore true when sessions live in the process's memory store
     * @param saveUninitialized the option as written (null: absent)
     * @param cookie      the session cookie's flags, library defaults applied
     * @param cookieName  the cookie's name as configured, else the library's
     * @param devOnly     configured only where NODE_ENV is not production
     * @param known       false when the options object could not be read
     * @param remark      something about the options a reader would miss (options the library ignores), or null
     */
    public record Session(String library, String framework, Location at, FileFacts file, Fn fn, List<Secret> secrets,
                          String store, boolean memoryStore, Boolean saveUninitialized, Location saveUninitializedAt,
                          Cookies.Options cookie, String cookieName, boolean devOnly, boolean known, String remark) {
        public boolean stateless() {
            return store == null;
        }
    }

    /** A secret option: its key as written (secret, keys[0], password...), and where its value comes from. */
    public record Secret(String option, ConfigValues.Value value, Location at) { }

    private final Project project;
    private final List<Session> sessions = new ArrayList<>();
    private final boolean trustProxy;

    public static Sessions of(Project p) {
        return p.derived(Sessions.class, Sessions::new);
    }

    private Sessions(Project project) {
        this.project = project;
        CallIndex idx = CallIndex.of(project);
        Set<Location> seen = new HashSet<>();
        String nest = project.applications().stream().anyMatch(a -> a.framework().equals("nestjs")) ? "nestjs" : null;
        for (String lib : List.of("express-session", "cookie-session")) {
            for (CallIndex.Site s : idx.sites(lib)) {
                if (skip(s) || !seen.add(s.cs().location())) continue;
                add(lib, nest != null ? nest : "express", s.cs().location(), s.file(), s.fn(), s.cs().arg(0), Cookies.devOnly(s.cs()));
            }
        }
        for (CallIndex.Site s : idx.sites("*.register")) {
            CallSite cs = s.cs();
            if (cs.args().isEmpty() || skip(s)) continue;
            String q = project.qname(cs.arg(0), s.file());
            String lib = fastifyLib(q);
            if (lib == null || !seen.add(cs.location())) continue;
            add(lib, nest != null ? nest : "fastify", cs.location(), s.file(), s.fn(), cs.arg(1), Cookies.devOnly(cs));
        }
        // plugins the Fastify model loaded with their options (autoloaded plugin files, helpers returning options)
        for (Application app : project.applications()) {
            if (!app.framework().equals("fastify")) continue;
            for (Application.Mount m : app.mounts()) {
                Control c = m.control();
                String lib = fastifyLib(c.name());
                if (lib == null || c.options() == null || c.options().value() == null || !seen.add(c.options().at())) continue;
                FileFacts f = project.file(c.options().file());
                if (f == null || project.isTestPath(f.path())) continue;
                add(lib, "fastify", c.options().at(), f, null, c.options().value(), false);
            }
        }
        for (String key : List.of("hono-sessions.sessionMiddleware", "iron-session.getIronSession", "iron-session.ironSession",
                "iron-session/express.ironSession")) {
            for (CallIndex.Site s : idx.sites(key)) {
                if (skip(s) || !seen.add(s.cs().location()) || s.cs().args().isEmpty()) continue;
                boolean hono = key.startsWith("hono");
                Val opts = hono || key.endsWith("ironSession") ? s.cs().arg(0) : s.cs().arg(s.cs().args().size() - 1);
                String fw = hono ? "hono" : nest != null ? nest : frameworkOfProject();
                add(hono ? "hono-sessions" : "iron-session", fw, s.cs().location(), s.file(), s.fn(), opts, Cookies.devOnly(s.cs()));
            }
        }
        sessions.sort(Comparator.comparing(Session::at, Location.ORDER));
        trustProxy = findTrustProxy(idx);
    }

    private boolean skip(CallIndex.Site s) {
        // (a store configured in a file no process runs, a demo's or a test-only module's, configures no session of the app)
        return project.isTestPath(s.file().path()) || ImportIndex.of(project).notRun(s.file().path());
    }

    private static String fastifyLib(String q) {
        if (q == null) return null;
        return switch (q) {
            case "@fastify/session", "fastify-session", "@mgcrea/fastify-session" -> "@fastify/session";
            case "@fastify/secure-session", "fastify-secure-session" -> "@fastify/secure-session";
            default -> null;
        };
    }

    private String frameworkOfProject() {
        for (Application a : project.applications()) if (!project.isTestPath(a.location().path())) return a.framework();
        return "express";
    }

    /** Every session configured, in file and source order. */
    public List<Session> all() {
        return List.copyOf(sessions);
    }

    /**
     * Whether the session never sends a cookie: express-session with {@code saveUninitialized: false} sets its cookie only
     * once a request's session is changed, and no code of the project touches the request's session (no read, write or
     * call on {@code req.session}) nor uses passport (which keeps its login there). The app authenticates some other way
     * (a JWT cookie it sets itself); the middleware is mounted and idle.
     */
    public boolean neverIssued(Session s) {
        if (!"express-session".equals(s.library()) || !Boolean.FALSE.equals(s.saveUninitialized())) return false;
        if (project.dependsOn("passport")) return false;
        return !sessionTouched();
    }

    private volatile Boolean touched;

    private boolean sessionTouched() {
        Boolean t = touched;
        if (t != null) return t;
        boolean found = false;
        outer:
        for (FileFacts file : project.files().values()) {
            if (project.isTestPath(file.path())) continue;
            for (Fn f : dev.backcheck.model.Analysis.functions(file)) {
                for (Fn.Read r : f.reads()) if (r.part().equals("session")) { found = true; break outer; }
                for (CallSite cs : f.calls()) {
                    if (Vals.anyPartDeep(cs.callee(), Sessions::requestSession, 64)) { found = true; break outer; }
                    for (Val a : cs.args()) if (Vals.anyPartDeep(a, Sessions::requestSession, 64)) { found = true; break outer; }
                }
                for (Fn.Write w : f.writes()) if (Vals.anyPartDeep(w.target(), Sessions::requestSession, 64)) { found = true; break outer; }
            }
        }
        touched = found;
        return found;
    }

    private static boolean requestSession(Val v) {
        return v instanceof Val.Req q && q.part().equals("session");
    }

    /** True when the Express app trusts a proxy ({@code app.set('trust proxy', ...)}, {@code app.enable('trust proxy')}). */
    public boolean trustProxy() {
        return trustProxy;
    }

    /** Where the secrets judged here are written in code (literals and env fallbacks): the secrets rule skips them. */
    public List<Location> secretLiterals() {
        List<Location> out = new ArrayList<>();
        for (Session s : sessions) {
            for (Secret sec : s.secrets()) {
                if (sec.value().inCode() && sec.value().literal() != null && !out.contains(sec.value().literal())) out.add(sec.value().literal());
            }
        }
        out.sort(Location.ORDER);
        return out;
    }

    private boolean findTrustProxy(CallIndex idx) {
        for (String k : List.of("*.set", "*.enable")) {
            for (CallIndex.Site s : idx.sites(k)) {
                if (s.cs().args().isEmpty()) continue;
                String a = Val.constString(project.resolve(s.cs().arg(0), s.file()).val());
                if ("trust proxy".equals(a)) return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ reading one configuration

    private void add(String lib, String framework, Location at, FileFacts f, Fn fn, Val options, boolean devOnly) {
        try {
            sessions.add(read(lib, framework, at, f, fn, options, devOnly));
        } catch (RuntimeException e) {
            // an options value we cannot read: the session is still there, unjudged
            sessions.add(new Session(lib, framework, at, f, fn, List.of(), null, false, null, null, Cookies.Options.UNREAD, null, devOnly, false, null));
        }
    }

    private Session read(String lib, String framework, Location at, FileFacts f, Fn fn, Val options, boolean devOnly) {
        Cookies cookies = Cookies.of(project);
        Project.Resolved r = options == null ? null : project.resolve(options, f);
        if (r == null || !(r.val() instanceof Obj o)) {
            boolean none = options == null;
            Cookies.Options co = none ? defaults(lib, cookies) : Cookies.Options.UNREAD;
            String store = none && (lib.equals("express-session") || lib.equals("@fastify/session")) ? "MemoryStore" : null;
            return new Session(lib, framework, at, f, fn, List.of(), store, store != null, null, null, co, null, devOnly, none, null);
        }
        FileFacts of = r.file();
        Map<String, Val> props = o.props();
        boolean spread = props.keySet().stream().anyMatch(k -> k.startsWith("..."));
        List<Secret> secrets = new ArrayList<>();
        for (String key : List.of("secret", "keys", "key", "password", "encryptionKey")) {
            if (!props.containsKey(key)) continue;
            if (key.equals("key") && !lib.equals("@fastify/secure-session")) continue;
            if (key.equals("password") && !lib.equals("iron-session")) continue;
            if (key.equals("encryptionKey") && !lib.equals("hono-sessions")) continue;
            Project.Resolved sv = project.resolve(props.get(key), of);
            List<Val> items = sv.val() instanceof Arr a ? a.items() : sv.val() instanceof Obj so && lib.equals("iron-session")
                    ? List.copyOf(so.props().values()) : List.of(props.get(key));
            FileFacts itemFile = sv.val() instanceof Arr || sv.val() instanceof Obj ? sv.file() : of;
            for (Val item : items) {
                ConfigValues.Value v = ConfigValues.of(project).value(item, itemFile, fn);
                secrets.add(new Secret(key, v, v.literal() != null ? v.literal() : at));
            }
        }
        // store
        String store = null;
        boolean memory = false;
        if (lib.equals("express-session") || lib.equals("@fastify/session") || lib.equals("hono-sessions")) {
            Val sv = props.get("store");
            if (sv == null) {
                if (!spread && !lib.equals("hono-sessions")) {
                    store = "MemoryStore";
                    memory = true;
                } else {
                    store = "?";
                }
            } else {
                Project.Resolved rs = project.resolve(sv, of);
                String q = project.qname(rs.val(), rs.file());
                String name = q != null ? q : dev.backcheck.lang.facts.Vals.lastName(rs.val());
                store = name == null ? "a store" : name;
                String last = dev.backcheck.lang.facts.Vals.lastName(rs.val() instanceof New n ? n.callee() : rs.val());
                String root = project.rootModule(rs.val(), rs.file());
                if ("MemoryStore".equals(last) && (root == null || root.equals("express-session") || root.equals("hono-sessions")
                        || root.equals("@fastify/session"))) {
                    memory = true;
                    store = "MemoryStore";
                }
                if (lib.equals("hono-sessions") && "CookieStore".equals(last)) store = null;
            }
        }
        Boolean saveUninit = null;
        Location saveAt = null;
        if (props.get("saveUninitialized") != null && project.resolve(props.get("saveUninitialized"), of).val() instanceof Lit l && l.value() instanceof Boolean b) {
            saveUninit = b;
            saveAt = at;
        }
        // the cookie
        Map<String, Val> cprops = new LinkedHashMap<>();
        Map<String, FileFacts> cwhere = new LinkedHashMap<>();
        String cookieName;
        String remark = null;
        switch (lib) {
            case "cookie-session" -> {
                for (String k : List.of("httpOnly", "secure", "sameSite", "maxAge", "expires")) {
                    if (props.containsKey(k)) {
                        cprops.put(k, props.get(k));
                        cwhere.put(k, of);
                    }
                }
                cookieName = str(props.get("name"), of, "session");
                if (props.containsKey("cookie")) remark = "cookie-session reads the cookie's options from the top level of its options; the cookie: { ... } object given here is ignored";
            }
            case "hono-sessions" -> {
                nested(props.get("cookieOptions"), of, cprops, cwhere);
                if (props.containsKey("expireAfterSeconds")) cprops.put("maxAge", props.get("expireAfterSeconds"));
                cookieName = str(props.get("sessionCookieName"), of, "session");
            }
            case "iron-session" -> {
                nested(props.get("cookieOptions"), of, cprops, cwhere);
                cookieName = str(props.get("cookieName"), of, null);
            }
            case "@fastify/session", "@fastify/secure-session" -> {
                nested(props.get("cookie"), of, cprops, cwhere);
                cookieName = str(props.get("cookieName"), of, lib.equals("@fastify/session") ? "sessionId" : "session");
            }
            default -> {
                nested(props.get("cookie"), of, cprops, cwhere);
                cookieName = str(props.get("name"), of, "connect.sid");
            }
        }
        boolean unreadCookie = cprops.containsKey("...cookie");
        cprops.remove("...cookie");
        Cookies.Options co = switch (lib) {
            case "iron-session" -> cookies.optionsOf(withDefault(cprops, "sameSite", new Lit("lax")), cwhere, true, true, true);
            case "@fastify/session" -> cookies.optionsOf(cprops, cwhere, true, true, false);
            case "@fastify/secure-session" -> cookies.optionsOf(cprops, cwhere, true, false, true);
            case "hono-sessions" -> cookies.optionsOf(cprops, cwhere, false, false, false);
            default -> cookies.optionsOf(cprops, cwhere, true, false, false);
        };
        if (unreadCookie || spread) {
            co = new Cookies.Options(co.httpOnly().explicit() ? co.httpOnly() : new Cookies.Flag(Cookies.State.UNKNOWN, false),
                    co.secure().explicit() ? co.secure() : new Cookies.Flag(Cookies.State.UNKNOWN, false),
                    co.sameSite().isEmpty() ? List.of("?") : co.sameSite(), true, true);
        }
        return new Session(lib, framework, at, f, fn, List.copyOf(secrets), store, memory, saveUninit, saveAt, co, cookieName, devOnly, true, remark);
    }

    private static Map<String, Val> withDefault(Map<String, Val> m, String k, Val v) {
        Map<String, Val> out = new LinkedHashMap<>(m);
        out.putIfAbsent(k, v);
        return out;
    }

    private Cookies.Options defaults(String lib, Cookies cookies) {
        return switch (lib) {
            case "iron-session" -> cookies.optionsOf(Map.of("sameSite", new Lit("lax")), Map.of(), true, true, true);
            case "@fastify/session" -> cookies.optionsOf(Map.of(), Map.of(), true, true, false);
            case "@fastify/secure-session" -> cookies.optionsOf(Map.of(), Map.of(), true, false, true);
            case "hono-sessions" -> cookies.optionsOf(Map.of(), Map.of(), false, false, false);
            default -> cookies.optionsOf(Map.of(), Map.of(), true, false, false);
        };
    }

    /** The props of a nested cookie options object; an unreadable one is marked with the key "...cookie". */
    private void nested(Val v, FileFacts f, Map<String, Val> out, Map<String, FileFacts> where) {
        if (v == null) return;
        // cookie: securityConfig.session.cookie, of const securityConfig = getSecurityConfig(): the object the factory returns
        Project.Resolved r = project.resolveThroughFactory(v, f);
        if (!(r.val() instanceof Obj o)) {
            out.put("...cookie", v);
            return;
        }
        for (Map.Entry<String, Val> e : o.props().entrySet()) {
            if (e.getKey().startsWith("...")) {
                Project.Resolved sr = project.resolve(e.getValue(), r.file());
                if (sr.val() instanceof Obj so) {
                    for (Map.Entry<String, Val> se : so.props().entrySet()) {
                        out.put(se.getKey(), se.getValue());
                        where.put(se.getKey(), sr.file());
                    }
                    continue;
                }
                out.put("...cookie", e.getValue());
                continue;
            }
            out.put(e.getKey(), e.getValue());
            where.put(e.getKey(), r.file());
        }
    }

    private String str(Val v, FileFacts f, String dflt) {
        if (v == null) return dflt;
        return Val.constString(project.resolve(v, f).val()); // configured, but not known here: no name rather than the default
    }
}
