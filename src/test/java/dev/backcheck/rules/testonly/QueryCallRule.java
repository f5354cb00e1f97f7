package dev.backcheck.rules.testonly;

import dev.backcheck.lang.facts.CallSite;
import dev.backcheck.lang.facts.FileFacts;
import dev.backcheck.lang.facts.Fn;
import dev.backcheck.model.Project;
import dev.backcheck.rules.Rule;
import dev.backcheck.rules.RuleContext;
import dev.backcheck.rules.RuleId;

/** Test rule: every call of a method named in option {@code words} (default: query), reported at its first argument. */
@RuleId("testonly/query-call")
public final class QueryCallRule implements Rule {
    @Override
    public void check(Project project, RuleContext ctx) {
        for (FileFacts f : project.files().values()) {
            java.util.Set<Fn> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            walk(f.main(), ctx, seen);
            for (dev.backcheck.lang.facts.Val v : f.symbols().values()) {
                if (v instanceof dev.backcheck.lang.facts.Val.FnVal fv) walk(fv.fn(), ctx, seen);
            }
            for (dev.backcheck.lang.facts.ClassInfo c : f.classes().values()) for (Fn m : c.methods()) walk(m, ctx, seen);
        }
    }

    private static void walk(Fn fn, RuleContext ctx, java.util.Set<Fn> seen) {
        if (!seen.add(fn)) return;
        for (CallSite c : fn.calls()) {
            if (c.methodName() != null && ctx.optionList("words").contains(c.methodName())) ctx.report(c.argLocation(0), "query called with a built string.").fix("use parameters").add();
        }
        for (Fn n : fn.nested()) walk(n, ctx, seen);
    }
}
