package dev.backcheck.rules.injection;

import dev.backcheck.findings.Location;
import dev.backcheck.flow.CallIndex;
import dev.backcheck.flow.TaintEngine;
import dev.backcheck.flow.TaintEngine.Flow;
import dev.backcheck.flow.TaintEngine.SinkSite;
import dev.backcheck.lang.facts.CallSite;
import dev.backcheck.lang.facts.FileFacts;
import dev.backcheck.lang.facts.Fn;
import dev.backcheck.lang.facts.Val;
import dev.backcheck.lang.facts.Val.*;
import dev.backcheck.lang.facts.Vals;
import dev.backcheck.model.Analysis;
import dev.backcheck.model.Project;
import dev.backcheck.rules.RuleContext;
import dev.backcheck.rules.RuleId;
import dev.backcheck.rules.TaintRule;

import java.util.List;
import java.util.Set;

/**
 * Request data that can write into {@code Object.prototype}:
 * <ul>
 *   <li>a nested write whose inner key comes from the request, {@code target[key][sub] = value}: with
 *       {@code key = "__proto__"}, {@code target[key]} is {@code Object.prototype} and {@code sub} lands on
 *       every object of the process (the write's last key or its value must come from the request too);</li>
 *   <li>merge/set libraries in the versions that do not skip {@code __proto__}/{@code constructor}
 *       (lodash before 4.17.11/12/19, lodash.set and lodash.setwith in every version, merge-deep before 3.0.3,
 *       dot-prop before 4.2.1 and 5.1.1), read from the lockfile or package.json;</li>
 *   <li>{@code Object.assign} of request data into an object every request shares (a module-level binding,
 *       a service field, {@code process.env}).</li>
 * </ul>
 * Safe: a key compared with "__proto__"/"constructor"/"prototype" or tested with hasOwnProperty/Object.hasOwn
 * before the write, a key checked against an allow-list or a format, an {@code Object.create(null)} target.
 */
@RuleId("injection/prototype-pollution")
public final class PrototypePollutionRule extends TaintRule {
    private static final Set<String> PROTO_KEYS = Set.of("__proto__", "constructor", "prototype");
    private static final String WRITE_LABEL = "the key of a nested property write";

    @Override
    protected String kind() {
        return "prototype";
    }

    @Override
    protected String risk(SinkSite s) {
        if ("shared-target".equals(s.model().when())) {
            return "A client overwrites any field of an object every request shares, and with a \"__proto__\" key replaces its prototype.";
        }
        return "With a \"__proto__\" or \"constructor.prototype\" key a client writes properties onto Object.prototype, which every object of the process inherits (prototype pollution).";
    }

    @Override
    protected boolean accept(SinkSite s, Project project) {
        String when = s.model().when();
        if (when == null) return true;
        if (when.equals("shared-target")) return s.arg() >= 1 && sharedTarget(s.cs().arg(0), s, project) && !(s.value() instanceof Obj);
        // merge(target, ...sources), defaultsDeep(target, ...sources): the sources carry the keys
        if (s.model().arg() == -2 && s.arg() == 0) return false;
        String root = project.rootModule(s.cs().callee(), s.file());
        String pkg = Installed.packageOf(root);
        if (pkg == null) return false;
        for (String alt : when.split("\\|")) {
            int at = alt.indexOf('@');
            if (at <= 0) continue;
            if (alt.substring(0, at).trim().equals(pkg) && Installed.within(project, pkg, alt.substring(at + 1))) return true;
        }
        return false;
    }

    /** An object that outlives the request: a module-level binding, an imported one, a field of a (singleton) service, process.env. */
    private static boolean sharedTarget(Val target, SinkSite s, Project project) {
        // const appConfig = { theme: 'light' } at the top of the file: the front end hands its value itself
        if (target instanceof Obj && topLevelName(target, s.file()) != null) return true;
        if (target instanceof Local || target instanceof Ref) {
            Val r = project.resolve(target, s.file()).val();
            return !(r instanceof FnVal) && !(r instanceof ClassRef) && !(r instanceof Call c && isNullProto(c));
        }
        if (target instanceof This t) return !t.path().isEmpty();
        return target instanceof Global g && g.name().equals("process") && g.path().equals(List.of("env"));
    }

    @Override
    protected String fixKey(SinkSite s) {
        return "shared-target".equals(s.model().when()) ? "assign" : "merge";
    }

    /** Nested computed-key writes (Fn.writes from the front end). */
    @Override
    protected void checkMore(Project project, RuleContext ctx, Set<String> done) {
        TaintEngine engine = TaintEngine.of(project);
        for (FileFacts f : project.files().values()) {
            if (project.isTestPath(f.path())) continue;
            for (Fn fn : Analysis.functions(f)) {
                for (Fn.Write w : fn.writes()) {
                    Flow flow = pollutingWrite(w, fn, f, engine, project);
                    if (flow == null) continue;
                    Location at = w.location();
                    if (!done.add(at.path() + ":" + at.line() + ":" + at.column())) continue;
                    report(ctx, project, at, at, f.path(), WRITE_LABEL, flow,
                            message(WRITE_LABEL + " " + shape(w, f), flow)
                                    + "With the key \"__proto__\" the write lands on Object.prototype, which every object of the process inherits (prototype pollution).",
                            "write");
                }
            }
        }
        pollutingUtilities(project, ctx, done, engine);
    }

    /**
     * Project functions that copy keys into an object without skipping "__proto__": a recursive merge
     * ({@code merge(target[key], source[key])} beside {@code target[key] = source[key]}) or a path setter that
     * walks {@code cur = cur[part]} before {@code cur[last] = value}. Their callers passing request data are
     * reported at the call.
     */
    private void pollutingUtilities(Project project, RuleContext ctx, Set<String> done, TaintEngine engine) {
        CallIndex index = engine.index();
        for (FileFacts f : project.files().values()) {
            for (Fn fn : Analysis.functions(f)) {
                Utility u = utility(fn, index);
                if (u == null) continue;
                for (CallIndex.Site site : index.callers(fn)) {
                    if (site.fn() == fn || project.isTestPath(site.file().path())) continue;
                    for (int p : u.inputs()) {
                        Val a = site.cs().arg(p);
                        if (a == null) continue;
                        Flow flow = engine.trace(a, site.fn(), site.file(), "prototype", site.cs());
                        if (flow == null) continue;
                        Location at = site.cs().location();
                        if (!done.add(at.path() + ":" + at.line() + ":" + at.column())) break;
                        String label = fn.name() + "() (" + u.what() + " at " + f.path() + ":" + fn.location().line() + ")";
                        report(ctx, project, at, site.cs().argLocation(p), site.file().path(), label, flow,
                                message(label, flow) + (u.what().startsWith("a path")
                                        ? "A path such as \"__proto__.isAdmin\" walks into Object.prototype, which every object of the process inherits (prototype pollution)."
                                        : "It copies every key, so a \"__proto__\" key from the client writes onto Object.prototype, which every object of the process inherits (prototype pollution)."),
                                "utility");
                        break;
                    }
                }
            }
        }
    }

    /** What a polluting utility is and which parameters carry the keys; null when {@code fn} is none. */
    private record Utility(String what, List<Integer> inputs) { }

    private static Utility utility(Fn fn, CallIndex index) {
        if (fn.name().isEmpty() || fn.params().size() < 2) return null;
        for (Fn.Write w : fn.writes()) {
            if (guarded(w.guards(), index.project(), index.fileOf(fn)) || w.keys().isEmpty()) continue;
            Val key = w.keys().get(w.keys().size() - 1);
            if (Val.constString(key) != null) continue;
            // recursive merge: target[key] = ... and fn(target[key], ...) on itself
            if (w.keys().size() == 1 && w.target() instanceof Param t && t.path().isEmpty()) {
                for (CallSite cs : fn.calls()) {
                    // the call index leaves a function's calls of itself out: match the name
                    if (!fn.name().equals(Vals.lastName(cs.callee())) || cs.callee() instanceof Member) continue;
                    Val a = cs.arg(t.index());
                    // merge(target[key], ...) or merge(target[key] || {}, ...)
                    boolean walks = a instanceof Member m && m.object().equals(t)
                            || a instanceof OneOf o && o.options().stream().anyMatch(x -> x instanceof Member m && m.object().equals(t));
                    if (walks) {
                        List<Integer> in = new java.util.ArrayList<>();
                        for (int i = 0; i < fn.params().size(); i++) if (i != t.index()) in.add(i);
                        return new Utility("a recursive merge without a __proto__ check", in);
                    }
                }
            }
            // path setter: cur = cur[part] from a parameter, then cur[last] = value; the path parameter carries the keys
            if (w.target() instanceof OneOf o && o.options().stream().anyMatch(x -> x instanceof Param)
                    && o.options().stream().anyMatch(x -> x instanceof Member m && m.object() instanceof Param)) {
                List<Integer> in = new java.util.ArrayList<>();
                for (Val k : w.keys()) paramsIn(k, in, 0);
                if (!in.isEmpty()) return new Utility("a path setter without a __proto__ check", in);
            }
        }
        return null;
    }

    /** The initial value of field {@code name} of the class declaring {@code fn} ({@code private store = Object.create(null)}), or null. */
    private static Val fieldValue(FileFacts f, Fn fn, String name) {
        for (var c : f.classes().values()) {
            boolean mine = false;
            for (Fn m : c.methods()) if (m == fn || m.nested().contains(fn)) mine = true;
            if (!mine) continue;
            for (var p : c.props()) if (p.name().equals(name) && p.value() != null) return p.value();
        }
        return null;
    }

    /** Parameters a key is computed from: path.split('.')[i], parts[n - 1], String(key). */
    private static void paramsIn(Val v, List<Integer> out, int depth) {
        if (v == null || depth > 8) return;
        if (v instanceof Param p) {
            if (!out.contains(p.index())) out.add(p.index());
        } else if (v instanceof Member m) paramsIn(m.object(), out, depth + 1);
        else if (v instanceof Call c) {
            paramsIn(c.callee(), out, depth + 1);
            for (Val a : c.args()) paramsIn(a, out, depth + 1);
        } else if (v instanceof OneOf o) for (Val x : o.options()) paramsIn(x, out, depth + 1);
    }

    /** The flow into an inner key of {@code w} when the write can reach Object.prototype, else null. */
    private static Flow pollutingWrite(Fn.Write w, Fn fn, FileFacts f, TaintEngine engine, Project project) {
        List<Val> keys = w.keys();
        if (keys.size() < 2 || guarded(w.guards(), project, f)) return null;
        Val target = w.target() instanceof This t && t.path().size() == 1 ? fieldValue(f, fn, t.path().get(0)) : project.resolve(w.target(), f).val();
        if (target instanceof Call c && isNullProto(c)) return null;
        for (int i = 0; i < keys.size() - 1; i++) {
            Val k = keys.get(i);
            if (Val.constString(k) != null) continue;
            Flow flow = engine.trace(k, fn, f, "prototype", null);
            if (flow == null) continue;
            // Object.prototype[sub] = value: the last key or the value must be the client's too
            Val last = keys.get(keys.size() - 1);
            boolean lastChosen = Val.constString(last) == null && !(last instanceof Unknown)
                    && engine.trace(last, fn, f, "prototype", null) != null;
            if (!lastChosen && engine.trace(w.value(), fn, f, "prototype", null) == null) continue;
            return flow;
        }
        return null;
    }

    /** A condition the write runs under that keeps "__proto__" out: a compare with a prototype key, hasOwnProperty, Object.hasOwn. */
    static boolean guarded(List<CallSite.Guard> guards, Project project, FileFacts f) {
        for (CallSite.Guard g : guards) {
            if (protoKey(g.left()) || protoKey(g.right())) return true;
            // ['__proto__', 'constructor'].includes(key), RESERVED.has(key) with const RESERVED = new Set([...])
            Val r = g.left() instanceof Call c ? Analysis.receiver(c.callee()) : null;
            if (r != null) {
                if (protoKey(r)) return true;
                if (f != null && (r instanceof Local || r instanceof Ref)) {
                    Val v = project.resolve(r, f).val();
                    if (protoKey(v) || v instanceof New n && n.args().size() == 1 && protoKey(n.args().get(0))) return true;
                }
            }
            if (g.op().equals("truthy") && g.holds() && g.left() instanceof Call c) {
                String m = Vals.lastName(c.callee());
                if (m == null) continue;
                if (m.equals("hasOwnProperty") || m.equals("hasOwn")) return true;
                // Object.prototype.hasOwnProperty.call(obj, key)
                if (m.equals("call") && c.callee() instanceof Global gl && gl.path().contains("hasOwnProperty")) return true;
                if (m.equals("call") && "hasOwnProperty".equals(Vals.lastName(Analysis.receiver(c.callee())))) return true;
            }
        }
        return false;
    }

    private static boolean protoKey(Val v) {
        String s = Val.constString(v);
        if (s != null) return PROTO_KEYS.contains(s);
        if (v instanceof Arr a) return a.items().stream().anyMatch(PrototypePollutionRule::protoKey);
        return false;
    }

    private static boolean isNullProto(Call c) {
        return c.callee() instanceof Global g && g.name().equals("Object") && g.path().equals(List.of("create"))
                && !c.args().isEmpty() && c.args().get(0) instanceof Lit l && l.value() == null;
    }

    /** The top-level binding whose value {@code v} is (the same instance the front end inlined), or null. */
    private static String topLevelName(Val v, FileFacts f) {
        for (var e : f.symbols().entrySet()) if (e.getValue() == v) return e.getKey();
        return null;
    }

    /** target[…][…] as the message shows it. */
    private static String shape(Fn.Write w, FileFacts f) {
        StringBuilder sb = new StringBuilder("(");
        String base = w.target() instanceof Obj ? topLevelName(w.target(), f) : Vals.lastName(w.target());
        if (w.target() instanceof This t && t.path().size() == 1) sb.append("this.");
        sb.append(base == null ? "obj" : base);
        for (Val k : w.keys()) {
            String c = Val.constString(k);
            if (c != null && c.matches("[A-Za-z_$][A-Za-z0-9_$]*")) sb.append('.').append(c);
            else sb.append("[…]");
        }
        return sb.append(" = …)").toString();
    }
}
