package dev.backcheck.rules.jwt;

import dev.backcheck.concepts.Tokens;
import dev.backcheck.model.Project;
import dev.backcheck.rules.Rule;
import dev.backcheck.rules.RuleContext;
import dev.backcheck.rules.RuleId;

/**
 * A token lifetime over the limit for its kind: access tokens over {@code max-access-ttl} (default 15m),
 * tokens recognised as refresh tokens (by name, payload type, separate secret or config key) over
 * {@code max-refresh-ttl} (default 30d). The lifetime is the one the library computes from what is written
 * ({@code '7d'}, 604800, {@code setExpirationTime('2h')}, {@code exp: now + 3600}, a config default).
 */
@RuleId("jwt/long-expiry")
public final class LongExpiryRule implements Rule {
    @Override
    public void check(Project project, RuleContext ctx) {
        long maxAccess = limit(ctx.option("max-access-ttl"), 900);
        long maxRefresh = limit(ctx.option("max-refresh-ttl"), 30L * 86400);
        for (Tokens.Issuer i : Tokens.of(project).issuers()) {
            Tokens.Expiry e = i.expiry();
            if (i.test() || e.state() != Tokens.ExpiryState.SET || e.seconds() < 0 || i.purpose() == Tokens.Purpose.OTHER) continue;
            boolean refresh = i.purpose() == Tokens.Purpose.REFRESH;
            long max = refresh ? maxRefresh : maxAccess;
            if (e.seconds() <= max) continue;
            String kind = refresh ? "refresh token" : "access token";
            String written = e.written() == null ? "" : " (" + e.source() + ": " + e.written() + ")";
            String why = !refresh || i.purposeWhy() == null || i.purposeWhy().isEmpty() ? "" : " (recognised by " + i.purposeWhy() + ")";
            String msg = "This " + kind + why + " lives " + JwtFindings.duration(e.seconds()) + written + ", over the "
                    + JwtFindings.duration(max) + " allowed for " + kind + "s (" + (refresh ? "max-refresh-ttl" : "max-access-ttl")
                    + "): a stolen token stays usable that long" + (refresh ? "." : "; keep access tokens short and renew them with a refresh token.");
            String fw = JwtFindings.framework(project, i.library());
            ctx.report(e.at() != null ? e.at() : i.call(), msg).fix(ctx.meta().fixText(fw, refresh ? "refresh" : "access"))
                    .property("framework", fw).property("seconds", Long.toString(e.seconds())).add();
        }
    }

    private static long limit(Object option, long dflt) {
        long s = JwtFindings.seconds(option);
        return s > 0 ? s : dflt;
    }
}
