package dev.backcheck.rules.meta;

import dev.backcheck.engine.Suppressions;
import dev.backcheck.findings.Location;
import dev.backcheck.model.Project;
import dev.backcheck.rules.Rule;
import dev.backcheck.rules.RuleContext;
import dev.backcheck.rules.RuleId;

import java.util.List;

/**
 * A {@code backcheck-ignore} comment that suppresses nothing: a rule id that does not exist, a
 * finding that is gone, a comment that is not where it must be. It only knows after every other
 * rule ran, so the engine calls {@link #report} once suppressions were applied; {@link #check}
 * does nothing.
 */
@RuleId("meta/unused-suppression")
public final class UnusedSuppressionRule implements Rule {
    @Override
    public void check(Project project, RuleContext ctx) {
        // reported by the engine after suppressions are matched (see Scanner and Suppressions)
    }

    /** One finding per unused directive, or per unused rule id of a directive. */
    public static void report(List<Suppressions.Unused> unused, RuleContext ctx) {
        for (Suppressions.Unused u : unused) {
            Suppressions.Directive d = u.directive();
            Location at = new Location(d.path(), d.line(), d.column(), d.line(), d.endColumn(), null);
            String what = d.fileLevel() ? "backcheck-ignore-file" : "backcheck-ignore";
            String msg = u.ruleId() == null
                    ? "Suppression comment has no effect: " + u.problem() + "."
                    : "Suppression of " + u.ruleId() + " has no effect: " + u.problem() + ".";
            ctx.report(at, msg)
                    .fix(u.ruleId() == null ? "Fix the comment or delete it." : "Delete '" + u.ruleId() + "' from the " + what
                            + " comment (or the whole comment when it names nothing else), or correct the rule id.")
                    .property("suppressedRule", u.ruleId())
                    .add();
        }
    }
}
