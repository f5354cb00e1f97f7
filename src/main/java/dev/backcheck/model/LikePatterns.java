package dev.backcheck.model;

import dev.backcheck.lang.facts.CallSite;
import dev.backcheck.lang.facts.Val;
import dev.backcheck.lang.facts.Vals;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * A LIKE pattern built around a request value and pushed onto the list of bound SQL parameters:
 * {@code params.push(`%${search}%`)}. The template holds nothing but the value and {@code %} wildcards, so it is a
 * parameter value, never SQL text (SQL text would hold the quotes and the operator around it), and the driver binds
 * it: the value can only widen or narrow the match, it cannot change the statement.
 */
public final class LikePatterns {
    private LikePatterns() { }

    /** {@code cs} pushes argument {@code i}, a pure LIKE pattern around the subject, onto a parameter list. */
    public static boolean boundPattern(CallSite cs, String method, int i, Predicate<Val> subject) {
        if (!"push".equals(method) && !"unshift".equals(method)) return false;
        if (!pattern(cs.arg(i), subject)) return false;
        Val recv = Analysis.receiver(cs.callee());
        if (recv instanceof Val.Arr) return true;
        String rn = recv == null ? null : Vals.lastName(recv);
        return rn != null && rn.toLowerCase(Locale.ROOT).matches(".*(params|values|bindings|binds|args|replacements|parameters)");
    }

    /** drizzle-orm's LIKE operators: {@code ilike(column, pattern)} binds the pattern as a parameter. */
    private static final java.util.Set<String> DRIZZLE_LIKE = java.util.Set.of("like", "ilike", "notLike", "notIlike");

    /**
     * {@code ilike(banners.title, `%${q}%`)} of drizzle-orm ({@code root}, the module the callee comes from): argument
     * {@code i} is the operator's value, the subject itself or a pure LIKE pattern around it, which drizzle binds.
     */
    public static boolean drizzleLike(CallSite cs, String method, int i, Predicate<Val> subject, String root) {
        if (i != 1 || cs.args().size() != 2 || method == null || !DRIZZLE_LIKE.contains(method)) return false;
        if (root == null || !(root.equals("drizzle-orm") || root.startsWith("drizzle-orm/"))) return false;
        return subject.test(cs.arg(1)) || pattern(cs.arg(1), subject);
    }

    /**
     * {@code pool.query(sql, [weddingId, `%${search}%`])}: argument {@code i} (after the SQL text) of a driver call that
     * binds parameters holds the subject only as pure LIKE patterns, as the list's items or as the argument itself.
     */
    public static boolean boundList(CallSite cs, int i, boolean boundSqlMethod, Predicate<Val> subject) {
        if (!boundSqlMethod || i < 1 || i >= cs.args().size()) return false;
        Val a = cs.arg(i);
        if (a instanceof Val.Arr arr) {
            boolean any = false;
            for (Val item : arr.items()) {
                if (!Vals.anyPart(item, subject)) continue;
                if (!pattern(item, subject)) return false;
                any = true;
            }
            return any;
        }
        return pattern(a, subject);
    }

    /** Query-builder conditions taking SQL text with named parameters and an object of their values (TypeORM). */
    private static final java.util.Set<String> NAMED_CONDITIONS = java.util.Set.of("where", "andWhere", "orWhere", "having", "andHaving", "orHaving");

    /**
     * {@code qb.andWhere('v.surname LIKE :search', { search: `%${q}%` })} (TypeORM's query builder): argument {@code i}
     * is the object of named parameter values, the subject sits under key {@code keys} (one key) as a pure LIKE pattern,
     * and the condition's text names that key as a parameter ({@code :search}); the builder binds it.
     */
    public static boolean namedParameter(CallSite cs, String method, int i, List<String> keys, Predicate<Val> subject) {
        if (i != 1 || cs.args().size() != 2 || method == null || !NAMED_CONDITIONS.contains(method) || keys.size() != 1) return false;
        if (!(cs.arg(0) instanceof Val.Lit l) || !(l.value() instanceof String text)) return false;
        if (!java.util.regex.Pattern.compile("(?<![:\\w]):" + java.util.regex.Pattern.quote(keys.get(0)) + "(?!\\w)").matcher(text).find()) return false;
        return cs.arg(1) instanceof Val.Obj o && pattern(o.props().get(keys.get(0)), subject);
    }

    /**
     * {@code [useInstr ? q : `%${q}%`]}: a list literal whose items holding the subject are each the subject itself, a pure
     * LIKE pattern around it, or a choice between those; at least one such item.
     */
    public static boolean valueOrPatternItems(Val v, Predicate<Val> subject) {
        if (!(v instanceof Val.Arr arr)) return false;
        boolean any = false;
        for (Val item : arr.items()) {
            if (!Vals.anyPart(item, subject)) continue;
            List<Val> options = item instanceof Val.OneOf o ? o.options() : List.of(item);
            for (Val x : options) if (Vals.anyPart(x, subject) && !subject.test(x) && !pattern(x, subject)) return false;
            any = true;
        }
        return any;
    }

    /** `%${x}%`, `${x}%`, `%${x}`: one hole (the subject, perhaps converted) between wildcards only. */
    static boolean pattern(Val v, Predicate<Val> subject) {
        if (!(v instanceof Val.Tpl t) || t.holes().size() != 1) return false;
        boolean wildcard = false;
        for (String q : t.quasis()) {
            if (!q.matches("%*")) return false;
            if (!q.isEmpty()) wildcard = true;
        }
        Val h = t.holes().get(0);
        for (int d = 0; d < 3 && h instanceof Val.Call c && !subject.test(h) && !c.args().isEmpty()
                && java.util.Set.of("String", "trim", "toLowerCase", "toUpperCase", "toString").contains(String.valueOf(Vals.lastName(c.callee()))); d++) {
            h = c.args().get(0);
        }
        return wildcard && subject.test(h);
    }
}
