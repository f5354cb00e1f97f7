package dev.backcheck.rules.secrets;

import dev.backcheck.concepts.Secrets;
import dev.backcheck.findings.Level;
import dev.backcheck.model.Project;
import dev.backcheck.rules.Rule;
import dev.backcheck.rules.RuleContext;
import dev.backcheck.rules.RuleId;
import dev.backcheck.rules.TaintRule;

/**
 * Secret values written in code ({@link Secrets}): known key formats, private keys, connection strings with a
 * password for a remote host (error), and random-looking literals bound to secret names (warning). Not in test,
 * fixture or example code; JWT and session secrets are left to jwt/hardcoded-secret and session/insecure-config.
 */
@RuleId("secrets/hardcoded")
public final class HardcodedRule implements Rule {
    @Override
    public void check(Project project, RuleContext ctx) {
        for (Secrets.Secret s : Secrets.of(project).secrets()) {
            if (s.test() || Secrets.coveredElsewhere(project, s.at())) continue;
            String where = s.context() == null ? "" : " (" + s.context() + ")";
            String msg = "hardcoded " + s.kind() + where + ": " + s.preview()
                    + " is in the source, so everyone with the repository (and every build artifact) has it; it cannot be rotated without a release";
            ctx.report(s.at(), msg)
                    .level(s.known() || s.kind().startsWith("connection") ? Level.ERROR : Level.WARNING)
                    .fix(ctx.meta().fixText(TaintRule.frameworkOf(project, s.at().path())))
                    .property("kind", s.kind())
                    .add();
        }
    }
}
