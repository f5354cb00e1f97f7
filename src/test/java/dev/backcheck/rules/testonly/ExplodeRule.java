package dev.backcheck.rules.testonly;

import dev.backcheck.findings.Location;
import dev.backcheck.rules.Rule;
import dev.backcheck.rules.RuleContext;
import dev.backcheck.model.Project;

/**
 * A rule with a bug, for the internal-error tests: it reports one finding, then throws. Lives on
 * the test class path only; {@code testonly/explode} resolves to it by the id naming convention.
 */
public final class ExplodeRule implements Rule {
    @Override
    public void check(Project project, RuleContext ctx) {
        ctx.report(new Location("src/app.ts", 1, 1, 1, 2, null), "reported before the failure").add();
        throw new IllegalStateException("simulated rule bug");
    }
}
