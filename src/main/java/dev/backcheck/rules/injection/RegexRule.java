package dev.backcheck.rules.injection;

import dev.backcheck.flow.CallIndex;
import dev.backcheck.flow.TaintEngine.SinkSite;
import dev.backcheck.lang.facts.Fn;
import dev.backcheck.lang.facts.Val;
import dev.backcheck.lang.facts.Val.*;
import dev.backcheck.lang.facts.Vals;
import dev.backcheck.model.Analysis;
import dev.backcheck.model.Project;
import dev.backcheck.rules.RuleId;
import dev.backcheck.rules.TaintRule;

import java.util.Locale;
import java.util.Set;

/**
 * Request data as a regular expression: {@code new RegExp(input)}, and {@code str.match/matchAll/search(input)},
 * which compile a string argument into a RegExp. A client can send a pattern that backtracks for minutes
 * (ReDoS) or matches more than the code meant. Escaped input (escape-string-regexp, lodash escapeRegExp,
 * the {@code replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} idiom, see {@link dev.backcheck.flow.RegexEscape}) is safe.
 */
@RuleId("injection/regex")
public final class RegexRule extends TaintRule {
    /** String methods whose result is a string: a receiver built with them is a string. */
    private static final Set<String> STRING_RESULT = Set.of("toString", "toLowerCase", "toUpperCase", "trim", "trimStart",
            "trimEnd", "slice", "substring", "substr", "replace", "replaceAll", "normalize", "padStart", "padEnd", "join",
            "toLocaleLowerCase", "toLocaleUpperCase", "String", "readFileSync", "stringify");

    private static final Set<String> ELEMENT_CALLBACKS = Set.of("filter", "map", "forEach", "some", "every", "find", "findIndex", "flatMap");

    @Override
    protected String kind() {
        return "regex";
    }

    @Override
    protected String risk(SinkSite s) {
        return "A client chooses the regular expression: it can match more than intended, and a pattern such as (a+)+$ takes exponential time wherever it runs (in Node it blocks the event loop; in a database query it holds the database: ReDoS).";
    }

    @Override
    protected boolean accept(SinkSite s, Project project) {
        if (!"string-receiver".equals(s.model().when())) return s.arg() == 0;
        // match/matchAll/search take one argument and compile a string into a RegExp; other receivers
        // (a search client, a router, a matcher library) are not strings
        if (s.arg() != 0 || s.cs().args().size() != 1) return false;
        return stringy(Analysis.receiver(s.cs().callee()), s.fn(), CallIndex.of(project), 0);
    }

    /** True when {@code v} is certainly a string: request text, a literal, a template, a concatenation, a string method's result, a string-typed parameter. */
    static boolean stringy(Val v, Fn fn, CallIndex index, int depth) {
        if (v == null || depth > 4) return false;
        if (v instanceof Req q) return !q.path().isEmpty() || q.part().startsWith("meta:");
        if (v instanceof Lit l) return l.value() instanceof String;
        if (v instanceof Tpl || v instanceof Concat) return true;
        if (v instanceof Call c) {
            String m = Vals.lastName(c.callee());
            return m != null && STRING_RESULT.contains(m);
        }
        if (v instanceof Param p && p.path().isEmpty() && fn != null) {
            Fn.Param decl = fn.param(p.index());
            if (decl != null && decl.type() != null) return decl.type().toLowerCase(Locale.ROOT).equals("string");
            // text.split('\n').filter(line => line.match(q)): the callback's element is a string
            CallIndex.Callback cb = p.index() == 0 ? index.callback(fn) : null;
            if (cb == null || !ELEMENT_CALLBACKS.contains(String.valueOf(cb.site().cs().methodName()))) return false;
            Val recv = Analysis.receiver(cb.site().cs().callee());
            return recv instanceof Call c && "split".equals(Vals.lastName(c.callee()));
        }
        if (v instanceof OneOf o) return o.options().stream().allMatch(x -> stringy(x, fn, index, depth + 1) || x instanceof Lit l && l.value() == null);
        return false;
    }

    @Override
    protected String fixKey(SinkSite s) {
        return "regex";
    }
}
