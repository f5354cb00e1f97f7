package dev.backcheck.rules.jwt;

import dev.backcheck.concepts.Tokens;
import dev.backcheck.model.Project;
import dev.backcheck.rules.Rule;
import dev.backcheck.rules.RuleContext;
import dev.backcheck.rules.RuleId;

import java.util.Locale;

/**
 * Verification that does not pin the algorithm where the library lets the token choose: no {@code algorithms}
 * on jsonwebtoken before 9 (directly, or under passport-jwt 4.0.0, @nestjs/jwt before 10, express-jwt before 6)
 * where that is exploitable for the key given ({@link Tokens.Verifier#unsafeDefault()}: a key that may be empty, so
 * unsigned tokens pass, or a key-retrieval function; a plain secret that is always set admits only HMAC with it,
 * and a PEM public key only public-key algorithms), an allow-list with {@code none}, or one that mixes HMAC with public-key algorithms on those versions
 * (key confusion: the public key used as the HMAC secret). jsonwebtoken 9, jose, fast-jwt and hono/jwt tie the
 * algorithm to the key and are not reported for a missing list.
 */
@RuleId("jwt/verify-without-algorithms")
public final class VerifyWithoutAlgorithmsRule implements Rule {
    @Override
    public void check(Project project, RuleContext ctx) {
        for (Tokens.Verifier v : Tokens.of(project).verifiers()) {
            if (v.test()) continue;
            String fw = JwtFindings.framework(project, v.library());
            String name = JwtFindings.verifier(v);
            if (v.algorithms() == null) {
                if (v.unsafeDefault() == null) continue;
                ctx.report(v.call(), name + " verifies without an algorithms allow-list: " + v.unsafeDefault() + ".").fix(ctx.meta().fixText(fw)).property("framework", fw).add();
                continue;
            }
            boolean none = v.algorithms().stream().anyMatch(a -> a.equalsIgnoreCase("none"));
            boolean hs = v.algorithms().stream().anyMatch(a -> a.toUpperCase(Locale.ROOT).startsWith("HS"));
            boolean pk = v.algorithms().stream().anyMatch(a -> a.toUpperCase(Locale.ROOT).matches("(RS|PS|ES)\\d+|EDDSA"));
            if (none) {
                ctx.report(v.algorithmsAt() != null ? v.algorithmsAt() : v.call(), name + " accepts the algorithm 'none' "
                        + v.algorithms() + ": a token without a signature passes whenever the key is missing.")
                        .fix(ctx.meta().fixText(fw)).property("framework", fw).add();
            } else if (hs && pk && v.legacy() != null) {
                ctx.report(v.algorithmsAt() != null ? v.algorithmsAt() : v.call(), name + " allows both HMAC and public-key algorithms "
                        + v.algorithms() + " on a library that does not tie the algorithm to the key: a token signed with HS256 using the"
                        + " public key as the HMAC secret verifies (key confusion).").fix(ctx.meta().fixText(fw)).property("framework", fw).add();
            }
        }
    }
}
