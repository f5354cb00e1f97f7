package dev.backcheck.concepts;

import dev.backcheck.findings.Location;
import dev.backcheck.lang.facts.*;
import dev.backcheck.lang.facts.Val.*;
import dev.backcheck.model.Analysis;
import dev.backcheck.model.Project;

import java.util.*;

/**
 * What the Java concepts share about calls in Java files: a fluent chain ({@code Jwts.builder().subject(u).signWith(k)
 * .compact()}) read as its root and its steps, the outermost call of each chain in a function, and the value a field
 * of the enclosing class holds (its initializer, the one value a constructor or method assigns to it, or a constructor
 * parameter of the same name). Spring configuration behind {@code @Value} is {@link ConfigValues}'.
 */
public final class JavaCalls {
    private JavaCalls() { }

    /** One call of a chain: the method name, its arguments, where the chain up to this call is written, its call site. */
    public record Step(String name, List<Val> args, Location site, CallSite cs) {
        public Val arg(int i) {
            return i < args.size() ? args.get(i) : null;
        }

        /** Where argument {@code i} is written (the step's site when unknown). */
        public Location argAt(int i) {
            return cs != null ? cs.argLocation(i) : site;
        }
    }

    /**
     * A chain: {@code root} is the callee of its first call ({@code Ref(io.jsonwebtoken, Jwts, [builder])}, or the type
     * of a {@code new}), {@code rootQname} its qualified name ("io.jsonwebtoken.Jwts.builder", "new com.x.Y"), then the
     * calls in order (the first is the root call itself).
     */
    public record Chain(Val root, String rootQname, boolean rootIsNew, List<Step> steps) {
        public Step step(String... names) {
            Set<String> ns = Set.of(names);
            Step last = null;
            for (Step s : steps) if (ns.contains(s.name())) last = s;
            return last;
        }

        public boolean has(String... names) {
            return step(names) != null;
        }

        public Step last() {
            return steps.get(steps.size() - 1);
        }
    }

    /** Every Java source file of the project, in path order. */
    public static List<FileFacts> javaFiles(Project p) {
        List<FileFacts> out = new ArrayList<>();
        for (FileFacts f : p.files().values()) if ("java".equals(f.language())) out.add(f);
        return out;
    }

    /** The call sites of {@code fn} that no other call of {@code fn} continues ({@code a().b()}: only {@code b}). */
    public static List<CallSite> outermost(Fn fn) {
        Set<Location> inner = new HashSet<>();
        for (CallSite cs : fn.calls()) {
            Val o = cs.callee() instanceof Member m ? m.object() : null;
            if (o instanceof Call c && c.site() != null) inner.add(c.site());
            if (o instanceof New n && n.site() != null) inner.add(n.site());
            for (Val a : cs.args()) argSites(a, inner, 0);
        }
        List<CallSite> out = new ArrayList<>();
        for (CallSite cs : fn.calls()) if (!inner.contains(cs.location())) out.add(cs);
        return out;
    }

    private static void argSites(Val v, Set<Location> inner, int depth) {
        if (depth > 3) return;
        if (v instanceof Call c && c.site() != null) inner.add(c.site());
        else if (v instanceof New n && n.site() != null) inner.add(n.site());
    }

    /** The chain ending at {@code cs}: its steps from the root call to {@code cs}, each with its own call site when {@code fn} records it. */
    public static Chain chain(Project p, FileFacts f, Fn fn, CallSite cs) {
        Map<Location, CallSite> byLoc = new HashMap<>();
        if (fn != null) for (CallSite c : fn.calls()) byLoc.putIfAbsent(c.location(), c);
        return chain(p, f, cs.callee(), cs.args(), cs.isNew(), cs.location(), cs, byLoc);
    }

    /** The chain of a call value ({@code Val.Call} or {@code Val.New}); null for anything else. */
    public static Chain chain(Project p, FileFacts f, Fn fn, Val v) {
        Map<Location, CallSite> byLoc = new HashMap<>();
        if (fn != null) for (CallSite c : fn.calls()) byLoc.putIfAbsent(c.location(), c);
        if (v instanceof Call c) return chain(p, f, c.callee(), c.args(), false, c.site(), byLoc.get(c.site()), byLoc);
        if (v instanceof New n) return chain(p, f, n.callee(), n.args(), true, n.site(), byLoc.get(n.site()), byLoc);
        return null;
    }

    private static Chain chain(Project p, FileFacts f, Val callee, List<Val> args, boolean isNew, Location site, CallSite cs,
                               Map<Location, CallSite> byLoc) {
        LinkedList<Step> steps = new LinkedList<>();
        Val cur = callee;
        List<Val> curArgs = args;
        Location curSite = site;
        CallSite curCs = cs;
        boolean rootNew = isNew;
        for (int i = 0; i < 64; i++) {
            if (!rootNew && cur instanceof Member m && (m.object() instanceof Call || m.object() instanceof New)) {
                steps.addFirst(new Step(m.prop(), curArgs, curSite, curCs));
                if (m.object() instanceof Call c) {
                    cur = c.callee();
                    curArgs = c.args();
                    curSite = c.site();
                    rootNew = false;
                } else {
                    New n = (New) m.object();
                    cur = n.callee();
                    curArgs = n.args();
                    curSite = n.site();
                    rootNew = true;
                }
                curCs = curSite == null ? null : byLoc.get(curSite);
                continue;
            }
            break;
        }
        String q;
        try {
            q = p.qname(cur, f);
        } catch (RuntimeException e) {
            q = null;
        }
        steps.addFirst(new Step(rootNew ? "new" : Vals.lastName(cur), curArgs, curSite, curCs));
        return new Chain(cur, q == null ? null : rootNew ? "new " + q : q, rootNew, List.copyOf(steps));
    }

    /** The class whose body {@code fn} is written in (innermost by span), or null. */
    public static ClassInfo owner(FileFacts f, Fn fn) {
        if (f == null || fn == null || fn.location() == null) return null;
        ClassInfo best = null;
        for (ClassInfo c : f.classes().values()) {
            if (c.location() == null || !c.location().spans(fn.location())) continue;
            if (best == null || best.location().spans(c.location())) best = c;
        }
        return best;
    }

    /** A field's declaration in {@code c}, or null. */
    public static ClassInfo.Prop field(ClassInfo c, String name) {
        if (c == null) return null;
        for (ClassInfo.Prop p : c.props()) if (p.name().equals(name)) return p;
        return null;
    }

    /** A value a field holds and the function it is written in (null for an initializer). */
    public record FieldValue(Val value, Fn fn) { }

    /**
     * The value field {@code name} of {@code c} holds: its initializer; else the call a method assigns to it when only
     * one assignment with a call is written ({@code this.key = Keys.hmacShaKeyFor(...)} in a constructor or an init
     * method); else the constructor parameter of the same name ({@code this.secret = secret}). Null when unknown.
     */
    public static FieldValue fieldValue(ClassInfo c, String name) {
        ClassInfo.Prop p = field(c, name);
        if (p == null) return null;
        if (p.value() != null) return new FieldValue(p.value(), null);
        FieldValue found = null;
        int n = 0;
        for (Fn m : c.methods()) {
            for (Fn.Named nm : m.names()) {
                if (!nm.name().equals(name)) continue;
                for (CallSite cs : m.calls()) {
                    if (!cs.location().equals(nm.value())) continue;
                    found = new FieldValue(cs.isNew() ? new New(cs.callee(), cs.args(), cs.location()) : new Call(cs.callee(), cs.args(), cs.location()), m);
                    n++;
                }
            }
        }
        if (n == 1) return found;
        if (n > 1) return null;
        Fn ctor = c.method("constructor");
        if (ctor != null) {
            for (int i = 0; i < ctor.params().size(); i++) {
                if (ctor.params().get(i).name().equals(name)) return new FieldValue(new Param(i, name, List.of()), ctor);
            }
        }
        return null;
    }

    /** The one value a method of {@code c} named {@code name} without parameters returns, with the method; null otherwise. */
    public static FieldValue returned(ClassInfo c, String name) {
        if (c == null) return null;
        for (Fn m : c.methods()) {
            if (m.name().equals(name) && m.params().isEmpty() && m.returns().size() == 1) return new FieldValue(m.returns().get(0), m);
        }
        return null;
    }

    /** The annotation {@code name} among {@code ds}, or null. */
    public static Decorator annotation(List<Decorator> ds, String name) {
        if (ds == null) return null;
        for (Decorator d : ds) if (d.name().equals(name)) return d;
        return null;
    }

    /** The method name of a call value, else null. */
    public static String method(Val v) {
        if (v instanceof Call c) return Vals.lastName(c.callee());
        if (v instanceof New n) return Vals.lastName(n.callee());
        return null;
    }

    /** The receiver of a call value ({@code r.m()}: r), else null. */
    public static Val receiver(Val v) {
        return v instanceof Call c ? Analysis.receiver(c.callee()) : null;
    }

    /** A number written as a literal (folded), else null. */
    public static Double number(Val v) {
        if (v instanceof Lit l && l.value() instanceof Double d) return d;
        if (v instanceof Lit l && l.value() instanceof String s) {
            try {
                return Double.parseDouble(s.trim().replaceAll("[lL]$", ""));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }
}
