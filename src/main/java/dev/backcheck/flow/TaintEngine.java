package dev.backcheck.flow;

import dev.backcheck.findings.Location;
import dev.backcheck.lang.facts.CallSite;
import dev.backcheck.lang.facts.FileFacts;
import dev.backcheck.lang.facts.Fn;
import dev.backcheck.lang.facts.Val;
import dev.backcheck.lang.facts.Val.*;
import dev.backcheck.lang.facts.Vals;
import dev.backcheck.model.Project;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One flow engine for every rule that asks "can request data reach this argument?".
 *
 * <p>The front end already inlines local bindings into values ({@code const q = req.query.q; exec(q)} gives
 * {@code exec} the value {@code req.query.q}), so within one function a flow is a walk of the sink's
 * argument. Across functions the engine follows, backwards from the sink and in source order:
 * <ul>
 *   <li>a parameter to what each caller passes ({@link CallIndex#callers}), memoised per function,
 *       parameter and kind (the parameter → source summary), also through {@code this.service.m()} of
 *       DI-typed fields and class instances;</li>
 *   <li>a callback's parameter to the receiver's elements ({@code ids.forEach(id => ...)},
 *       {@code p.then(v => ...)});</li>
 *   <li>a call of a project function to what it returns, with its parameters bound to the call's
 *       arguments;</li>
 *   <li>library calls through the models: propagators pass data on, sanitizers end it, other calls
 *       return data no client chose.</li>
 * </ul>
 * Sources are request values ({@link Req}) the framework models named; the signed-in user, the session,
 * framework-validated parts and request metadata the client does not choose are not sources. A value a
 * rejecting guard checked for type, format or range ({@link Fn#checks}) is sanitised; so is one the sink's
 * enclosing {@code if} compares with constants or an allow-list.
 */
public final class TaintEngine {
    /** How many calls up (callers) and down (returns) a flow is followed. */
    public static final int MAX_CALL_DEPTH = 5;
    /** How many value nodes one trace may visit before it gives up (no finding rather than a slow scan). */
    public static final int MAX_VISITS = 20_000;

    /** A flow from a request value to a sink: the source, and its steps (source first; the rule adds the sink). */
    public record Flow(Req source, List<Location> steps) {
        public Location sourceAt() {
            return steps.isEmpty() ? null : steps.get(0);
        }

        Flow then(Location at, String message) {
            if (at == null) return this;
            List<Location> s = new ArrayList<>(steps);
            s.add(at.withMessage(message));
            return new Flow(source, List.copyOf(s));
        }

        /** This flow with the sink appended as the last step. */
        public Flow to(Location sink, String message) {
            return then(sink, message);
        }
    }

    /** A sink call found through the models: the entry, where the call is, and the argument checked. */
    public record SinkSite(Models.Sink model, CallIndex.Site site, int arg, Val value) {
        public Fn fn() {
            return site.fn();
        }

        public FileFacts file() {
            return site.file();
        }

        public CallSite cs() {
            return site.cs();
        }

        public Location argLocation() {
            return site.cs().argLocation(arg);
        }
    }

    private final Project project;
    private final CallIndex index;
    private final Models models;
    private final Map<String, Object> memo = new HashMap<>();
    private static final Object NONE = new Object();
    private static final Object BUSY = new Object();
    private long visits;
    private long traces;

    public static TaintEngine of(Project p) {
        return p.derived(TaintEngine.class, x -> new TaintEngine(x, CallIndex.of(x), Models.builtin()));
    }

    public TaintEngine(Project project, CallIndex index, Models models) {
        this.project = project;
        this.index = index;
        this.models = models;
    }

    public CallIndex index() {
        return index;
    }

    public Models models() {
        return models;
    }

    /** Value nodes visited and traces run so far (for the scan's statistics). */
    public long visits() {
        return visits;
    }

    public long traces() {
        return traces;
    }

    /**
     * Every call that matches a sink model of {@code kind}, with the argument to check, in file and source order.
     * A {@code *.method} entry limited to {@code module}s only matches receivers rooted in one of them.
     */
    public synchronized List<SinkSite> sinks(String kind) {
        List<SinkSite> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Models.Sink s : models.sinks(kind)) {
            for (String callee : s.callees()) {
                for (CallIndex.Site site : index.sites(callee)) {
                    if (!s.modules().isEmpty()) {
                        String root = project.rootModule(site.cs().callee(), site.file());
                        if (root == null || !s.modules().contains(root.startsWith("node:") ? root.substring(5) : root)) continue;
                    }
                    List<Integer> args = new ArrayList<>();
                    int n = site.cs().args().size();
                    if (s.arg() == -2) for (int i = 0; i < n; i++) args.add(i);
                    else if (s.arg() == -1) { if (n > 0) args.add(n - 1); }
                    else if (s.arg() < n) args.add(s.arg());
                    for (int i : args) {
                        Val v = site.cs().arg(i);
                        if (s.field() != null) {
                            if (!(v instanceof Obj o) || !o.props().containsKey(s.field())) continue;
                            v = o.props().get(s.field());
                        }
                        String key = site.file().path() + ":" + site.cs().location().line() + ":" + site.cs().location().column() + ":" + i;
                        if (seen.add(key)) out.add(new SinkSite(s, site, i, v));
                    }
                }
            }
        }
        out.sort(java.util.Comparator.comparing((SinkSite x) -> x.cs().location(), Location.ORDER).thenComparingInt(SinkSite::arg));
        return out;
    }

    /** The first flow (in source order) from a request value to {@code s}'s argument, or null. */
    public Flow trace(SinkSite s) {
        Flow f = trace(s.value(), s.fn(), s.file(), s.model().kind(), s.cs());
        return f;
    }

    /**
     * The first flow from a request value into {@code v}, a value computed in {@code fn} of {@code file}, for
     * sinks of {@code kind}; {@code at} is the sink call (its enclosing conditions may sanitise), or null.
     */
    public synchronized Flow trace(Val v, Fn fn, FileFacts file, String kind, CallSite at) {
        traces++;
        Trace t = new Trace(kind, at);
        Flow f = t.find(v, new Frame(fn, file, null, null, null, 0), 0);
        return f;
    }

    /** Where a call's arguments came from: the caller's frame, so a callee's parameter resolves to the caller's data. */
    private record Frame(Fn fn, FileFacts file, List<Val> args, Frame caller, Location callAt, int up) {
        Frame(Fn fn, FileFacts file, List<Val> args, Frame caller, Location callAt) {
            this(fn, file, args, caller, callAt, caller == null ? 0 : caller.up());
        }

        int depth() {
            int d = 0;
            for (Frame f = caller; f != null; f = f.caller) d++;
            return d;
        }
    }

    private final class Trace {
        final String kind;
        final CallSite sinkCall;
        int budget = MAX_VISITS;

        Trace(String kind, CallSite sinkCall) {
            this.kind = kind;
            this.sinkCall = sinkCall;
        }

        Flow find(Val v, Frame fr, int depth) {
            if (v == null || depth > 60 || --budget < 0) return null;
            visits++;
            if (v instanceof Req q) return request(q, fr);
            if (v instanceof Param p) return param(p, fr, depth);
            if (v instanceof Tpl t) return first(t.holes(), fr, depth);
            if (v instanceof Concat c) return first(c.parts(), fr, depth);
            if (v instanceof Arr a) return first(a.items(), fr, depth);
            if (v instanceof OneOf o) return first(o.options(), fr, depth);
            if (v instanceof Obj o) return first(new ArrayList<>(o.props().values()), fr, depth);
            if (v instanceof Member m) {
                // a field an object literal does not have is undefined (only a spread {...x} may bring it)
                if (m.object() instanceof Obj o) {
                    List<Val> spread = new ArrayList<>();
                    o.props().forEach((k, x) -> { if (k.startsWith("...")) spread.add(Val.member(x, m.prop())); });
                    return spread.isEmpty() ? null : first(spread, fr, depth);
                }
                return find(m.object(), fr, depth + 1);
            }
            if (v instanceof Call c) return call(c.callee(), c.args(), false, c.site(), fr, depth);
            if (v instanceof New n) return call(n.callee(), n.args(), true, n.site(), fr, depth);
            if (v instanceof This t) return field(t, fr, depth);
            return null;
        }

        Flow first(List<Val> parts, Frame fr, int depth) {
            for (Val p : parts) {
                Flow f = find(p, fr, depth + 1);
                if (f != null) return f;
            }
            return null;
        }

        /** A request value: a source unless the client does not choose it, or a guard checked it. */
        Flow request(Req q, Frame fr) {
            if (!isSource(q, kind)) return null;
            if (checked(q, fr)) return null;
            Location at = readLocation(fr.fn(), q);
            if (at == null) at = paramLocation(fr.fn(), q);
            if (at == null) at = fr.callAt() != null ? fr.callAt() : sinkCall != null ? sinkCall.location() : null;
            List<Location> steps = at == null ? List.of() : List.of(at.withMessage(describe(q) + " is read here"));
            return new Flow(q, steps);
        }

        /** True when a rejecting guard of the reading function checked the value's type, format or range, or the sink call runs only when it matched a constant. */
        boolean checked(Req q, Frame fr) {
            for (Frame f = fr; f != null; f = f.caller()) {
                if (f.fn() == null) continue;
                for (Fn.Check c : f.fn().checks()) {
                    if (c.kind().equals("presence")) continue;
                    // a URL that is a string of URL shape still names any host: only ranges (allow-lists) pin it
                    if (kind.equals("ssrf") && !c.kind().equals("range") || kind.equals("redirect") && c.kind().equals("type")) continue;
                    if (c.subject() instanceof Req s && s.part().equals(q.part()) && prefix(s.path(), q.path())) return true;
                }
            }
            if (sinkCall != null) {
                for (CallSite.Guard g : sinkCall.guards()) {
                    if (!g.holds()) continue;
                    if (g.op().equals("==") && (sameReq(g.left(), q) && Vals.isData(g.right()) || sameReq(g.right(), q) && Vals.isData(g.left()))) return true;
                    if (g.op().equals("truthy") && g.left() instanceof Call c && allowListTest(c, q)) return true;
                }
            }
            return false;
        }

        /** allowed.includes(x), ALLOWED.has(x), /^[a-z]+$/.test(x), isValidX(x) holding. */
        boolean allowListTest(Call c, Req q) {
            String m = Vals.lastName(c.callee());
            if (m == null) return false;
            boolean subjectIsArg = c.args().stream().anyMatch(a -> sameReq(a, q));
            // a URL's shape (regex, isURL) leaves its host open; the ssrf rule judges host patterns itself
            if (kind.equals("ssrf")) return subjectIsArg && (m.equals("includes") || m.equals("has"));
            if (subjectIsArg && (m.equals("includes") || m.equals("has") || m.equals("test") || m.startsWith("isValid")
                    || m.startsWith("is") && m.length() > 2 && Character.isUpperCase(m.charAt(2)))) return true;
            return false;
        }

        boolean sameReq(Val v, Req q) {
            return v instanceof Req r && r.part().equals(q.part()) && prefix(r.path(), q.path());
        }

        /** A parameter: the caller's argument when the frame knows it; else every caller (memoised), or the receiver of a callback. */
        Flow param(Param p, Frame fr, int depth) {
            if (fr.args() != null) {
                if (p.index() >= fr.args().size()) return null;
                Val a = fr.args().get(p.index());
                for (String s : p.path()) a = Val.member(a, s);
                return find(a, fr.caller(), depth + 1);
            }
            Fn fn = fr.fn();
            if (fn == null) return null;
            CallIndex.Callback cb = index.callback(fn);
            if (cb != null) return callbackParam(p, fn, cb, fr, depth);
            if (fr.up() >= MAX_CALL_DEPTH) return null;
            String key = System.identityHashCode(fn) + "#" + p.index() + "#" + String.join(".", p.path()) + "#" + kind
                    + "#" + fr.file().path() + ":" + fn.location().line() + ":" + fn.location().column();
            Object m = memo.get(key);
            if (m == BUSY || m == NONE) return null;
            if (m instanceof Flow f) return f;
            memo.put(key, BUSY);
            Flow found = null;
            String name = fn.name().isEmpty() ? "a function" : fn.name() + "()";
            String pname = fn.param(p.index()) == null ? "#" + p.index() : fn.param(p.index()).name();
            for (CallIndex.Site s : index.callers(fn)) {
                Val a = s.cs().arg(p.index());
                if (a == null) continue;
                for (String seg : p.path()) a = Val.member(a, seg);
                Flow f = find(a, new Frame(s.fn(), s.file(), null, null, null, fr.up() + 1), depth + 1);
                if (f != null) {
                    found = f.then(s.cs().argLocation(p.index()), "passed to " + name + " as " + pname);
                    break;
                }
            }
            memo.put(key, found == null ? NONE : found);
            return found;
        }

        /** {@code list.forEach(x => ...)}, {@code p.then(v => ...)}: the parameter is an element (or the value) of the receiver. */
        Flow callbackParam(Param p, Fn fn, CallIndex.Callback cb, Frame fr, int depth) {
            CallSite cs = cb.site().cs();
            String m = cs.methodName();
            Val recv = dev.backcheck.model.Analysis.receiver(cs.callee());
            if (recv == null || m == null || p.index() != 0) return null;
            Val elem = switch (m) {
                case "forEach", "map", "flatMap", "filter", "find", "some", "every", "findIndex" -> Val.member(recv, "*");
                case "then", "finally" -> recv;
                default -> null;
            };
            if (elem == null) return null;
            for (String s : p.path()) elem = Val.member(elem, s);
            return find(elem, new Frame(cb.site().fn(), cb.site().file(), null, null, null, fr.up()), depth + 1);
        }

        /** {@code this.x}: what the class stores in the field (a constructor argument is followed to the class's instantiations no further). */
        Flow field(This t, Frame fr, int depth) {
            if (t.path().isEmpty() || fr.fn() == null) return null;
            return null;
        }

        Flow call(Val callee, List<Val> args, boolean isNew, Location site, Frame fr, int depth) {
            List<String> keys = index.keys(callee, isNew, fr.fn(), fr.file());
            if (models.sanitizes(keys, kind)) return null;
            String m = Vals.lastName(callee);
            // a method on a path-carrying value (req.body.name.trim(), req.get('host')): the receiver's data
            if (callee instanceof Req q && !q.path().isEmpty()) {
                String last = q.path().get(q.path().size() - 1);
                Req recv = new Req(q.part(), q.path().subList(0, q.path().size() - 1));
                if (q.part().equals("raw") && recv.path().isEmpty() && Set.of("get", "header").contains(last) && !args.isEmpty()) {
                    String h = Val.constString(args.get(0));
                    return request(new Req("headers", h == null ? List.of() : List.of(h.toLowerCase(java.util.Locale.ROOT))), fr);
                }
                if (q.part().equals("raw") && recv.path().isEmpty() && last.equals("param") && !args.isEmpty()) {
                    String h = Val.constString(args.get(0));
                    return request(new Req("params", h == null ? List.of() : List.of(h)), fr);
                }
                if (STRING_METHODS.contains(last) || ELEMENT_METHODS.contains(last)) {
                    Flow f = find(recv, fr, depth + 1);
                    return f != null ? f : STRING_METHODS.contains(last) ? first(args, fr, depth) : null;
                }
                return null;
            }
            Models.Propagator prop = models.propagator(keys);
            if (prop != null) {
                if (prop.arg() == -2) return first(args, fr, depth);
                return prop.arg() < args.size() ? find(args.get(prop.arg()), fr, depth + 1) : null;
            }
            Val recv = dev.backcheck.model.Analysis.receiver(callee);
            if (m != null && recv != null && (STRING_METHODS.contains(m) || ELEMENT_METHODS.contains(m)) && !(recv instanceof Ref) && !(recv instanceof Global)) {
                Flow f = find(recv, fr, depth + 1);
                if (f != null) return f;
                if (STRING_METHODS.contains(m)) return first(args, fr, depth);
                return null;
            }
            // a project function: what it returns, with its parameters bound to these arguments
            if (fr.fn() != null && fr.depth() < MAX_CALL_DEPTH) {
                Project.FnRef target = null;
                try {
                    target = project.function(callee, fr.file());
                    if (target == null) target = index.analysis().resolveCallee(callee, fr.file(), fr.fn());
                } catch (RuntimeException e) {
                    target = null;
                }
                if (target != null && target.fn() != fr.fn()) {
                    Frame inner = new Frame(target.fn(), target.file(), args, fr, site);
                    String name = target.fn().name().isEmpty() ? "a function" : target.fn().name() + "()";
                    for (Val r : target.fn().returns()) {
                        Flow f = find(r, inner, depth + 1);
                        if (f != null) return f.then(site, "returned by " + name);
                    }
                    return null;
                }
            }
            // await-free promise helpers and unknown library calls: data the client did not choose
            return null;
        }
    }

    /** Request parts a client chooses, for sinks of {@code kind}. */
    public static boolean isSource(Req q, String kind) {
        String part = q.part();
        if (part.startsWith("valid:")) return false;
        // a browser following a link cannot choose headers or cookies; an upload's path is the server's and busboy
        // (multer, express-fileupload) cuts its client name to the last segment
        if (kind.equals("redirect") && (part.equals("headers") || part.equals("cookies") || part.equals("signedCookies")
                || part.equals("meta:hostname"))) return false;
        if (kind.equals("path") && (part.equals("file") || part.equals("files"))) return false;
        // req.viewTemplate, req.tenant: properties a middleware set, not the client (for the kinds whose rules opted in)
        if (Set.of("path", "ssrf", "redirect").contains(kind) && part.equals("raw") && !q.path().isEmpty()
                && !Set.of("rawBody", "fields", "get", "header", "param").contains(q.path().get(0))) return false;
        return switch (part) {
            case "user", "session", "meta:ip", "meta:ips", "meta:method", "meta:protocol", "meta:routeOptions", "meta:log", "meta:id" -> false;
            case "raw" -> !q.path().isEmpty() && !Set.of("user", "session", "ip", "method", "protocol", "log", "id", "app", "res",
                    "socket", "connection", "routeOptions", "server").contains(q.path().get(0));
            default -> true;
        };
    }

    private static boolean prefix(List<String> p, List<String> of) {
        return p.size() <= of.size() && of.subList(0, p.size()).equals(p);
    }

    /** Where {@code fn} (or a function nested in it) reads {@code q}, or null. */
    static Location readLocation(Fn fn, Req q) {
        if (fn == null) return null;
        List<Fn> all = new ArrayList<>();
        all.add(fn);
        all.addAll(fn.nested());
        Location prefix = null;
        for (Fn f : all) {
            for (Fn.Read r : f.reads()) {
                if (!(r.value() instanceof Req rq) || !rq.part().equals(q.part())) continue;
                if (rq.path().equals(q.path())) return r.location();
                if (prefix == null && prefix(rq.path(), q.path())) prefix = r.location();
            }
        }
        return prefix;
    }

    /** A parameter bound to the request by a decorator (NestJS {@code @Body('name') name}), for {@code q}; or null. */
    static Location paramLocation(Fn fn, Req q) {
        if (fn == null) return null;
        for (Fn.Param p : fn.params()) {
            for (dev.backcheck.lang.facts.Decorator d : p.decorators()) {
                String part = switch (d.name()) {
                    case "Body" -> "body";
                    case "Query" -> "query";
                    case "Param" -> "params";
                    case "Headers" -> "headers";
                    case "Req", "Request" -> "raw";
                    default -> null;
                };
                if (part != null && (part.equals(q.part()) || part.equals("raw"))) return p.location();
            }
        }
        return null;
    }

    /** A request value as a reader writes it: {@code req.body.email}, {@code req.params.id}. */
    public static String describe(Req q) {
        String part = q.part();
        String base;
        if (part.startsWith("valid:")) base = "c.req.valid('" + part.substring(6) + "')";
        else if (part.startsWith("meta:")) base = "req." + part.substring(5);
        else if (part.equals("raw")) base = "req";
        else base = "req." + part;
        StringBuilder sb = new StringBuilder("`").append(base);
        for (String seg : q.path()) {
            if (seg.matches("[A-Za-z_$][A-Za-z0-9_$]*")) sb.append('.').append(seg);
            else if (seg.equals("*")) sb.append("[…]");
            else sb.append("['").append(seg).append("']");
        }
        return sb.append('`').toString();
    }

    /** String methods whose result is built only from the receiver and the arguments. */
    static final Set<String> STRING_METHODS = Set.of("toString", "slice", "substring", "substr", "replace", "replaceAll",
            "trim", "trimStart", "trimEnd", "toLowerCase", "toUpperCase", "padStart", "padEnd", "concat", "join",
            "split", "repeat", "at", "charAt", "normalize", "toLocaleLowerCase", "toLocaleUpperCase", "valueOf");
    /** Array methods whose result is made of the receiver's elements. */
    static final Set<String> ELEMENT_METHODS = Set.of("filter", "find", "slice", "flat", "reverse", "sort", "pop", "shift", "at", "values");

    @Override
    public String toString() {
        return "TaintEngine[" + index.callCount() + " calls, " + traces + " traces, " + visits + " visits]";
    }

}
