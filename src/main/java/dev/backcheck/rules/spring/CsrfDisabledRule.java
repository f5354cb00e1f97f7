package dev.backcheck.rules.spring;

import dev.backcheck.frameworks.spring.SecurityChain;
import dev.backcheck.frameworks.spring.SpringSecurity;
import dev.backcheck.model.Project;
import dev.backcheck.rules.Rule;
import dev.backcheck.rules.RuleContext;
import dev.backcheck.rules.RuleId;

/**
 * A Spring Security chain that disables CSRF protection while it signs users in with a session cookie
 * (formLogin, oauth2Login, saml2Login, rememberMe) and is not stateless. Chains that only take bearer
 * tokens do not depend on cookies and are left alone.
 */
@RuleId("spring/csrf-disabled")
public final class CsrfDisabledRule implements Rule {
    @Override
    public void check(Project project, RuleContext ctx) {
        for (SecurityChain c : SpringSecurity.of(project).chains()) {
            if (c.csrfDisabled() == null || c.sessionLogin() == null || c.stateless()) continue;
            ctx.report(c.csrfDisabled(), "CSRF protection is disabled on a Spring Security chain that signs users in with a session cookie"
                            + " (at " + c.sessionLogin().path() + ":" + c.sessionLogin().line() + "): another website can post a form that"
                            + " the browser sends with the victim's session, and the state-changing request runs as the victim.")
                    .related(c.sessionLogin(), "session login configured here")
                    .fix(ctx.meta().fixText("spring"))
                    .property("framework", "spring")
                    .add();
        }
    }
}
