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
import dev.backcheck.model.Analysis;
import dev.backcheck.model.Project;
import dev.backcheck.lang.facts.ClassInfo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Every cookie the application sets on a response, with the flags it is sent with:
 * Express / NestJS {@code res.cookie(name, value, opts)}, Fastify {@code reply.setCookie(name, value, opts)}
 * (@fastify/cookie, with the plugin's {@code parseOptions} as defaults), Hono {@code setCookie(c, name, value, opts)}
 * and {@code setSignedCookie(c, name, value, secret, opts)}, {@code cookie.serialize(name, value, opts)}, and
 * {@code Set-Cookie} headers written as strings ({@code res.setHeader('Set-Cookie', 'sid=...; HttpOnly')}).
 * None of these APIs sets httpOnly, secure or sameSite by default (Express 4/5, @fastify/cookie 11, Hono 4 read
 * from their sources: Hono only forces {@code secure} for the {@code __Secure-}/{@code __Host-} prefixes).
 * Cookies set only to clear them (empty value with maxAge 0 or an expiry in the past) are not listed.
 * Test code is left out.
 */
public final class Cookies {

    /** What a flag (httpOnly, secure) is set to. */
    public enum State {
        /** Set to true (or by the library's default, see {@link Flag#explicit}). */
        ON,
        /** Absent with an insecure default, or false. */
        OFF,
        /** Computed from the environment ({@code process.env.NODE_ENV === 'production'}, a ternary on it). */
        CONDITIONAL,
        /** Not known statically (an option object built elsewhere, a spread of an unknown value). */
        UNKNOWN
    }

    /** A flag's state and whether the code writes it (false: the library default applies). */
    public record Flag(State state, boolean explicit) {
        public boolean off() {
            return state == State.OFF;
        }
    }

    /**
     * The options a cookie is sent with.
     *
     * @param httpOnly  httpOnly
     * @param secure    secure
     * @param sameSite  the SameSite values it may take, lower case (strict, lax, none); empty when absent;
     *                  "?" when not known
     * @param lifetime  maxAge / expires / expiresIn / ttl given (or a default lifetime of the library)
     * @param known     false when the options object could not be read (then every flag is UNKNOWN)
     */
    public record Options(Flag httpOnly, Flag secure, List<String> sameSite, boolean lifetime, boolean known) {
        public boolean sameSiteProtects() {
            return !sameSite.isEmpty() && sameSite.stream().allMatch(s -> s.equals("strict") || s.equals("lax"));
        }

        public boolean sameSiteUnknown() {
            return sameSite.contains("?");
        }

        public boolean sameSiteMissing() {
            return sameSite.isEmpty();
        }

        public static final Options UNREAD = new Options(new Flag(State.UNKNOWN, false), new Flag(State.UNKNOWN, false),
                List.of("?"), true, false);
    }

    /**
     * One cookie set by the application.
     *
     * @param api       how it is set, as written for messages ({@code res.cookie}, {@code reply.setCookie},
     *                  {@code setCookie}, {@code Set-Cookie header}, {@code cookie.serialize})
     * @param framework express | fastify | nestjs | hono
     * @param name      the cookie name when constant, else null
     * @param at        the call
     * @param options   its flags
     * @param auth      why it carries a session or auth token (its name or value), null when it does not seem to
     * @param devOnly   set only when the environment is not production (an enclosing {@code if})
     */
    public record Cookie(String api, String framework, String name, Location at, FileFacts file, Fn fn, CallSite site,
                         Options options, String auth, boolean devOnly) {
        public boolean isAuth() {
            return auth != null;
        }

        public String label() {
            return name == null ? "a cookie" : "cookie '" + name + "'";
        }
    }

    /**
     * A place where the application reads a session or auth cookie back to tell who the caller is
     * ({@code req.cookies.token}, Hono {@code getCookie(c, 'session')}), or configures a library to take the token
     * from a cookie (@fastify/jwt {@code cookie: { cookieName }}, hono/jwt {@code jwt({ cookie })}).
     *
     * @param name the cookie's name (null when not constant)
     */
    public record AuthRead(String name, Location at, String how) {
        /** A refresh-token cookie only mints new tokens: a forged request gets nothing it can read. */
        public boolean refreshOnly() {
            return name != null && name.toLowerCase(Locale.ROOT).contains("refresh");
        }
    }

    private final Project project;
    private final List<Cookie> cookies = new ArrayList<>();
    private final List<AuthRead> reads = new ArrayList<>();
    /** Defaults registered with @fastify/cookie's parseOptions (merged into every reply.setCookie). */
    private Map<String, Val> fastifyDefaults = Map.of();
    private FileFacts fastifyDefaultsFile;

    public static Cookies of(Project p) {
        return p.derived(Cookies.class, Cookies::new);
    }

    private Cookies(Project project) {
        this.project = project;
        CallIndex idx = CallIndex.of(project);
        findFastifyDefaults(idx);
        String nest = project.applications().stream().anyMatch(a -> a.framework().equals("nestjs")) ? "nestjs" : null;
        Set<Location> seen = new HashSet<>();
        for (String key : List.of("<response>.cookie", "<response>.setCookie", "hono/cookie.setCookie", "hono/cookie.setSignedCookie",
                "cookie.serialize", "<response>.setHeader", "<response>.header", "<response>.set", "<response>.append")) {
            for (CallIndex.Site s : idx.sites(key)) {
                // (nor in a file no process runs: s33 echotune src/auth/auth-routes.js, a router only the tests mount)
                if (project.isTestPath(s.file().path()) || ImportIndex.of(project).notRun(s.file().path()) || !seen.add(s.cs().location())) continue;
                // a dev server's middleware in a bundler config (vite.config.ts configureServer): no deployment sets it
                if (ImportIndex.toolConfig(s.file().path())) continue;
                try {
                    Cookie c = read(key, s, nest);
                    if (c != null) cookies.add(c);
                } catch (RuntimeException e) {
                    // unreadable call: not a cookie we can judge
                }
            }
        }
        try {
            java(seen);
        } catch (RuntimeException e) {
            // a Java shape the concept does not expect: the cookies found so far stand
        }
        cookies.sort(Comparator.comparing(Cookie::at, Location.ORDER));
        findReads(idx);
        reads.sort(Comparator.comparing(AuthRead::at, Location.ORDER));
    }

    /** Where session or auth cookies are read back, in file and source order. */
    public List<AuthRead> authReads() {
        return List.copyOf(reads);
    }

    private void findReads(CallIndex idx) {
        Set<Location> seen = new HashSet<>();
        for (FileFacts f : project.files().values()) {
            if (project.isTestPath(f.path())) continue;
            for (Fn fn : dev.backcheck.model.Analysis.functions(f)) {
                for (Fn.Read r : fn.reads()) {
                    if (!(r.part().equals("cookies") || r.part().equals("signedCookies")) || !(r.value() instanceof Req q)) continue;
                    String n = q.path().isEmpty() || q.path().get(0).equals("*") ? null : q.path().get(0);
                    if (n != null && authWord(n) && !isCsrfName(n) && seen.add(r.location())) reads.add(new AuthRead(n, r.location(), "req." + r.part() + "." + n));
                    // req.cookies[SESSION_COOKIE] (a constant of another module): which cookie is not known here, but the
                    // app sets an auth cookie, so reading a cookie by a computed name is reading it back
                    if (n == null && !cookies.stream().noneMatch(Cookie::isAuth) && seen.add(r.location())) {
                        reads.add(new AuthRead(null, r.location(), "req." + r.part() + "[...]"));
                    }
                }
                // an extractor handed to a library: jwtFromRequest: (req) => req.cookies?.token
                if (!fn.params().isEmpty() && fn.params().get(0).name() != null
                        && Set.of("req", "request").contains(fn.params().get(0).name())) {
                    List<Val> vals = new ArrayList<>(fn.returns());
                    for (CallSite cs : fn.calls()) vals.addAll(cs.args());
                    for (Val v : vals) {
                        Val[] hit = new Val[1];
                        Vals.anyPart(v, x -> {
                            if (x instanceof Param p && p.index() == 0 && p.path().size() >= 2
                                    && (p.path().get(0).equals("cookies") || p.path().get(0).equals("signedCookies"))) {
                                hit[0] = x;
                                return true;
                            }
                            return false;
                        });
                        if (hit[0] instanceof Param p) {
                            String n = p.path().get(1);
                            if (authWord(n) && !isCsrfName(n) && seen.add(fn.location())) reads.add(new AuthRead(n, fn.location(), p.name() + ".cookies." + n));
                        }
                    }
                }
            }
        }
        for (String k : List.of("hono/cookie.getCookie", "hono/cookie.getSignedCookie")) {
            for (CallIndex.Site s : idx.sites(k)) {
                if (project.isTestPath(s.file().path()) || s.cs().args().size() < 2) continue;
                String n = Val.constString(project.resolve(s.cs().arg(1), s.file()).val());
                if (n != null && authWord(n) && !isCsrfName(n) && seen.add(s.cs().location())) {
                    reads.add(new AuthRead(n, s.cs().location(), k.substring(k.indexOf('.') + 1) + "(c, '" + n + "')"));
                }
            }
        }
        for (CallIndex.Site s : idx.sites("*.register")) {
            if (project.isTestPath(s.file().path()) || s.cs().args().size() < 2) continue;
            String q = project.qname(s.cs().arg(0), s.file());
            if (q == null || !(q.equals("@fastify/jwt") || q.equals("fastify-jwt"))) continue;
            Project.Resolved r = project.resolve(s.cs().arg(1), s.file());
            if (r.val() instanceof Obj o && o.props().get("cookie") != null) {
                Val c = o.props().get("cookie");
                Val cv = project.resolve(c, r.file()).val();
                String n = cv instanceof Obj co && co.props().get("cookieName") != null
                        ? Val.constString(project.resolve(co.props().get("cookieName"), r.file()).val()) : null;
                if (seen.add(s.cs().location())) reads.add(new AuthRead(n, s.cs().location(), "@fastify/jwt with the cookie option"));
            }
        }
        for (CallIndex.Site s : idx.sites("hono/jwt.jwt")) {
            if (project.isTestPath(s.file().path()) || s.cs().args().isEmpty()) continue;
            if (project.resolve(s.cs().arg(0), s.file()).val() instanceof Obj o && o.props().get("cookie") != null && seen.add(s.cs().location())) {
                String n = Val.constString(project.resolve(o.props().get("cookie"), s.file()).val());
                reads.add(new AuthRead(n, s.cs().location(), "hono/jwt jwt({ cookie })"));
            }
        }
    }

    /** Every cookie set, in file and source order. */
    public List<Cookie> all() {
        return List.copyOf(cookies);
    }

    /** The cookies that carry a session or auth token. */
    public List<Cookie> authCookies() {
        return cookies.stream().filter(Cookie::isAuth).toList();
    }

    private Cookie read(String key, CallIndex.Site s, String nest) {
        CallSite cs = s.cs();
        FileFacts f = s.file();
        String framework;
        String api;
        Val name;
        Val value;
        Val opts;
        switch (key) {
            case "<response>.cookie" -> {
                if (cs.args().size() < 2) return null;
                framework = nest != null ? nest : "express";
                api = Vals.lastName(Analysis_receiverName(cs)) + ".cookie";
                name = cs.arg(0);
                value = cs.arg(1);
                opts = cs.arg(2);
                if (isFastifyReply(s)) framework = nest != null ? nest : "fastify";
            }
            case "<response>.setCookie" -> {
                if (cs.args().size() < 2) return null;
                framework = nest != null ? nest : "fastify";
                api = Vals.lastName(Analysis_receiverName(cs)) + ".setCookie";
                name = cs.arg(0);
                value = cs.arg(1);
                opts = cs.arg(2);
            }
            case "hono/cookie.setCookie" -> {
                if (cs.args().size() < 3) return null;
                framework = "hono";
                api = "setCookie";
                name = cs.arg(1);
                value = cs.arg(2);
                opts = cs.arg(3);
            }
            case "hono/cookie.setSignedCookie" -> {
                if (cs.args().size() < 4) return null;
                framework = "hono";
                api = "setSignedCookie";
                name = cs.arg(1);
                value = cs.arg(2);
                opts = cs.arg(4);
            }
            case "cookie.serialize" -> {
                if (cs.args().size() < 2) return null;
                framework = nest != null ? nest : frameworkOfProject();
                api = "cookie.serialize";
                name = cs.arg(0);
                value = cs.arg(1);
                opts = cs.arg(2);
            }
            default -> {
                // res.setHeader('Set-Cookie', 'sid=...; HttpOnly; Secure') and the like
                if (cs.args().size() < 2) return null;
                String h = Val.constString(project.resolve(cs.arg(0), f).val());
                if (h == null || !h.equalsIgnoreCase("set-cookie")) return null;
                framework = nest != null ? nest : key.equals("<response>.header") && frameworkOfProject().equals("hono") ? "hono" : frameworkOfProject();
                return headerCookie(s, framework, cs.arg(1));
            }
        }
        Val n = project.resolve(name, f).val();
        String cookieName = Val.constString(n);
        boolean fastify = key.equals("<response>.setCookie") || framework.equals("fastify");
        Options o = options(opts, f, fastify ? fastifyDefaults : Map.of(), fastify ? fastifyDefaultsFile : f);
        if (cookieName != null && (cookieName.startsWith("__Secure-") || cookieName.startsWith("__Host-"))) {
            o = new Options(o.httpOnly(), new Flag(State.ON, true), o.sameSite(), o.lifetime(), o.known());
        }
        if (framework.equals("hono") && opts != null) {
            Val pv = project.resolve(opts, f).val();
            if (pv instanceof Obj po && po.props().get("prefix") != null) {
                String pref = Val.constString(project.resolve(po.props().get("prefix"), f).val());
                if ("secure".equals(pref) || "host".equals(pref)) o = new Options(o.httpOnly(), new Flag(State.ON, true), o.sameSite(), o.lifetime(), o.known());
            }
        }
        if (clears(value, opts, f)) return null;
        // a constant value ('true', '1') is a hint for the frontend, not a credential
        Val vv = value == null ? null : project.resolve(value, f).val();
        boolean constant = vv instanceof Lit || Val.constString(vv) != null;
        String auth = constant ? null : authReason(cookieName, name, value, f);
        return new Cookie(api, framework, cookieName, cs.location(), f, s.fn(), cs, o, auth, devOnly(cs));
    }

    private static Val Analysis_receiverName(CallSite cs) {
        Val r = dev.backcheck.model.Analysis.receiver(cs.callee());
        return r == null ? cs.callee() : r;
    }

    /** A res.cookie call on a Fastify reply (the @fastify/cookie alias). */
    private boolean isFastifyReply(CallIndex.Site s) {
        Val r = dev.backcheck.model.Analysis.receiver(s.cs().callee());
        if (r instanceof Param p) {
            Fn.Param decl = s.fn().param(p.index());
            String t = decl == null ? null : decl.type();
            if (t != null) return t.toLowerCase(Locale.ROOT).endsWith("reply");
            return p.name().equals("reply") || p.name().equals("rep");
        }
        return false;
    }

    private String frameworkOfProject() {
        for (Application a : project.applications()) if (!project.isTestPath(a.location().path())) return a.framework();
        return "express";
    }

    /** A Set-Cookie header written as a string: flags read from its constant text. */
    private Cookie headerCookie(CallIndex.Site s, String framework, Val v) {
        FileFacts f = s.file();
        Val x = project.resolve(v, f).val();
        List<Val> items = x instanceof Arr a ? a.items() : List.of(x);
        for (Val item : items) {
            Val it = project.resolve(item, f).val();
            if (it instanceof Call c) {
                // cookie.serialize(...) builds it: that call is listed on its own
                String q = project.qname(c.callee(), f);
                if (q != null && (q.equals("cookie.serialize") || q.endsWith(".serialize"))) continue;
            }
            String text = constText(it);
            if (text == null) continue;
            int eq = text.indexOf('=');
            if (eq <= 0) continue;
            String cname = text.substring(0, eq).strip();
            if (cname.contains("\u0000") || cname.isEmpty()) cname = null;
            String lower = text.toLowerCase(Locale.ROOT);
            String attrs = lower.contains(";") ? lower.substring(lower.indexOf(';')) : "";
            if (attrs.contains("max-age=0") || attrs.contains("expires=thu, 01 jan 1970")) continue;
            Flag httpOnly = new Flag(attrs.contains("httponly") ? State.ON : State.OFF, true);
            Flag secure = new Flag(attrs.contains("secure") ? State.ON : State.OFF, true);
            List<String> same = new ArrayList<>();
            int i = attrs.indexOf("samesite=");
            if (i >= 0) {
                String rest = attrs.substring(i + 9);
                String val = rest.split("[;\\s]", 2)[0];
                same.add(val.isEmpty() || val.contains("\u0000") ? "?" : val);
            }
            boolean life = attrs.contains("max-age") || attrs.contains("expires");
            boolean unknownAttrs = attrs.contains("\u0000");
            if (unknownAttrs) {
                // an attribute part the code computes: what it adds is not known
                if (httpOnly.off()) httpOnly = new Flag(State.UNKNOWN, false);
                if (secure.off()) secure = new Flag(State.UNKNOWN, false);
                if (same.isEmpty()) same.add("?");
                life = true;
            }
            Options o = new Options(httpOnly, secure, same, life, true);
            String auth = authReason(cname, null, null, f);
            return new Cookie(Vals.lastName(Analysis_receiverName(s.cs())) + "." + s.cs().methodName() + "('Set-Cookie')", framework,
                    cname, s.cs().location(), f, s.fn(), s.cs(), o, auth, devOnly(s.cs()));
        }
        return null;
    }

    /** The text of a string built from constants and holes; a hole becomes NUL. Null when it is no string. */
    private static String constText(Val v) {
        String c = Val.constString(v);
        if (c != null) return c;
        if (v instanceof Tpl t) {
            StringBuilder sb = new StringBuilder(t.quasis().get(0));
            for (int i = 0; i < t.holes().size(); i++) {
                String h = Val.constString(t.holes().get(i));
                sb.append(h != null ? h : "\u0000").append(t.quasis().get(i + 1));
            }
            return sb.toString();
        }
        if (v instanceof Concat cc) {
            StringBuilder sb = new StringBuilder();
            for (Val p : cc.parts()) {
                String h = Val.constString(p);
                sb.append(h != null ? h : "\u0000");
            }
            return sb.toString();
        }
        return null;
    }

    private void findFastifyDefaults(CallIndex idx) {
        for (CallIndex.Site s : idx.sites("*.register")) {
            CallSite cs = s.cs();
            if (cs.args().size() < 2 || project.isTestPath(s.file().path())) continue;
            String q = project.qname(cs.arg(0), s.file());
            if (q == null || !(q.equals("@fastify/cookie") || q.equals("fastify-cookie"))) continue;
            Project.Resolved r = project.resolve(cs.arg(1), s.file());
            if (r.val() instanceof Obj o && o.props().get("parseOptions") != null) {
                Project.Resolved po = project.resolve(o.props().get("parseOptions"), r.file());
                if (po.val() instanceof Obj p) {
                    fastifyDefaults = p.props();
                    fastifyDefaultsFile = po.file();
                    return;
                }
            }
        }
    }

    // ------------------------------------------------------------------ reading cookie options

    /**
     * The flags of a cookie options value (resolved in {@code f}) over {@code defaults}: what an API without
     * defaults of its own sends. A null value means no options (every flag off).
     */
    public Options options(Val opts, FileFacts f, Map<String, Val> defaults, FileFacts defaultsFile) {
        Map<String, Val> props = new LinkedHashMap<>();
        Map<String, FileFacts> where = new LinkedHashMap<>();
        for (Map.Entry<String, Val> e : defaults.entrySet()) {
            props.put(e.getKey(), e.getValue());
            where.put(e.getKey(), defaultsFile);
        }
        if (opts != null) {
            Project.Resolved r = project.resolve(opts, f);
            Map<String, Val> own = new LinkedHashMap<>();
            if (!flatten(r.val(), r.file(), own, 0)) return Options.UNREAD;
            for (Map.Entry<String, Val> e : own.entrySet()) {
                props.put(e.getKey(), e.getValue());
                where.put(e.getKey(), r.file());
            }
        }
        return optionsOf(props, where, false, false, false);
    }

    /**
     * Flags from an options map: {@code httpOnly}, {@code secure}, {@code sameSite}, lifetime ({@code maxAge},
     * {@code expires}); the booleans give the library's defaults when a key is absent.
     */
    public Options optionsOf(Map<String, Val> props, Map<String, FileFacts> where, boolean httpOnlyDefault,
                             boolean secureDefault, boolean lifetimeDefault) {
        Flag httpOnly = flag(props.get("httpOnly"), where.get("httpOnly"), httpOnlyDefault);
        Flag secure = flag(props.get("secure"), where.get("secure"), secureDefault);
        List<String> same = sameSite(props.get("sameSite"), where.get("sameSite"));
        boolean life = lifetimeDefault || present(props, "maxAge") || present(props, "expires") || present(props, "expiresIn")
                || present(props, "maxage");
        if (props.keySet().stream().anyMatch(k -> k.startsWith("..."))) {
            // a spread of something not resolved may set any of them
            if (!httpOnly.explicit()) httpOnly = new Flag(State.UNKNOWN, false);
            if (!secure.explicit()) secure = new Flag(State.UNKNOWN, false);
            if (same.isEmpty()) same = List.of("?");
            life = true;
        }
        return new Options(httpOnly, secure, same, life, true);
    }

    private static boolean present(Map<String, Val> props, String k) {
        Val v = props.get(k);
        return v != null && !(v instanceof Lit l && l.value() == null);
    }

    /** Flattens an options object, following spreads of resolvable objects; false when it is not an object at all. */
    private boolean flatten(Val v, FileFacts f, Map<String, Val> out, int depth) {
        if (depth > 4) return false;
        if (v instanceof Lit l && l.value() == null) return true;
        if (!(v instanceof Obj o)) return false;
        for (Map.Entry<String, Val> e : o.props().entrySet()) {
            if (e.getKey().startsWith("...")) {
                Project.Resolved r = project.resolve(e.getValue(), f);
                if (r.val() instanceof Obj) {
                    flatten(r.val(), r.file(), out, depth + 1);
                } else {
                    out.put(e.getKey(), e.getValue());
                }
            } else {
                out.remove(e.getKey());
                out.put(e.getKey(), e.getValue());
            }
        }
        return true;
    }

    private Flag flag(Val v, FileFacts f, boolean dflt) {
        if (v == null) return new Flag(dflt ? State.ON : State.OFF, false);
        Val x = f == null ? v : project.resolve(v, f).val();
        return new Flag(state(x, f, 0), true);
    }

    private State state(Val x, FileFacts f, int depth) {
        if (depth > 4) return State.UNKNOWN;
        if (x instanceof Lit l) {
            if (l.value() instanceof Boolean b) return b ? State.ON : State.OFF;
            if (l.value() == null) return State.OFF;
            if ("auto".equals(l.value())) return State.CONDITIONAL; // express-session / @fastify: secure on HTTPS
            if (l.value() instanceof String s) return s.isEmpty() ? State.OFF : State.ON;
            return State.UNKNOWN;
        }
        if (x instanceof OneOf o) {
            boolean anyOn = false, anyOff = false;
            for (Val opt : o.options()) {
                State s = state(f == null ? opt : project.resolve(opt, f).val(), f, depth + 1);
                if (s == State.ON || s == State.CONDITIONAL) anyOn = true;
                else if (s == State.OFF) anyOff = true;
                else return State.UNKNOWN;
            }
            if (anyOn && anyOff) return State.CONDITIONAL;
            return anyOn ? State.ON : State.OFF;
        }
        if (x instanceof Unknown u && u.kind().startsWith("binary:")) return State.CONDITIONAL; // NODE_ENV === 'production'
        return State.UNKNOWN;
    }

    private List<String> sameSite(Val v, FileFacts f) {
        if (v == null) return List.of();
        Val x = f == null ? v : project.resolve(v, f).val();
        List<String> out = new ArrayList<>();
        collectSameSite(x, f, out, 0);
        return List.copyOf(out);
    }

    private void collectSameSite(Val x, FileFacts f, List<String> out, int depth) {
        if (depth > 4) {
            out.add("?");
            return;
        }
        if (x instanceof OneOf o) {
            for (Val opt : o.options()) collectSameSite(f == null ? opt : project.resolve(opt, f).val(), f, out, depth + 1);
            return;
        }
        if (x instanceof Lit l && l.value() instanceof Boolean b) {
            out.add(b ? "strict" : "none-set"); // sameSite: true is Strict in the cookie package; false sets none
            return;
        }
        String s = Val.constString(x);
        out.add(s == null ? "?" : s.toLowerCase(Locale.ROOT));
    }

    /** Set only to clear it: an empty value with maxAge 0 / expires in the past. */
    private boolean clears(Val value, Val opts, FileFacts f) {
        Val v = value == null ? null : project.resolve(value, f).val();
        boolean empty = v == null || v instanceof Lit l && (l.value() == null || "".equals(l.value()));
        if (opts != null && project.resolve(opts, f).val() instanceof Obj o) {
            Val ma = o.props().get("maxAge");
            if (ma != null && project.resolve(ma, f).val() instanceof Lit ml && ml.value() instanceof Double d && d <= 0) return true;
            Val ex = o.props().get("expires");
            if (ex != null && project.resolve(ex, f).val() instanceof New n && n.args().size() == 1
                    && project.resolve(n.args().get(0), f).val() instanceof Lit el && el.value() instanceof Double d && d <= 0) return true;
        }
        return empty;
    }

    // ------------------------------------------------------------------ what a cookie carries

    private static final Set<String> AUTH_WORDS = Set.of("token", "tokens", "jwt", "session", "sessionid", "sid", "auth",
            "refresh", "sess", "ssid", "authorization", "authentication", "bearer", "accesstoken", "refreshtoken", "idtoken",
            "logged", "remember");

    /** Why a cookie carries a session or auth token (its name, or what its value is built from), or null. */
    private String authReason(String cookieName, Val nameVal, Val value, FileFacts f) {
        if (cookieName != null) {
            if (isCsrfName(cookieName)) return null;
            if (authWord(cookieName) && !namesOtherContent(cookieName)) return "its name '" + cookieName + "'";
        } else if (nameVal != null) {
            String n = Vals.lastName(nameVal);
            if (n != null && !isCsrfName(n) && authWord(n) && !namesOtherContent(n)) return "its name (" + n + ")";
            if (n != null && isCsrfName(n)) return null;
        }
        if (value != null) {
            String why = valueWhy(value, f, 0);
            if (why != null) return "its value (" + why + ")";
        }
        return null;
    }

    private String valueWhy(Val v, FileFacts f, int depth) {
        if (v == null || depth > 3) return null;
        if (v instanceof Call c) {
            String q = project.qname(c.callee(), f);
            if (q != null && (q.startsWith("jsonwebtoken.sign") || q.startsWith("jose.") || q.contains("SignJWT")
                    || q.startsWith("hono/jwt.sign") || q.startsWith("iron-session.seal"))) return q;
            String m = Vals.lastName(c.callee());
            if (m != null && (m.equals("sign") || m.equals("signAsync") || m.equals("seal") || m.equals("sealData") || authWord(m))) return m + "()";
        }
        if (v instanceof New n && Vals.lastName(n.callee()) != null && Vals.lastName(n.callee()).equals("SignJWT")) return "new SignJWT()";
        String n = Vals.lastName(v);
        if (n != null && !isCsrfName(n) && authWord(n) && !(v instanceof Lit)) return n;
        if (v instanceof Member m) return valueWhy(m.object(), f, depth + 1);
        if (v instanceof Call c && Vals.lastName(c.callee()) != null
                && Set.of("toString", "encrypt", "stringify", "then").contains(Vals.lastName(c.callee()))) {
            return valueWhy(dev.backcheck.model.Analysis.receiver(c.callee()), f, depth + 1);
        }
        return null;
    }

    /** True for a name made of words one of which means a session or token (camelCase, snake_case, kebab-case, dots). */
    public static boolean authWord(String name) {
        if (name == null) return false;
        String lower = name.toLowerCase(Locale.ROOT);
        if (AUTH_WORDS.contains(lower.replaceAll("[^a-z]", ""))) return true;
        for (String w : name.split("(?<=[a-z0-9])(?=[A-Z])|[^A-Za-z0-9]+")) {
            if (AUTH_WORDS.contains(w.toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }

    /**
     * Words that say what a cookie named for the sign-in flow holds when it is no credential: where to go after it
     * ({@code auth_redirect}, {@code login_return_to}, {@code auth_next_url}), a display preference, or the OAuth state or
     * nonce the sign-in round trip compares on its callback ({@code microsoft_auth_state}, {@code oidc_nonce}): a random
     * value that names no one. Its value decides then.
     */
    private static final Set<String> OTHER_CONTENT = Set.of("redirect", "return", "returnto", "next", "url", "uri", "path",
            "destination", "dest", "locale", "lang", "language", "theme", "state", "nonce");

    private static boolean namesOtherContent(String name) {
        for (String w : name.split("(?<=[a-z0-9])(?=[A-Z])|[^A-Za-z0-9]+")) {
            if (OTHER_CONTENT.contains(w.toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }

    private static boolean isCsrfName(String n) {
        String l = n.toLowerCase(Locale.ROOT);
        return l.contains("csrf") || l.contains("xsrf");
    }

    /** True when the call runs only where NODE_ENV says development or test (an enclosing if). */
    public static boolean devOnly(CallSite cs) {
        for (CallSite.Guard g : cs.guards()) {
            if (!isNodeEnv(g.left()) && !isNodeEnv(g.right())) continue;
            String lit = Val.constString(isNodeEnv(g.left()) ? g.right() : g.left());
            if (lit == null) continue;
            boolean eq = g.op().equals("==") == g.holds();
            boolean prodValue = lit.equals("production") || lit.equals("prod");
            if (eq && !prodValue) return true;
            if (!eq && prodValue) return true;
        }
        return false;
    }

    static boolean isNodeEnv(Val v) {
        return v instanceof Global g && g.name().equals("process") && g.path().equals(List.of("env", "NODE_ENV"));
    }

    // ------------------------------------------------------------------ Java: servlet Cookie, Spring ResponseCookie

    /**
     * Servlet cookies handed to {@code response.addCookie(cookie)}: {@code new Cookie(name, value)} (here or in a method
     * of the class that returns it) with the {@code setHttpOnly(true)} / {@code setSecure(true)} /
     * {@code setAttribute("SameSite", ..)} calls of the function that makes it (the servlet defaults are all off);
     * Spring {@code ResponseCookie.from(name, value)...build()} chains with their {@code httpOnly}/{@code secure}/
     * {@code sameSite} steps (defaults off too).
     */
    private void java(Set<Location> seen) {
        for (FileFacts f : JavaCalls.javaFiles(project)) {
            if (project.isTestPath(f.path())) continue;
            for (Fn fn : Analysis.functions(f)) {
                for (CallSite cs : fn.calls()) {
                    String m = cs.methodName();
                    if ("addCookie".equals(m) && cs.args().size() == 1) servletCookie(f, fn, cs, seen);
                }
                for (CallSite cs : JavaCalls.outermost(fn)) {
                    JavaCalls.Chain ch = JavaCalls.chain(project, f, fn, cs);
                    if (ch.rootQname() != null && ch.rootQname().equals("org.springframework.http.ResponseCookie.from")) responseCookie(f, fn, ch, seen);
                }
            }
        }
    }

    private void servletCookie(FileFacts f, Fn fn, CallSite add, Set<Location> seen) {
        Val v = project.resolve(add.arg(0), f).val();
        Fn maker = fn;
        if (v instanceof Call c && c.callee() instanceof This t && t.path().size() == 1) {
            JavaCalls.FieldValue rv = JavaCalls.returned(JavaCalls.owner(f, fn), t.path().get(0));
            if (rv == null) {
                ClassInfo owner = JavaCalls.owner(f, fn);
                Fn m = owner == null ? null : owner.method(t.path().get(0));
                if (m == null || m.returns().size() != 1) return;
                rv = new JavaCalls.FieldValue(m.returns().get(0), m);
            }
            v = project.resolve(rv.value(), f).val();
            maker = rv.fn();
        }
        if (!(v instanceof New n) || !"Cookie".equals(Vals.lastName(n.callee())) || n.args().size() < 2) return;
        Location at = n.site() != null ? n.site() : add.location();
        if (!seen.add(at)) return;
        State http = State.OFF, sec = State.OFF;
        boolean httpExplicit = false, secExplicit = false, lifetime = false, zeroAge = false;
        List<String> sameSite = new ArrayList<>();
        List<CallSite> calls = new ArrayList<>(maker.calls());
        if (maker != fn) calls.addAll(fn.calls());
        for (CallSite cs : calls) {
            String m = cs.methodName();
            if (m == null) continue;
            switch (m) {
                case "setHttpOnly" -> {
                    httpExplicit = true;
                    http = javaFlag(cs.arg(0), f);
                }
                case "setSecure" -> {
                    secExplicit = true;
                    sec = javaFlag(cs.arg(0), f);
                }
                case "setMaxAge" -> {
                    lifetime = true;
                    // cookie.setMaxAge(0) on this very cookie (the Java facts name the class, not the variable: the
                    // source lines tie the call to the variable the cookie was bound to): the browser deletes it at once
                    if (zero(cs.arg(0), f) && sameJavaVariable(n.site(), cs.location())) zeroAge = true;
                }
                case "setAttribute" -> {
                    String k = Val.constString(project.resolve(cs.arg(0), f).val());
                    if (k != null && k.equalsIgnoreCase("SameSite")) {
                        String sv = Val.constString(project.resolve(cs.arg(1), f).val());
                        sameSite.add(sv == null ? "?" : sv.toLowerCase(Locale.ROOT));
                    }
                }
                default -> { }
            }
        }
        // new Cookie("auth_token", "") with setMaxAge(0): set only to clear it (a logout), it carries nothing
        if (zeroAge && project.resolve(n.args().get(1), f).val() instanceof Lit el && (el.value() == null || "".equals(el.value()))) return;
        String name = Val.constString(project.resolve(n.args().get(0), f).val());
        Options o = new Options(new Flag(http, httpExplicit), new Flag(sec, secExplicit), sameSite, lifetime, true);
        String auth = authReason(name, n.args().get(0), n.args().get(1), f);
        cookies.add(new Cookie("new Cookie + response.addCookie", "spring", name, at, f, fn, add, o, auth, false));
    }

    /** {@code Cookie x = new Cookie(..)} at {@code made} and {@code x.setMaxAge(..)} at {@code call}: the same variable. */
    private boolean sameJavaVariable(Location made, Location call) {
        if (made == null || call == null || made.path() == null || !made.path().equals(call.path())) return false;
        List<String> lines = SourceLines.read(project, made.path());
        if (made.line() > lines.size() || call.line() > lines.size()) return false;
        java.util.regex.Matcher d = java.util.regex.Pattern.compile("\\b([A-Za-z_$][\\w$]*)\\s*=\\s*new\\s+(?:[\\w.]+\\.)?Cookie\\s*\\(")
                .matcher(lines.get(made.line() - 1));
        if (!d.find()) return false;
        return lines.get(call.line() - 1).matches("\\s*" + java.util.regex.Pattern.quote(d.group(1)) + "\\s*\\.\\s*setMaxAge\\s*\\(.*");
    }

    /** A literal zero (setMaxAge(0), maxAge(0)). */
    private boolean zero(Val v, FileFacts f) {
        Val r = v == null ? null : project.resolve(v, f).val();
        return r instanceof Lit l && l.value() instanceof Number num && num.doubleValue() == 0;
    }

    private State javaFlag(Val v, FileFacts f) {
        Val r = v == null ? null : project.resolve(v, f).val();
        if (r instanceof Lit l && l.value() instanceof Boolean b) return b ? State.ON : State.OFF;
        return State.UNKNOWN;
    }

    private void responseCookie(FileFacts f, Fn fn, JavaCalls.Chain ch, Set<Location> seen) {
        JavaCalls.Step from = ch.steps().get(0);
        Location at = from.site();
        if (at == null || !seen.add(at)) return;
        State http = State.OFF, sec = State.OFF;
        boolean httpExplicit = false, secExplicit = false, lifetime = false, zeroAge = false;
        List<String> sameSite = new ArrayList<>();
        for (JavaCalls.Step st : ch.steps()) {
            switch (st.name()) {
                case "httpOnly" -> {
                    httpExplicit = true;
                    http = javaFlag(st.arg(0), f);
                }
                case "secure" -> {
                    secExplicit = true;
                    sec = javaFlag(st.arg(0), f);
                }
                case "maxAge" -> {
                    lifetime = true;
                    if (zero(st.arg(0), f)) zeroAge = true;
                }
                case "sameSite" -> {
                    String sv = Val.constString(project.resolve(st.arg(0), f).val());
                    sameSite.add(sv == null ? "?" : sv.toLowerCase(Locale.ROOT));
                }
                default -> { }
            }
        }
        if (!"build".equals(ch.last().name())) {
            // the builder is kept in a variable and finished later: the flags its other calls in the function set
            for (CallSite cs : fn.calls()) {
                String m = cs.methodName();
                if (m == null || !(cs.callee() instanceof Ref r) || !r.export().startsWith("ResponseCookie")) continue;
                switch (m) {
                    case "httpOnly" -> {
                        httpExplicit = true;
                        http = javaFlag(cs.arg(0), f);
                    }
                    case "secure" -> {
                        secExplicit = true;
                        sec = javaFlag(cs.arg(0), f);
                    }
                    case "sameSite" -> {
                        String sv = Val.constString(project.resolve(cs.arg(0), f).val());
                        sameSite.add(sv == null ? "?" : sv.toLowerCase(Locale.ROOT));
                    }
                    default -> { }
                }
            }
        }
        // ResponseCookie.from("token", "").maxAge(0): set only to clear it
        if (zeroAge && project.resolve(from.arg(1), f).val() instanceof Lit el && (el.value() == null || "".equals(el.value()))) return;
        String name = Val.constString(project.resolve(from.arg(0), f).val());
        Options o = new Options(new Flag(http, httpExplicit), new Flag(sec, secExplicit), sameSite, lifetime, true);
        String auth = authReason(name, from.arg(0), from.arg(1), f);
        cookies.add(new Cookie("ResponseCookie.from", "spring", name, at, f, fn, from.cs(), o, auth, false));
    }
}
