package dev.backcheck.rules.injection;

import dev.backcheck.findings.Location;
import dev.backcheck.flow.CallIndex;
import dev.backcheck.flow.TaintEngine;
import dev.backcheck.flow.TaintEngine.Flow;
import dev.backcheck.lang.facts.CallSite;
import dev.backcheck.lang.facts.FileFacts;
import dev.backcheck.lang.facts.Fn;
import dev.backcheck.lang.facts.Val;
import dev.backcheck.lang.facts.Val.*;
import dev.backcheck.lang.facts.Vals;
import dev.backcheck.model.Project;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where input sits in a string a sink receives, for sinks where only some positions are dangerous.
 * The value is read as text from its start (templates, concatenations, constants, string methods, calls of
 * project functions with their parameters bound, and a parameter's callers); a part of it is kept when it comes
 * before the point after which nothing can change what matters:
 * <ul>
 *   <li>{@link Mode#URL}: the origin (scheme, host, port). {@code https://${host}/x} keeps {@code host};
 *       {@code https://api.example.com/users/${id}} and {@code `${BASE}/users/${id}`} keep nothing after the
 *       {@code /} that ends the origin; {@code /app/ + x} is a path on the same origin. {@code new URL(path, base)}
 *       keeps what can make {@code path} absolute and the base.</li>
 *   <li>{@link Mode#SEND}: the start of a file path handed to {@code send} (express {@code res.sendFile}), which
 *       rejects {@code ..} segments itself: input there names any absolute path; and any
 *       {@code path.join/resolve/normalize} with input, which removes the {@code ..} before {@code send} sees it.</li>
 * </ul>
 * Each kept part is then traced by the {@link TaintEngine} from the function it is in.
 */
final class Heads {

    enum Mode { URL, SEND }

    /** A part of the value that can change what matters, the function it is computed in, and the calls it came through. */
    record Part(Val v, Fn fn, FileFacts file, List<Location> via, CallSite at) { }

    private record Ctx(Fn fn, FileFacts file, List<Val> args, Ctx caller, List<Location> via, CallSite at, int depth) { }

    private static final int MAX_DEPTH = 4;
    static final Set<String> SAME_TEXT = Set.of("trim", "trimStart", "trimEnd", "toString", "toLowerCase", "toUpperCase",
            "normalize", "valueOf", "replace", "replaceAll", "concat", "padEnd", "String", "toLocaleLowerCase");
    private static final Set<String> NORMALISING = Set.of("path.join", "path.resolve", "path.normalize", "path.posix.join",
            "path.posix.resolve", "path.posix.normalize", "path.win32.join", "path.win32.resolve", "path.win32.normalize");
    /** Fields of a request options object that name where the request goes. */
    private static final List<String> URL_FIELDS = List.of("url", "uri", "href", "baseURL", "baseUrl", "prefixUrl", "origin");
    private static final List<String> HOST_FIELDS = List.of("host", "hostname", "port", "protocol", "socketPath");

    private final Project project;
    private final CallIndex index;
    private final Mode mode;
    private final List<Part> parts = new ArrayList<>();
    private int budget = 600;

    private Heads(Project project, CallIndex index, Mode mode) {
        this.project = project;
        this.index = index;
        this.mode = mode;
    }

    /** The parts of {@code v} (the argument of {@code at}, in {@code fn}) that matter in this mode. */
    static List<Part> of(Project project, CallIndex index, Mode mode, Val v, Fn fn, FileFacts file, CallSite at) {
        Heads h = new Heads(project, index, mode);
        h.walk(v, new Ctx(fn, file, null, null, List.of(), at, 0), new StringBuilder(), 0);
        return h.parts;
    }

    /** The first flow from a request value into one of the parts that matter, with the calls it came through; or null. */
    static Flow trace(TaintEngine engine, Project project, Mode mode, String kind, Val v, Fn fn, FileFacts file, CallSite at) {
        for (Part p : of(project, engine.index(), mode, v, fn, file, at)) {
            Flow f = engine.trace(p.v(), p.fn(), p.file(), kind, p.at());
            if (f == null) continue;
            for (Location l : p.via()) f = f.to(l, l.message());
            return f;
        }
        return null;
    }

    /**
     * Reads {@code v} as text appended to {@code prefix} (unknown text written as \0), keeping the parts that come
     * before the fixed point; false once the text is fixed (nothing after can matter).
     */
    private boolean walk(Val v, Ctx ctx, StringBuilder prefix, int depth) {
        if (v == null || depth > 40 || --budget < 0) return false;
        if (fixed(prefix)) return false;
        if (v instanceof Lit l) {
            String s = Val.constString(l);
            prefix.append(s == null ? String.valueOf(l.value()) : s);
            return !fixed(prefix);
        }
        if (v instanceof Tpl t) {
            for (int i = 0; i < t.quasis().size(); i++) {
                prefix.append(t.quasis().get(i));
                if (fixed(prefix)) return false;
                if (i < t.holes().size() && !walk(t.holes().get(i), ctx, prefix, depth + 1)) return false;
            }
            return !fixed(prefix);
        }
        if (v instanceof Concat c) {
            for (Val p : c.parts()) if (!walk(p, ctx, prefix, depth + 1)) return false;
            return !fixed(prefix);
        }
        if (v instanceof OneOf o) {
            boolean more = false;
            for (Val opt : o.options()) {
                StringBuilder copy = new StringBuilder(prefix);
                if (walk(opt, ctx, copy, depth + 1)) more = true;
            }
            return unknown(prefix, more);
        }
        if (v instanceof Local || v instanceof Ref) {
            Project.Resolved r;
            try {
                r = project.resolve(v, ctx.file());
            } catch (RuntimeException e) {
                r = null;
            }
            if (r != null && r.val() != null && !r.val().equals(v) && (r.val() instanceof Lit || r.val() instanceof Tpl || r.val() instanceof Concat)) {
                return walk(r.val(), new Ctx(null, r.file(), null, null, ctx.via(), null, ctx.depth()), prefix, depth + 1);
            }
            return opaque(v, ctx, prefix);
        }
        if (v instanceof Param p) return param(p, ctx, prefix, depth);
        if (v instanceof Call c) return call(c.callee(), c.args(), false, c.site(), v, ctx, prefix, depth);
        if (v instanceof New n) return call(n.callee(), n.args(), true, n.site(), v, ctx, prefix, depth);
        if (v instanceof Obj o && mode == Mode.URL) {
            for (String f : HOST_FIELDS) if (o.props().containsKey(f)) add(o.props().get(f), ctx);
            for (String f : URL_FIELDS) if (o.props().containsKey(f)) walk(o.props().get(f), ctx, new StringBuilder(), depth + 1);
            return false;
        }
        if (v instanceof Req q && q.path().isEmpty() && prefix.length() > 0 && Set.of("meta:url", "meta:originalUrl", "meta:path").contains(q.part())) {
            // the request's own path starts with "/": after a scheme and host it cannot move the origin
            prefix.append("/\0");
            return !fixed(prefix);
        }
        if (mode == Mode.URL && prefix.length() > 0 && ownPathname(v)) {
            // new URL(request.url).pathname: the path of the request's own http(s) URL, which always starts with "/"
            prefix.append("/\0");
            return !fixed(prefix);
        }
        if (v instanceof Unknown || v instanceof FnVal || v instanceof ClassRef || v instanceof Regex) {
            prefix.append('\0');
            return !fixed(prefix);
        }
        return opaque(v, ctx, prefix);
    }

    /**
     * The {@code pathname} of a WHATWG URL parsed from the request's own URL ({@code new URL(request.url).pathname},
     * {@code new URL(req.url, base).pathname}): an http(s) URL's path, "/" and what follows. Not a URL the client sends as
     * data ({@code new URL(req.body.link)}), whose scheme may give a path with no leading slash.
     */
    private static boolean ownPathname(Val v) {
        if (!(v instanceof Member m) || !m.prop().equals("pathname") || !(m.object() instanceof New n) || n.args().isEmpty()) return false;
        if (!"URL".equals(Vals.lastName(n.callee()))) return false;
        return n.args().get(0) instanceof Req q && q.path().isEmpty() && Set.of("meta:url", "meta:originalUrl", "meta:path").contains(q.part());
    }

    /** A value whose text is not known here: kept (the engine decides whether it carries input). */
    private boolean opaque(Val v, Ctx ctx, StringBuilder prefix) {
        add(v, ctx);
        prefix.append('\0');
        return !fixed(prefix);
    }

    private void add(Val v, Ctx ctx) {
        if (v == null || Vals.isData(v)) return;
        if (parts.size() < 32) parts.add(new Part(v, ctx.fn(), ctx.file(), ctx.via(), ctx.at()));
    }

    /** After several possible values: unknown text, and more to read unless every value fixed it. */
    private boolean unknown(StringBuilder prefix, boolean more) {
        if (!more) return false;
        prefix.append('\0');
        return !fixed(prefix);
    }

    private boolean param(Param p, Ctx ctx, StringBuilder prefix, int depth) {
        if (ctx.args() != null) {
            if (p.index() >= ctx.args().size()) return unknown(prefix, true);
            Val a = ctx.args().get(p.index());
            for (String s : p.path()) a = Val.member(a, s);
            // back in the caller, the steps so far (returned by ...) stay on the way to the sink
            Ctx c = ctx.caller();
            Ctx back = c == null ? null : new Ctx(c.fn(), c.file(), c.args(), c.caller(), ctx.via(), c.at(), c.depth());
            if (!p.path().isEmpty()) return opaque(a, back, prefix);
            return walk(a, back, prefix, depth + 1);
        }
        Fn fn = ctx.fn();
        // a closure reads a parameter of the function it is written in (() => fetchInner(path) inside fetchOuter(path)):
        // that function's callers say what it holds
        if (fn != null && !ownParam(fn, p)) {
            Fn outer = index.parentOf(fn);
            for (int i = 0; outer != null && i < 20 && !ownParam(outer, p); i++) outer = index.parentOf(outer);
            if (outer != null) fn = outer;
        }
        if (fn == null || !p.path().isEmpty() || ctx.depth() >= MAX_DEPTH || index.callback(fn) != null) return opaque(p, ctx, prefix);
        List<CallIndex.Site> callers = index.callers(fn);
        if (callers.isEmpty()) return opaque(p, ctx, prefix);
        boolean more = false;
        String name = fn.name().isEmpty() ? "a function" : fn.name() + "()";
        String pname = fn.param(p.index()) == null ? "#" + p.index() : fn.param(p.index()).name();
        int n = 0;
        for (CallIndex.Site s : callers) {
            if (++n > 12) break;
            Val a = s.cs().arg(p.index());
            if (a == null) continue;
            List<Location> via = new ArrayList<>();
            via.add(s.cs().argLocation(p.index()).withMessage("passed to " + name + " as " + pname));
            via.addAll(ctx.via());
            StringBuilder copy = new StringBuilder(prefix);
            if (walk(a, new Ctx(s.fn(), s.file(), null, null, List.copyOf(via), s.cs(), ctx.depth() + 1), copy, depth + 1)) more = true;
        }
        return unknown(prefix, more);
    }

    private static boolean ownParam(Fn fn, Param p) {
        Fn.Param d = fn.param(p.index());
        return d != null && d.name().equals(p.name());
    }

    private boolean call(Val callee, List<Val> args, boolean isNew, Location site, Val whole, Ctx ctx, StringBuilder prefix, int depth) {
        List<String> keys = index.keys(callee, isNew, ctx.fn(), ctx.file());
        String m = Vals.lastName(callee);
        Val recv = dev.backcheck.model.Analysis.receiver(callee);
        if (mode == Mode.SEND) {
            for (String k : keys) {
                if (NORMALISING.contains(k)) {
                    // the .. a client sends is gone before send() looks for it
                    add(whole, ctx);
                    prefix.append('\0');
                    return !fixed(prefix);
                }
            }
        }
        if (mode == Mode.URL && (keys.contains("new URL") || keys.contains("url.resolve"))) {
            // new URL(input, base): an absolute input replaces the base; url.resolve(base, input) likewise
            List<Val> order = new ArrayList<>(args);
            if (keys.contains("url.resolve")) java.util.Collections.reverse(order);
            boolean firstFixed = false;
            for (int i = 0; i < order.size(); i++) {
                StringBuilder own = new StringBuilder();
                boolean more = walk(order.get(i), ctx, own, depth + 1);
                if (i == 0) firstFixed = !more;
            }
            return unknown(prefix, !firstFixed);
        }
        // String(x), x.trim(), x.toString(): the same text
        if (m != null && SAME_TEXT.contains(m)) {
            if (recv != null && !(recv instanceof Global)) return walk(recv, ctx, prefix, depth + 1);
            if (!args.isEmpty()) return walk(args.get(0), ctx, prefix, depth + 1);
        }
        if (whole instanceof Call && callee instanceof Req) return opaque(whole, ctx, prefix);
        // a project function: what it returns, its parameters bound to these arguments
        if (ctx.fn() != null && ctx.depth() < MAX_DEPTH) {
            Project.FnRef target = null;
            try {
                target = project.function(callee, ctx.file());
                if (target == null) target = index.analysis().resolveCallee(callee, ctx.file(), ctx.fn());
            } catch (RuntimeException e) {
                target = null;
            }
            if (target != null && target.fn() != ctx.fn() && !target.fn().returns().isEmpty()) {
                String name = target.fn().name().isEmpty() ? "a function" : target.fn().name() + "()";
                List<Location> via = new ArrayList<>();
                if (site != null) via.add(site.withMessage("returned by " + name));
                via.addAll(ctx.via());
                Ctx inner = new Ctx(target.fn(), target.file(), args, ctx, List.copyOf(via), null, ctx.depth() + 1);
                boolean more = false;
                for (Val r : target.fn().returns()) {
                    StringBuilder copy = new StringBuilder(prefix);
                    if (walk(r, inner, copy, depth + 1)) more = true;
                }
                return unknown(prefix, more);
            }
        }
        return opaque(whole, ctx, prefix);
    }

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
    private static final Pattern AFTER_AUTHORITY = Pattern.compile("^//[^/?#\\\\]*[/?#\\\\]");

    /** True when no text appended after {@code prefix} can change what this mode guards. */
    private boolean fixed(CharSequence prefix) {
        String s = prefix.toString();
        if (mode == Mode.SEND) return !s.isEmpty();
        return originFixed(s);
    }

    /**
     * True when the origin of a URL starting with {@code s} is complete ({@code \0}: text not known here):
     * {@code https://host/}, {@code \0/users/}, {@code /app/}, {@code ?q=}; not {@code https://}, {@code https://host},
     * {@code /} (a second slash makes {@code //evil.example}), {@code \0} or the empty string. Unknown text right after
     * a leading {@code /} is taken for a segment the code chose (request data there is kept as a part before).
     */
    static boolean originFixed(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) == '\0') i++;
        String r = s.substring(i);
        if (r.isEmpty()) return false;
        var sm = SCHEME.matcher(r);
        if (sm.find()) {
            String rest = r.substring(sm.end());
            if (rest.startsWith("//")) return AFTER_AUTHORITY.matcher(rest).find();
            return i == 0 && !rest.isEmpty() && rest.chars().anyMatch(ch -> ch == '/' || ch == '?' || ch == '#');
        }
        if (r.startsWith("//") || r.startsWith("/\\") || r.startsWith("\\")) {
            return AFTER_AUTHORITY.matcher(r.replace('\\', '/')).find();
        }
        // "/app/" + x stays on this origin; "/" + x does not ("//evil.example"); after an unknown start
        // (`${BASE}/${x}`) the slash ends the base's origin
        // "/" then text not known here (`/${lang}${rest}`): a segment the code chose; input there was kept as a part already
        if (r.startsWith("/")) return i > 0 || r.length() > 1;
        if (r.startsWith("?") || r.startsWith("#")) return true;
        // relative text, or text after an unknown start ("\0.example.com/", "\0:8080/"): fixed at the first delimiter
        int d = -1;
        for (int k = 0; k < r.length(); k++) {
            char ch = r.charAt(k);
            if (ch == '/' || ch == '?' || ch == '#') {
                d = k;
                break;
            }
        }
        if (d < 0) return false;
        if (i == 0 && r.substring(0, d).contains(":")) return false;
        return !r.substring(0, d).contains("\0");
    }
}
