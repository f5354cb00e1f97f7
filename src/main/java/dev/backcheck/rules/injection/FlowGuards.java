package dev.backcheck.rules.injection;

import dev.backcheck.findings.Location;
import dev.backcheck.flow.CallIndex;
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

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The conditions a flow passes: the enclosing {@code if} tests (early returns included) of the sink call and of
 * the calls the flow goes through ({@link CallSite#guards}), for checks the engine does not judge by itself
 * (a containment check on a resolved path, an origin compared with a constant).
 */
final class FlowGuards {
    private FlowGuards() { }

    /** The sink call and every call of the project at one of the flow's steps (a caller passing the value on, a call returning it). */
    static List<CallSite> callsOnFlow(Project project, SinkSite s, Flow f) {
        List<CallSite> out = new ArrayList<>();
        out.add(s.cs());
        for (Location l : f.steps()) {
            FileFacts file = project.files().get(l.path());
            if (file == null) continue;
            for (Fn fn : Analysis.functions(file)) {
                for (CallSite cs : fn.calls()) {
                    if (cs == s.cs()) continue;
                    if (same(cs.location(), l) || cs.argLocations().stream().anyMatch(a -> same(a, l))) out.add(cs);
                }
            }
        }
        return out;
    }

    private static boolean same(Location a, Location b) {
        return a != null && b != null && a.line() == b.line() && a.column() == b.column();
    }

    /**
     * True when a function the sink's function is nested in (a callback inside a handler) rejects the request unless the
     * flow's source passed a type, format or range check ({@link Fn#checks}) before the nested function runs.
     */
    static boolean checkedByEnclosing(Project project, SinkSite s, Flow f) {
        java.util.IdentityHashMap<Fn, Fn> parent = new java.util.IdentityHashMap<>();
        for (Fn fn : Analysis.functions(s.file())) for (Fn n : fn.nested()) parent.putIfAbsent(n, fn);
        Req q = f.source();
        int n = 0;
        for (Fn p = parent.get(s.fn()); p != null && n++ < 8; p = parent.get(p)) {
            for (Fn.Check c : p.checks()) {
                if (!c.sanitises() || !(c.subject() instanceof Req r) || !r.part().equals(q.part())) continue;
                if (r.path().size() <= q.path().size() && q.path().subList(0, r.path().size()).equals(r.path())) return true;
            }
        }
        return false;
    }

    /** True when the call runs only under a condition that is a constant false ({@code if (data.write)} with {@code write: false}): dead code. */
    static boolean dead(CallSite cs) {
        for (CallSite.Guard g : cs.guards()) {
            if (!"truthy".equals(g.op()) || !(g.left() instanceof Lit l)) continue;
            Object v = l.value();
            boolean truthy = v != null && !Boolean.FALSE.equals(v) && !"".equals(v) && !(v instanceof Number n && n.doubleValue() == 0);
            if (truthy != g.holds()) return true;
        }
        return false;
    }

    /** True when one of the guards holding at the calls on the flow satisfies {@code p}. */
    static boolean any(List<CallSite> calls, Predicate<CallSite.Guard> p) {
        for (CallSite cs : calls) for (CallSite.Guard g : cs.guards()) if (p.test(g)) return true;
        return false;
    }

    /** The method called by a guard that tests a call's truth ({@code x.startsWith('/')}), or null. */
    static String method(CallSite.Guard g) {
        if (!"truthy".equals(g.op()) || !(g.left() instanceof Call c)) return null;
        return Vals.lastName(c.callee());
    }

    /** The receiver of the call a truthy guard tests, or null. */
    static Val receiver(CallSite.Guard g) {
        return g.left() instanceof Call c ? Analysis.receiver(c.callee()) : null;
    }

    static Val arg0(CallSite.Guard g) {
        return g.left() instanceof Call c && !c.args().isEmpty() ? c.args().get(0) : null;
    }

    /**
     * True when {@code v} is built from the flow's source, from a parameter (a value handed in), or is the sink's argument.
     * The same text of a parameter counts as the parameter ({@code new URL(link.trim()).hostname}: the callee of the call
     * is the parameter's {@code trim}).
     */
    static boolean mentions(Val v, Flow f, Val sinkArg) {
        if (v == null) return false;
        if (v.equals(sinkArg)) return true;
        Req q = f.source();
        return deep(v, x -> x instanceof Param p && p.path().isEmpty()
                || x instanceof Call c && c.callee() instanceof Param cp && cp.path().size() == 1 && Heads.SAME_TEXT.contains(cp.path().get(0))
                || x instanceof Req r && r.part().equals(q.part()) && q.path().size() >= r.path().size()
                && q.path().subList(0, r.path().size()).equals(r.path()));
    }

    /** True when {@code v} or any value it is made of (callees, arguments, receivers included) satisfies {@code p}; bounded. */
    static boolean deep(Val v, Predicate<Val> p) {
        return dev.backcheck.lang.facts.Vals.anyPartDeep(v, p, 4000);
    }

    /** True when a project function whose result is part of {@code v} satisfies {@code p} (a helper that checks before it returns). */
    static boolean throughHelper(Project project, CallIndex index, Val v, Fn fn, FileFacts file, Predicate<Fn> p) {
        boolean[] found = {false};
        deep(v, x -> {
            if (found[0] || !(x instanceof Call c)) return found[0];
            Project.FnRef t;
            try {
                t = project.function(c.callee(), file);
                if (t == null) t = index.analysis().resolveCallee(c.callee(), file, fn);
            } catch (RuntimeException e) {
                t = null;
            }
            if (t != null && t.fn() != fn && p.test(t.fn())) found[0] = true;
            return found[0];
        });
        return found[0];
    }

    /** A function that tests its parameter with startsWith('/') and startsWith('//'), or looks it up in a collection (includes/has). */
    static boolean checksRelativeOrListed(Fn fn) {
        boolean slash = false, twoSlashes = false;
        for (CallSite cs : fn.calls()) {
            String m = cs.methodName();
            Val recv = Analysis.receiver(cs.callee());
            String a0 = Val.constString(cs.arg(0));
            if ("startsWith".equals(m) && recv instanceof Param) {
                if ("/".equals(a0)) slash = true;
                if ("//".equals(a0) || "/\\".equals(a0)) twoSlashes = true;
            }
            if (("includes".equals(m) || "has".equals(m)) && cs.arg(0) != null
                    && deep(cs.arg(0), x -> x instanceof Param)) return true;
        }
        return slash && twoSlashes;
    }

    /**
     * {@code const row = await db.invoice.findUnique({ where: { id } }); if (!row) throw ...}: the value names a record that
     * exists (a key the server issued), checked before the call.
     */
    static boolean lookedUp(List<CallSite> calls, Flow f, Val sinkArg) {
        for (CallSite cs : calls) {
            // the values this call hands on (in its function's names), and the flow's source
            List<Val> carried = new ArrayList<>();
            for (Val a : cs.args()) deep(a, x -> (x instanceof Param || x instanceof Req) && carried.add(x) && false);
            deep(sinkArg, x -> (x instanceof Param || x instanceof Req) && carried.add(x) && false);
            carried.add(f.source());
            for (CallSite.Guard g : cs.guards()) {
                if (!g.holds() || !"truthy".equals(g.op())) continue;
                if (deep(g.left(), x -> x instanceof Call c && lookup(c)
                        && c.args().stream().anyMatch(a -> deep(a, y -> carried.contains(y))))) return true;
            }
        }
        return false;
    }

    private static boolean lookup(Call c) {
        String m = Vals.lastName(c.callee());
        return m != null && (m.startsWith("find") || m.equals("get") && Analysis.receiver(c.callee()) != null && c.args().size() == 1
                && !(c.args().get(0) instanceof Lit));
    }

    /**
     * {@code if (!ALLOWED.includes(x)) x = DEFAULT; redirect(x)}: the sink's value is one of x and a replacement,
     * and the function looks x up in a collection (includes/has), tests it with a pattern, or checks its start.
     */
    static boolean replacedUnlessChecked(SinkSite s) {
        List<Val> options = new ArrayList<>();
        deep(s.value(), x -> {
            if (x instanceof OneOf o) options.addAll(o.options());
            return false;
        });
        if (options.isEmpty()) return false;
        for (CallSite cs : s.fn().calls()) {
            String m = cs.methodName();
            if (m == null) continue;
            if (Set.of("includes", "has", "test", "some").contains(m) && cs.args().stream().anyMatch(options::contains)) return true;
            if (m.equals("startsWith") && options.contains(Analysis.receiver(cs.callee())) && cs.arg(0) != null && !(cs.arg(0) instanceof Lit)) return true;
        }
        return false;
    }

    /** The callee names of a value that is a call, or an empty list. */
    static List<String> keys(CallIndex index, Val v, Fn fn, FileFacts file) {
        if (v instanceof Call c) return index.keys(c.callee(), false, fn, file);
        if (v instanceof New n) return index.keys(n.callee(), true, fn, file);
        return List.of();
    }
}
