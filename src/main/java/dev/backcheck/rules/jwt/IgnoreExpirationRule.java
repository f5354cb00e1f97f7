package dev.backcheck.rules.jwt;

import dev.backcheck.concepts.Tokens;
import dev.backcheck.model.Project;
import dev.backcheck.rules.Rule;
import dev.backcheck.rules.RuleContext;
import dev.backcheck.rules.RuleId;

/**
 * Verification that accepts expired tokens: {@code ignoreExpiration: true} (jsonwebtoken, passport-jwt,
 * @nestjs/jwt, fast-jwt), hono/jwt {@code exp: false}, or a {@code clockTolerance} over a minute (seconds in
 * jsonwebtoken and jose, milliseconds in @fastify/jwt's fast-jwt).
 */
@RuleId("jwt/ignore-expiration")
public final class IgnoreExpirationRule implements Rule {
    @Override
    public void check(Project project, RuleContext ctx) {
        for (Tokens.Verifier v : Tokens.of(project).verifiers()) {
            if (v.test()) continue;
            String fw = JwtFindings.framework(project, v.library());
            String name = JwtFindings.verifier(v);
            if (v.ignoreExpiration()) {
                ctx.report(v.ignoreAt() != null ? v.ignoreAt() : v.call(), name + " is told to ignore the token's expiry: an expired or"
                        + " stolen token keeps working forever, whatever lifetime it was signed with.")
                        .fix(ctx.meta().fixText(fw)).property("framework", fw).add();
            }
            if (v.toleranceSeconds() > 60) {
                ctx.report(v.toleranceAt() != null ? v.toleranceAt() : v.call(), name + " accepts tokens up to "
                        + JwtFindings.duration(v.toleranceSeconds()) + " after they expire (clockTolerance " + v.toleranceWritten()
                        + "); clock skew between servers needs seconds, not minutes.").fix(ctx.meta().fixText(fw)).property("framework", fw).add();
            }
        }
    }
}
