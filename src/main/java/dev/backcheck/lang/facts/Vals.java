package dev.backcheck.lang.facts;

import dev.backcheck.lang.facts.Val.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** Small queries over {@link Val}s that every stage needs. */
public final class Vals {

    /**
     * The object a chain of member reads starts from ({@code a} of {@code a.b.c}), at most {@code max} steps in; the names
     * read go to {@code props}, outermost object first ({@code [b, c]}).
     */
    public static Val memberBase(Val v, int max, List<String> props) {
        Val cur = v;
        for (int i = 0; i < max && cur instanceof Member m; i++) {
            props.add(0, m.prop());
            cur = m.object();
        }
        return cur;
    }
    private Vals() { }

    /** The value a method is called on: {@code a.b.m} → {@code a.b}, for every kind of named value; null when there is none. */
    public static Val receiver(Val callee) {
        if (callee instanceof Member m) return m.object();
        if (callee instanceof Local l && !l.path().isEmpty()) return new Local(l.name(), l.path().subList(0, l.path().size() - 1));
        if (callee instanceof Ref r && !r.path().isEmpty()) return new Ref(r.module(), r.export(), r.path().subList(0, r.path().size() - 1));
        if (callee instanceof Param p && !p.path().isEmpty()) return new Param(p.index(), p.name(), p.path().subList(0, p.path().size() - 1));
        if (callee instanceof This t && !t.path().isEmpty()) return new This(t.path().subList(0, t.path().size() - 1));
        if (callee instanceof Global g && !g.path().isEmpty()) return new Global(g.name(), g.path().subList(0, g.path().size() - 1));
        if (callee instanceof Req q && !q.path().isEmpty()) return new Req(q.part(), q.path().subList(0, q.path().size() - 1));
        return null;
    }

    /**
     * The object whose own key names {@code v} is, or null: {@code Object.keys(o)} and one of its items (also the key of
     * {@code for (const k in o)}), and the first item of an {@code Object.entries(o)} pair ({@code for (const [k, v] of
     * Object.entries(o))}). The keys of an object literal are the code's own names; the values are another matter.
     */
    public static Val keysOf(Val v) {
        if (v instanceof Member m && m.prop().equals("0") && m.object() instanceof Member pair && pair.prop().equals("*")
                && objectCall(pair.object(), "entries") != null) return objectCall(pair.object(), "entries");
        if (v instanceof Member m && m.prop().equals("*") && objectCall(m.object(), "keys") != null) return objectCall(m.object(), "keys");
        return objectCall(v, "keys");
    }

    /** The argument of {@code Object.<method>(x)}, or null. */
    private static Val objectCall(Val v, String method) {
        return v instanceof Call c && c.callee() instanceof Global g && g.name().equals("Object") && g.path().size() == 1
                && g.path().get(0).equals(method) && c.args().size() == 1 ? c.args().get(0) : null;
    }

    /** Last name of a reference-like value: {@code a.b.c} → c, {@code foo} → foo, {@code x()} → x. */
    public static String lastName(Val v) {
        // the kinds are disjoint: the commonest callees (x.m(), f()(), local names) are tested first (every rule asks this per call)
        if (v instanceof Member m) return m.prop();
        if (v instanceof Local l) return l.path().isEmpty() ? l.name() : l.path().get(l.path().size() - 1);
        if (v instanceof Ref r) {
            if (!r.path().isEmpty()) return r.path().get(r.path().size() - 1);
            return r.export().equals("default") || r.export().equals("*") ? moduleBase(r.module()) : r.export();
        }
        if (v instanceof Global g) return g.path().isEmpty() ? g.name() : g.path().get(g.path().size() - 1);
        if (v instanceof Param p) return p.path().isEmpty() ? p.name() : p.path().get(p.path().size() - 1);
        if (v instanceof This t) return t.path().isEmpty() ? "this" : t.path().get(t.path().size() - 1);
        if (v instanceof Req q) return q.path().isEmpty() ? q.part() : q.path().get(q.path().size() - 1);
        if (v instanceof Call c) return lastName(c.callee());
        if (v instanceof New n) return lastName(n.callee());
        if (v instanceof ClassRef c) return c.name();
        if (v instanceof FnVal f) return f.fn().name();
        return null;
    }

    private static String moduleBase(String module) {
        int i = module.lastIndexOf('/');
        return i >= 0 && !module.startsWith("@") ? module.substring(i + 1) : module;
    }

    /** True for pure data: literals, regexes, and arrays/objects/templates of them. */
    /** Methods that hold when a value is one of a fixed collection's members: {@code ALLOWED.includes(x)}, {@code SET.has(x)}. */
    public static final Set<String> ALLOW_LIST_METHODS = Set.of("includes", "has");

    /** A choice an allow-list makes: {@code test} holding keeps {@code kept}, else {@code other}. */
    public record ListedChoice(Val.Call test, Val kept, Val other) { }

    /**
     * {@code ALLOWED.includes(x) ? `d.${x}` : 'd.created_at'}, or an item the extractor records as pushed only while such a
     * test held ({@code if (EDITABLE.includes(col)) sets.push(..)}): the choice, or null for any other value.
     */
    public static ListedChoice listedChoice(Val v) {
        if (!(v instanceof Val.OneOf o) || o.test() == null || o.options().size() != 2 || !"truthy".equals(o.test().op())
                || !(o.test().left() instanceof Val.Call tc) || !ALLOW_LIST_METHODS.contains(String.valueOf(lastName(tc.callee())))) return null;
        int kept = o.test().holds() ? 0 : 1;
        return new ListedChoice(tc, o.options().get(kept), o.options().get(1 - kept));
    }

    /**
     * {@code xs.filter((p) => VALID_PAGES.includes(p))}: an array filtered by a membership test of its element in a
     * collection the test does not build from its element ({@code ALLOWED.includes(x)}, {@code SET.has(x)}). The answer
     * holds only members of that collection, whatever the array held. The collection's origin is the caller's to judge
     * (it is returned: null for any other value).
     */
    public static Val filteredByList(Val v) {
        if (!(v instanceof Val.Call c) || c.args().size() != 1 || !"filter".equals(lastName(c.callee()))
                || !(c.args().get(0) instanceof Val.FnVal f) || f.fn().params().isEmpty() || f.fn().returns().size() != 1
                || !(f.fn().returns().get(0) instanceof Val.Call t) || t.args().size() != 1
                || !ALLOW_LIST_METHODS.contains(String.valueOf(lastName(t.callee())))) return null;
        if (!(t.args().get(0) instanceof Val.Param p) || p.index() != 0 || !p.path().isEmpty()
                || !p.name().equals(f.fn().params().get(0).name())) return null;
        Val list = receiver(t.callee());
        if (list == null || anyPart(list, x -> x instanceof Val.Param)) return null;
        return list;
    }

    /** The kind of {@link Val.Unknown} a literal array of data too large to copy into its uses is summarised as. */
    public static final String CONSTANT_LIST = "constant-list";

    public static boolean isData(Val v) {
        if (v instanceof Lit || v instanceof Regex) return true;
        if (v instanceof Arr a) return a.items().stream().allMatch(Vals::isData);
        if (v instanceof Obj o) return o.props().values().stream().allMatch(Vals::isData);
        return false;
    }

    public static int size(Val v) {
        if (v instanceof Arr a) return 1 + a.items().stream().mapToInt(Vals::size).sum();
        if (v instanceof Obj o) return 1 + o.props().values().stream().mapToInt(Vals::size).sum();
        return 1;
    }

    /**
     * True when {@code a} and {@code b} are the same value written twice: equal but for where their calls are made
     * ({@code LIST.includes(s.toLowerCase())} and then {@code return s.toLowerCase()}).
     */
    public static boolean sameValue(Val a, Val b) {
        return sameValue(a, b, 0);
    }

    private static boolean sameValue(Val a, Val b, int depth) {
        if (a == b || a != null && a.equals(b)) return true;
        if (a == null || b == null || depth > 20) return false;
        if (a instanceof Call x && b instanceof Call y) return sameValue(x.callee(), y.callee(), depth + 1) && sameValues(x.args(), y.args(), depth);
        if (a instanceof Member x && b instanceof Member y) return x.prop().equals(y.prop()) && sameValue(x.object(), y.object(), depth + 1);
        if (a instanceof Tpl x && b instanceof Tpl y) return x.quasis().equals(y.quasis()) && sameValues(x.holes(), y.holes(), depth);
        if (a instanceof Concat x && b instanceof Concat y) return sameValues(x.parts(), y.parts(), depth);
        return false;
    }

    private static boolean sameValues(List<Val> a, List<Val> b, int depth) {
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) if (!sameValue(a.get(i), b.get(i), depth + 1)) return false;
        return true;
    }

    /** Most nodes one {@link #anyPart} query visits: values share parts, so a walk must be bounded in size, not only depth. */
    static final int MAX_VISITS = 20_000;

    /**
     * True when {@code v} or anything it is built from satisfies {@code p} (bounded walk, no functions).
     * The walk stops at depth 40 and after {@link #MAX_VISITS} nodes: a value built from itself many
     * times over ({@code const b = [a, a, a]; const c = [b, b, b]; ...}) has exponentially many paths.
     */
    public static boolean anyPart(Val v, Predicate<Val> p) {
        return anyPart(v, p, 0, new int[]{MAX_VISITS});
    }

    private static boolean anyPart(Val v, Predicate<Val> p, int depth, int[] budget) {
        if (v == null || depth > 40 || --budget[0] < 0) return false;
        if (p.test(v)) return true;
        // (loops, in the lists' order, stopping at the first part found: the walk and its budget as anyMatch spent them)
        if (v instanceof Tpl t) return anyOf(t.holes(), p, depth + 1, budget);
        if (v instanceof Concat c) return anyOf(c.parts(), p, depth + 1, budget);
        if (v instanceof OneOf o) return anyOf(o.options(), p, depth + 1, budget);
        if (v instanceof Arr a) return anyOf(a.items(), p, depth + 1, budget);
        if (v instanceof Obj o) return anyOf(o.props().values(), p, depth + 1, budget);
        if (v instanceof Member m) return anyPart(m.object(), p, depth + 1, budget);
        if (v instanceof Call c) {
            // data passes through string-building calls: String(x), x.toString(), x.trim(), arr.join(',')
            String n = lastName(c.callee());
            if (n != null && STRING_BUILDERS.contains(n)) {
                if (c.callee() instanceof Member m && anyPart(m.object(), p, depth + 1, budget)) return true;
                return anyOf(c.args(), p, depth + 1, budget);
            }
        }
        return false;
    }

    /**
     * Whether {@code v} or any value it is made of satisfies {@code p}, through every part: calls' and constructors' callees and
     * arguments, receivers, template holes, alternatives, array items and object values (unlike {@link #anyPart}, which
     * follows data only through string-building calls). At most {@code budget} values are visited, 30 deep.
     */
    public static boolean anyPartDeep(Val v, Predicate<Val> p, int budget) {
        return anyPartDeep(v, p, 0, new int[]{budget});
    }

    private static boolean anyPartDeep(Val v, Predicate<Val> p, int depth, int[] budget) {
        if (v == null || depth > 30 || --budget[0] < 0) return false;
        if (p.test(v)) return true;
        if (v instanceof Call c || v instanceof New) {
            Val callee = v instanceof Call c2 ? c2.callee() : ((New) v).callee();
            List<Val> args = v instanceof Call c3 ? c3.args() : ((New) v).args();
            if (anyPartDeep(callee, p, depth + 1, budget)) return true;
            for (Val a : args) if (anyPartDeep(a, p, depth + 1, budget)) return true;
            return false;
        }
        java.util.Collection<Val> kids = v instanceof Tpl t ? t.holes() : v instanceof Concat c ? c.parts()
                : v instanceof OneOf o ? o.options() : v instanceof Arr a ? a.items() : v instanceof Obj o ? o.props().values()
                : v instanceof Member m ? List.of(m.object()) : List.of();
        for (Val k : kids) if (anyPartDeep(k, p, depth + 1, budget)) return true;
        return false;
    }

    private static boolean anyOf(java.util.Collection<Val> parts, Predicate<Val> p, int depth, int[] budget) {
        for (Val h : parts) if (anyPart(h, p, depth, budget)) return true;
        return false;
    }

    /** Calls data passes through as text (see {@link #anyPart}). */
    private static final java.util.Set<String> STRING_BUILDERS = java.util.Set.of("String", "toString", "trim", "toLowerCase", "toUpperCase",
            "join", "concat", "replace", "slice", "substring", "padStart", "padEnd", "format", "stringify");

    /**
     * How many nodes a walk of {@code v} reaches (a shared part once per path to it), counting no
     * further than {@code limit + 1}: cheap however the value was built.
     */
    public static int weight(Val v, int limit) {
        java.util.ArrayDeque<Val> stack = new java.util.ArrayDeque<>();
        stack.push(v);
        int n = 0;
        while (!stack.isEmpty()) {
            Val x = stack.pop();
            if (++n > limit) return n;
            if (x instanceof Tpl t) t.holes().forEach(stack::push);
            else if (x instanceof Concat c) c.parts().forEach(stack::push);
            else if (x instanceof OneOf o) o.options().forEach(stack::push);
            else if (x instanceof Arr a) a.items().forEach(stack::push);
            else if (x instanceof Obj o) o.props().values().forEach(stack::push);
            else if (x instanceof Member m) stack.push(m.object());
            else if (x instanceof Call c) {
                stack.push(c.callee());
                c.args().forEach(stack::push);
            } else if (x instanceof New c) {
                stack.push(c.callee());
                c.args().forEach(stack::push);
            }
        }
        return n;
    }

    /** Most distinct parts a {@link #summary} keeps before it gives up. */
    static final int MAX_SUMMARY_PARTS = 24;

    /**
     * A lighter stand-in for a value too heavy to copy into every use (weight over {@code limit}): an object keeps
     * its keys, with each heavy field replaced by the parts that can carry data into it; any other value becomes
     * those parts ({@code Concat} for a string, {@code Arr} for an array, {@code OneOf} else). The parts are the
     * distinct request values, parameters and {@code this} fields it is built from, and its small calls and member
     * reads whole ({@code Number(req.query.n)} stays a call), found in one walk that visits a shared part once; a
     * length ({@code list.length}) is a number and carries nothing of what it is the length of.
     * Null when there are more than {@link #MAX_SUMMARY_PARTS} parts or the result is still heavier than {@code limit}.
     */
    public static Val summary(Val v, int limit) {
        Val out;
        if (v instanceof Obj o) {
            java.util.Map<String, Val> props = new java.util.LinkedHashMap<>();
            int share = Math.max(8, limit / Math.max(1, o.props().size()));
            for (java.util.Map.Entry<String, Val> e : o.props().entrySet()) {
                Val x = e.getValue();
                if (weight(x, share) > share) {
                    List<Val> parts = parts(x);
                    if (parts == null) return null;
                    x = parts.isEmpty() ? new Unknown("large-value") : x instanceof Obj ? new OneOf(parts) : wrap(x, parts);
                }
                props.put(e.getKey(), x);
            }
            out = Val.obj(props);
            if (weight(out, limit) <= limit) return out;
            // still too heavy: only the fields that can carry data, and an unknown spread saying the others were left out
            java.util.Map<String, Val> carrying = new java.util.LinkedHashMap<>();
            props.forEach((k, x) -> { if (anyPart(x, Vals::carrier)) carrying.put(k, x); });
            carrying.put("...large-value", new Unknown("large-value"));
            out = Val.obj(carrying);
            if (weight(out, limit) <= limit) return out;
        }
        List<Val> parts = parts(v);
        if (parts == null) return null;
        out = parts.isEmpty() ? new Unknown("large-value") : wrap(v, parts);
        return weight(out, limit) <= limit ? out : null;
    }

    private static Val wrap(Val v, List<Val> parts) {
        if (v instanceof Arr) return new Arr(parts);
        if (v instanceof Tpl || v instanceof Concat) {
            // the leading text stays (it says what the string is: "SELECT ...", "git ...")
            String lead = v instanceof Tpl t ? t.quasis().get(0) : ((Concat) v).parts().get(0) instanceof Lit l && l.value() instanceof String ls ? ls : "";
            List<Val> out = new ArrayList<>(parts.size() + 1);
            out.add(new Lit(lead));
            out.addAll(parts);
            return new Concat(List.copyOf(out));
        }
        // an instance of a class stays one (new ChatResponse({ ... }) is an object, whatever text its fields hold)
        if (v instanceof New n) return new New(n.callee(), List.of(parts.size() == 1 ? parts.get(0) : new OneOf(parts)), n.site());
        return parts.size() == 1 ? parts.get(0) : new OneOf(parts);
    }

    private static boolean carrier(Val x) {
        return x instanceof Req || x instanceof Param || x instanceof This;
    }

    /** The distinct data-carrying parts of {@code v} (see {@link #summary}), in source order; null when too many. */
    private static List<Val> parts(Val v) {
        java.util.LinkedHashSet<Val> out = new java.util.LinkedHashSet<>();
        java.util.IdentityHashMap<Val, Boolean> seen = new java.util.IdentityHashMap<>();
        java.util.ArrayDeque<Val> stack = new java.util.ArrayDeque<>();
        stack.push(v);
        while (!stack.isEmpty()) {
            Val x = stack.pop();
            if (seen.put(x, Boolean.TRUE) != null) continue;
            // x.length is a number: nothing of x is carried ($${args.length} in a list of SET fragments)
            if (x instanceof Member lm && lm.prop().equals("length")) continue;
            if (carrier(x)) out.add(x);
            else if ((x instanceof Call || x instanceof New || x instanceof Member) && weight(x, 16) <= 16) {
                if (anyPart(x, Vals::carrier) || x instanceof Member m && anyPart(m.object(), Vals::carrier)) out.add(x);
                else if (x instanceof Call || x instanceof New) {
                    // a small call of plain values may still hide data in a function literal: nothing to keep
                }
            } else {
                List<Val> kids = new ArrayList<>();
                if (x instanceof Tpl t) kids.addAll(t.holes());
                else if (x instanceof Concat c) kids.addAll(c.parts());
                else if (x instanceof OneOf o) kids.addAll(o.options());
                else if (x instanceof Arr a) kids.addAll(a.items());
                else if (x instanceof Obj o) kids.addAll(o.props().values());
                else if (x instanceof Member m) kids.add(m.object());
                else if (x instanceof Call c) {
                    kids.add(c.callee());
                    kids.addAll(c.args());
                } else if (x instanceof New n) {
                    kids.add(n.callee());
                    kids.addAll(n.args());
                }
                for (int i = kids.size() - 1; i >= 0; i--) if (kids.get(i) != null) stack.push(kids.get(i));
            }
            if (out.size() > MAX_SUMMARY_PARTS) return null;
        }
        return List.copyOf(out);
    }

    /** True when the value is, or is built from, request data (framework-validated input included: it is still attacker-chosen text). */
    public static boolean isRequestDerived(Val v) {
        return anyPart(v, x -> x instanceof Req q && !q.part().equals("user") && !q.part().equals("session"));
    }

    /** A string with non-constant parts: template with holes or concatenation with non-constant operands. */
    public static boolean isDynamicString(Val v) {
        if (v instanceof Tpl t) return !t.holes().isEmpty();
        if (v instanceof Concat c) return c.parts().stream().anyMatch(p -> Val.constString(p) == null);
        if (v instanceof OneOf o) return o.options().stream().anyMatch(Vals::isDynamicString);
        return false;
    }

    /**
     * True when every part a string is built from is constant or harmless in SQL text: literals,
     * numbers (lengths, arithmetic, Number()/parseInt), a choice between constants, a lookup in a
     * constant allow-list object, and joins of arrays of such parts. Request data, parameters and
     * anything unknown are not safe.
     */
    public static boolean isSqlSafe(Val v) {
        return isSqlSafe(v, 0);
    }

    private static final java.util.Set<String> NUMERIC_CALLS = java.util.Set.of("Number", "parseInt", "parseFloat", "toFixed",
            "floor", "ceil", "round", "min", "max", "abs", "trunc", "isInteger", "Boolean");

    private static boolean isSqlSafe(Val v, int depth) {
        if (v == null || depth > 30) return false;
        if (v instanceof Lit) return true;
        if (v instanceof OneOf o) return o.options().stream().allMatch(x -> isSqlSafe(x, depth + 1));
        if (v instanceof Tpl t) return t.holes().stream().allMatch(x -> isSqlSafe(x, depth + 1));
        if (v instanceof Concat c) return c.parts().stream().allMatch(x -> isSqlSafe(x, depth + 1));
        if (v instanceof Arr a) return a.items().stream().allMatch(x -> isSqlSafe(x, depth + 1));
        if (v instanceof Unknown u) {
            String k = u.kind();
            return k.startsWith("binary:") || k.equals("number") || k.equals("boolean") || k.equals("typeof") || k.equals("unary");
        }
        if ("length".equals(lastName(v)) && !(v instanceof Req)) return true;
        if (v instanceof Member m && m.prop().equals("*") && m.object() instanceof Obj o) {
            return !o.props().isEmpty() && o.props().values().stream().allMatch(x -> x instanceof Lit);
        }
        if (v instanceof Call c) {
            String n = lastName(c.callee());
            if (n != null && NUMERIC_CALLS.contains(n)) return true;
            if ("join".equals(n) && c.callee() instanceof Member m) {
                return isSqlSafe(m.object(), depth + 1) && c.args().stream().allMatch(x -> isSqlSafe(x, depth + 1));
            }
            // ids.map(() => '?') / ids.map((_, i) => '$' + (i + 1)): placeholders built from the index
            if ("map".equals(n) && c.args().size() >= 1 && c.args().get(0) instanceof FnVal f && !f.fn().returns().isEmpty()) {
                return f.fn().returns().stream().allMatch(r -> isSqlSafe(r, depth + 1) || placeholderOfIndex(r, depth + 1));
            }
        }
        return false;
    }

    /** A map callback result built only from constants and the callback's index parameter (a number). */
    private static boolean placeholderOfIndex(Val v, int depth) {
        if (depth > 30) return false;
        if (v instanceof Param p) return p.index() == 1 && p.path().isEmpty();
        if (v instanceof Concat c) return c.parts().stream().allMatch(x -> isSqlSafe(x, depth + 1) || placeholderOfIndex(x, depth + 1));
        if (v instanceof Tpl t) return t.holes().stream().allMatch(x -> isSqlSafe(x, depth + 1) || placeholderOfIndex(x, depth + 1));
        return false;
    }

    /** The constant text of a string-building value with holes replaced by {@code hole}. */
    public static String shape(Val v, String hole) {
        String c = Val.constString(v);
        if (c != null) return c;
        if (v instanceof Tpl t) {
            StringBuilder sb = new StringBuilder(t.quasis().get(0));
            for (int i = 0; i < t.holes().size(); i++) sb.append(hole).append(t.quasis().get(i + 1));
            return sb.toString();
        }
        if (v instanceof Concat cc) {
            StringBuilder sb = new StringBuilder();
            for (Val p : cc.parts()) {
                String s = Val.constString(p);
                sb.append(s != null ? s : hole);
            }
            return sb.toString();
        }
        if (v instanceof OneOf o && !o.options().isEmpty()) return shape(o.options().get(0), hole);
        return hole;
    }

    /** The statement a call runs: its first argument, or the template of a tagged template (sql`..`, tx.$executeRaw`..`). */
    public static Val statementArg(CallSite cs) {
        if (cs.args().isEmpty()) return null;
        return cs.args().size() == 2 && cs.arg(0) instanceof Val.Unknown u && u.kind().equals("tagged-template") ? cs.arg(1) : cs.arg(0);
    }
}
