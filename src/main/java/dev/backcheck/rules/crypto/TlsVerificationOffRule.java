package dev.backcheck.rules.crypto;

import dev.backcheck.concepts.TlsSettings;
import dev.backcheck.model.Project;
import dev.backcheck.rules.Rule;
import dev.backcheck.rules.RuleContext;
import dev.backcheck.rules.RuleId;
import dev.backcheck.rules.TaintRule;

/**
 * TLS certificate verification turned off for outgoing connections ({@link TlsSettings}): anyone on the path
 * can impersonate the server (database, SMTP relay, payment API) and read or change the traffic. Settings that
 * only take effect outside production and test code are not reported.
 */
@RuleId("crypto/tls-verification-off")
public final class TlsVerificationOffRule implements Rule {
    @Override
    public void check(Project project, RuleContext ctx) {
        for (TlsSettings.Off o : TlsSettings.of(project).production()) {
            String where = o.where() == null ? "" : " in " + o.where();
            boolean env = o.setting().startsWith("NODE_TLS_REJECT_UNAUTHORIZED");
            String msg = env
                    ? "TLS certificate verification is turned off for every connection of the process (" + o.setting() + (o.where() != null && !o.where().equals("the whole process") ? " in " + o.where() : "") + "): anyone on the network path can impersonate any server it talks to"
                    : "TLS certificate verification is turned off (" + o.setting() + ")" + where + ": anyone on the network path can impersonate the server and read or change the traffic";
            ctx.report(o.at(), msg)
                    .fix(ctx.meta().fixText(TaintRule.frameworkOf(project, o.at().path()), env ? "env" : "options"))
                    .add();
        }
    }
}
