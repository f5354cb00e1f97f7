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
            // ignoreExpiration: true beside code of the same file that compares the payload's exp with the clock and
            // throws (a passport strategy's validate() doing the check itself): the expiry is enforced, only elsewhere
            if (v.ignoreExpiration() && !expiryCheckedBeside(project, v)) {
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

    /** {@code if (now > payload.exp) { ... throw ... }}: an if whose test compares a token's exp with the clock, and its block. */
    private static final java.util.regex.Pattern IF_BLOCK = java.util.regex.Pattern.compile("\\bif\\s*\\(([^{};]*?)\\)\\s*\\{((?:[^{}]|\\$\\{[^{}]*\\})*)\\}");
    private static final String CLOCK = "(?:now|nowSeconds|currentTime|nowInSeconds|Date\\.now\\(\\)|Math\\.floor\\(\\s*Date\\.now\\(\\)\\s*/\\s*1000\\s*\\))";
    private static final java.util.regex.Pattern EXP_TEST = java.util.regex.Pattern.compile(
            CLOCK + "\\s*>=?\\s*[\\w$.?]*\\bexp\\b(?!\\s*\\*)|[\\w$.?]*\\bexp\\s*(?:\\*\\s*1000\\s*)?<=?\\s*" + CLOCK);

    private static boolean expiryCheckedBeside(Project project, Tokens.Verifier v) {
        if (v.call() == null || v.call().path() == null) return false;
        String text = String.join("\n", dev.backcheck.concepts.SourceLines.read(project, v.call().path()));
        java.util.regex.Matcher m = IF_BLOCK.matcher(text);
        while (m.find()) if (EXP_TEST.matcher(m.group(1)).find() && m.group(2).contains("throw ")) return true;
        return false;
    }
}
