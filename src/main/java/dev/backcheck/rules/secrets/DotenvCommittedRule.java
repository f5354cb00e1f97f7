package dev.backcheck.rules.secrets;

import dev.backcheck.concepts.DotEnv;
import dev.backcheck.concepts.Secrets;
import dev.backcheck.findings.Location;
import dev.backcheck.model.Project;
import dev.backcheck.rules.Rule;
import dev.backcheck.rules.RuleContext;
import dev.backcheck.rules.RuleId;
import dev.backcheck.rules.TaintRule;

import java.util.List;

/**
 * A {@code .env} file with secret values that git tracks or does not ignore ({@link Secrets#envFiles()}): the
 * secrets are (or will be, with the next {@code git add .}) in the repository's history. Templates with
 * placeholders and test-only env files are fine; development files count only with real-looking values.
 */
@RuleId("secrets/dotenv-committed")
public final class DotenvCommittedRule implements Rule {
    @Override
    public void check(Project project, RuleContext ctx) {
        for (Secrets.EnvFile f : Secrets.of(project).envFiles()) {
            if (f.secrets().isEmpty() || f.testOnly()) continue;
            boolean tracked = Boolean.TRUE.equals(f.tracked());
            if (!tracked && f.ignored()) continue;
            DotEnv.Entry first = f.secrets().get(0);
            List<String> names = f.secrets().stream().map(DotEnv.Entry::name).distinct().limit(6).toList();
            String more = f.secrets().size() > names.size() ? ", ..." : "";
            String state = tracked ? "is tracked by git" : Boolean.FALSE.equals(f.tracked())
                    ? "is not git-ignored, so the next `git add .` commits it" : "is in the tree and not git-ignored";
            String what = f.template() ? "holds values that look real (" : "holds secrets (";
            String name = f.path().substring(f.path().lastIndexOf('/') + 1);
            ctx.report(new Location(f.path(), first.line(), 1, first.line(), first.name().length() + 1, null),
                            name + " " + what + String.join(", ", names) + more + ") and " + state
                                    + ": the values are in the repository history for everyone who can read it")
                    .fix(ctx.meta().fixText(TaintRule.frameworkOf(project, f.path()), f.template() ? "template" : "env"))
                    .add();
        }
    }
}
