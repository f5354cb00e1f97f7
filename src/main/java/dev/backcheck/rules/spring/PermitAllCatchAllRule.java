package dev.backcheck.rules.spring;

import dev.backcheck.frameworks.spring.SecurityChain;
import dev.backcheck.frameworks.spring.SecurityChain.Access;
import dev.backcheck.frameworks.spring.SecurityChain.AuthzRule;
import dev.backcheck.frameworks.spring.SpringSecurity;
import dev.backcheck.model.Project;
import dev.backcheck.rules.Rule;
import dev.backcheck.rules.RuleContext;
import dev.backcheck.rules.RuleId;

import java.util.List;

/**
 * Spring Security rules that open every path: a catch-all permitAll ({@code anyRequest()} or {@code /**}, for
 * every method) ahead of rules that require authentication (they never apply), or {@code anyRequest().permitAll()}
 * closing a chain whose other rules protect paths (every unlisted endpoint is public). A chain whose rules all
 * permit is a deliberately public service and is not reported.
 */
@RuleId("spring/permit-all-catch-all")
public final class PermitAllCatchAllRule implements Rule {
    @Override
    public void check(Project project, RuleContext ctx) {
        for (SecurityChain c : SpringSecurity.of(project).chains()) {
            List<AuthzRule> rules = c.rules();
            for (int i = 0; i < rules.size(); i++) {
                AuthzRule r = rules.get(i);
                if (r.access() != Access.PERMIT_ALL || !r.catchAll() || !r.methods().isEmpty()) continue;
                AuthzRule shadowed = null;
                for (int j = i + 1; j < rules.size() && shadowed == null; j++) if (rules.get(j).access().requiresAuth()) shadowed = rules.get(j);
                AuthzRule protectedBefore = null;
                for (int j = 0; j < i && protectedBefore == null; j++) if (rules.get(j).access().requiresAuth()) protectedBefore = rules.get(j);
                String what = r.anyRequest() ? "anyRequest()." + r.expr() : "a /** " + r.expr() + " rule";
                if (shadowed != null) {
                    ctx.report(r.at(), what + " comes before rules that require authentication (" + shadowed.expr() + " at line "
                                    + shadowed.at().line() + "): Spring Security uses the first rule that matches, so those rules never apply"
                                    + " and every path is public.")
                            .related(shadowed.at(), "never reached")
                            .fix(ctx.meta().fixText("spring", "shadow"))
                            .property("framework", "spring")
                            .add();
                } else if (protectedBefore != null && r.anyRequest()) {
                    ctx.report(r.at(), what + " ends a chain that protects other paths (" + protectedBefore.expr() + " at line "
                                    + protectedBefore.at().line() + "): every endpoint not listed above, including any added later, is public.")
                            .related(protectedBefore.at(), "the chain protects this")
                            .fix(ctx.meta().fixText("spring", "last"))
                            .property("framework", "spring")
                            .add();
                }
            }
        }
    }
}
