package dev.backcheck.rules.jwt;

import dev.backcheck.concepts.Tokens;
import dev.backcheck.model.Project;
import dev.backcheck.rules.Rule;
import dev.backcheck.rules.RuleContext;
import dev.backcheck.rules.RuleId;

/**
 * A token lifetime over the limit for its kind: access tokens over {@code max-access-ttl} (default 15m),
 * tokens recognised as refresh tokens (by name, payload type, separate secret or config key) over
 * {@code max-refresh-ttl} (default 30d), one-time link tokens (mailed, or for a verification, reset or invitation link)
 * over {@code max-one-time-ttl} (default 7d). The lifetime is the one the library computes from what is written
 * ({@code '7d'}, 604800, {@code setExpirationTime('2h')}, {@code exp: now + 3600}, a config default).
 */
@RuleId("jwt/long-expiry")
public final class LongExpiryRule implements Rule {
    @Override
    public void check(Project project, RuleContext ctx) {
        long maxAccess = limit(ctx.option("max-access-ttl"), 900);
        long maxRefresh = limit(ctx.option("max-refresh-ttl"), 30L * 86400);
        long maxOneTime = limit(ctx.option("max-one-time-ttl"), 7L * 86400);
        for (Tokens.Issuer i : Tokens.of(project).issuers()) {
            Tokens.Expiry e = i.expiry();
            if (i.test() || e.state() != Tokens.ExpiryState.SET || e.seconds() < 0 || i.purpose() == Tokens.Purpose.OTHER) continue;
            // a script a person runs by hand that signs a token only to call the API itself with it
            if (ownRequestOnly(project, i)) continue;
            // the lifetime is handed to the app's signer by a test (generateToken(payload, '1h') in __tests__/helpers):
            // the tests' tokens, not the ones the app issues
            if (e.at() != null && e.at().path() != null && !e.at().path().equals(i.file()) && project.isTestPath(e.at().path())) continue;
            boolean refresh = i.purpose() == Tokens.Purpose.REFRESH;
            boolean oneTime = i.purpose() == Tokens.Purpose.ONE_TIME;
            long max = refresh ? maxRefresh : oneTime ? maxOneTime : maxAccess;
            if (e.seconds() <= max) continue;
            String kind = refresh ? "refresh token" : oneTime ? "one-time link token" : "access token";
            String option = refresh ? "max-refresh-ttl" : oneTime ? "max-one-time-ttl" : "max-access-ttl";
            String written = e.written() == null ? "" : " (" + e.source() + ": " + e.written() + ")";
            String why = refresh || oneTime ? i.purposeWhy() == null || i.purposeWhy().isEmpty() ? "" : " (recognised by " + i.purposeWhy() + ")" : "";
            String tail = refresh ? "." : oneTime ? "; a mailed link should expire soon (an hour for a password reset) and work once."
                    : "; keep access tokens short and renew them with a refresh token.";
            String msg = "This " + kind + why + " lives " + JwtFindings.duration(e.seconds()) + written + ", over the "
                    + JwtFindings.duration(max) + " allowed for " + kind + "s (" + option + "): a stolen token stays usable that long" + tail;
            String fw = JwtFindings.framework(project, i.library());
            ctx.report(e.at() != null ? e.at() : i.call(), msg).fix(ctx.meta().fixText(fw, refresh ? "refresh" : oneTime ? "one-time" : "access"))
                    .property("framework", fw).property("seconds", Long.toString(e.seconds())).add();
        }
    }

    /**
     * The token is signed in a stand-alone script (nothing loads it, it is no application: {@link
     * dev.backcheck.concepts.ServerCode#standaloneScript}) under a name that the script only ever writes into an
     * Authorization header of its own request ({@code 'Authorization': `Bearer ${token}`}): a one-off call by an operator,
     * not a token handed to a user or printed for later use.
     */
    private static boolean ownRequestOnly(Project project, Tokens.Issuer i) {
        if (i.fn() == null || i.call() == null || !dev.backcheck.concepts.ServerCode.of(project).standaloneScript(i.file())) return false;
        String name = null;
        for (dev.backcheck.lang.facts.Fn.Named n : i.fn().names()) {
            if (n.value() != null && dev.backcheck.concepts.DbClients.within(i.call(), n.value())) name = n.name();
        }
        String src = dev.backcheck.concepts.SourceLines.text(project, i.file(), 2_000_000);
        if (name == null || src == null) return false;
        java.util.regex.Pattern use = java.util.regex.Pattern.compile("(?<![\\w$.])" + java.util.regex.Pattern.quote(name) + "(?![\\w$])");
        java.util.regex.Pattern header = java.util.regex.Pattern.compile("Bearer\\s*\\$\\{\\s*" + java.util.regex.Pattern.quote(name) + "\\s*}"
                + "|['\"]Bearer ['\"]\\s*\\+\\s*" + java.util.regex.Pattern.quote(name) + "(?![\\w$])");
        java.util.regex.Pattern declared = java.util.regex.Pattern.compile("(?:const|let|var)\\s+" + java.util.regex.Pattern.quote(name) + "\\s*=");
        int headers = 0;
        for (String line : src.split("\n")) {
            // (what comments say is no use)
            String t = line.strip();
            if (t.startsWith("//") || t.startsWith("*") || t.startsWith("/*")) continue;
            int cut = line.indexOf(" // ");
            if (cut >= 0) line = line.substring(0, cut);
            java.util.regex.Matcher m = use.matcher(line);
            while (m.find()) {
                if (declared.matcher(line).find()) continue;
                if (header.matcher(line).find()) {
                    headers++;
                    continue;
                }
                return false;
            }
        }
        return headers > 0;
    }

    private static long limit(Object option, long dflt) {
        long s = JwtFindings.seconds(option);
        return s > 0 ? s : dflt;
    }
}
