package dev.backcheck.rules.jwt;

import dev.backcheck.concepts.Tokens;
import dev.backcheck.model.Project;
import dev.backcheck.rules.Rule;
import dev.backcheck.rules.RuleContext;
import dev.backcheck.rules.RuleId;

/**
 * A token signed without an expiry: no {@code expiresIn} (in the call or the module/plugin defaults), no
 * {@code setExpirationTime}, no {@code exp} in the payload. It stays valid until the secret changes. Tokens
 * recognised as something other than an access or refresh token (email verification, links) are left out.
 */
@RuleId("jwt/no-expiry")
public final class NoExpiryRule implements Rule {
    @Override
    public void check(Project project, RuleContext ctx) {
        for (Tokens.Issuer i : Tokens.of(project).issuers()) {
            if (i.test() || i.expiry().state() != Tokens.ExpiryState.NONE || !i.purpose().session()) continue;
            String kind = i.purpose() == Tokens.Purpose.REFRESH ? "refresh token" : "access token";
            String msg = JwtFindings.signer(i.library()) + " issues a" + (kind.startsWith("a") ? "n " : " ") + kind + " with no expiry"
                    + (i.defaults() != null ? " (neither the call nor the defaults at " + i.defaults() + " set expiresIn)" : "")
                    + ": a token that leaks stays valid until the secret is rotated, and logging out cannot end it.";
            String fw = JwtFindings.framework(project, i.library());
            ctx.report(i.expiry().at() != null ? i.expiry().at() : i.call(), msg).fix(ctx.meta().fixText(fw)).property("framework", fw).add();
        }
    }
}
