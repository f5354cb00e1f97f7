package dev.backcheck.rules.session;

import dev.backcheck.concepts.Cookies;
import dev.backcheck.concepts.Sessions;
import dev.backcheck.findings.Level;
import dev.backcheck.findings.Location;
import dev.backcheck.model.Project;
import dev.backcheck.rules.Rule;
import dev.backcheck.rules.RuleContext;
import dev.backcheck.rules.RuleId;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A session or auth cookie sent without httpOnly (scripts can read the token), without secure (it travels
 * over plain HTTP; not reported where the cookie is set only outside production, or where secure follows the
 * environment) or without sameSite (browsers attach it to cross-site requests). The cookies and sessions, with
 * each library's defaults, come from {@link Cookies} and {@link Sessions}. Only sameSite missing is a note.
 */
@RuleId("session/cookie-flags")
public final class CookieFlagsRule implements Rule {
    @Override
    public void check(Project project, RuleContext ctx) {
        for (Sessions.Session s : Sessions.of(project).all()) {
            // (a session no code ever puts anything in sends no cookie: Sessions.neverIssued)
            if (!s.known() || Sessions.of(project).neverIssued(s)) continue;
            List<String> missing = missing(s.cookie(), s.devOnly(), true);
            if (missing.isEmpty()) continue;
            String name = s.cookieName() == null ? "its session cookie" : "its session cookie '" + s.cookieName() + "'";
            String remark = s.remark() == null ? "" : " (" + s.remark() + ")";
            report(ctx, s.at(), s.library() + " sends " + name + " " + describe(missing, s.cookie(), s.library()) + remark + ".", missing,
                    s.framework(), "session", s.cookieName());
        }
        for (Cookies.Cookie c : Cookies.of(project).authCookies()) {
            List<String> missing = missing(c.options(), c.devOnly(), false);
            if (missing.isEmpty()) continue;
            report(ctx, c.at(), c.api() + " sets " + c.label() + ", which carries a session or auth token (" + c.auth() + "), "
                    + describe(missing, c.options(), null) + ".", missing, c.framework(), "cookie", c.name());
        }
    }

    /** The flags a cookie goes without: httpOnly and secure when off, sameSite when absent. */
    private static List<String> missing(Cookies.Options o, boolean devOnly, boolean session) {
        List<String> out = new ArrayList<>();
        if (!o.known()) return out;
        if (o.httpOnly().off()) out.add("httpOnly");
        if (o.secure().off() && !devOnly) out.add("secure");
        if (o.sameSiteMissing()) out.add("sameSite");
        return out;
    }

    private static String describe(List<String> missing, Cookies.Options o, String library) {
        List<String> parts = new ArrayList<>();
        for (String m : missing) {
            switch (m) {
                case "httpOnly" -> parts.add(o.httpOnly().explicit() ? "with httpOnly: false (any script on the page, an XSS payload included, can read and steal it)"
                        : "without httpOnly (any script on the page, an XSS payload included, can read and steal it)");
                case "secure" -> parts.add((o.secure().explicit() ? "with secure: false (" : "without secure (" + (library != null ? library + "'s default is false; " : ""))
                        + "the browser also sends it over plain HTTP, where anyone on the network can copy it)");
                default -> parts.add("without sameSite (browsers that do not default to Lax attach it to requests other sites trigger)");
            }
        }
        return String.join(", ", parts);
    }

    static String fill(String t, Map<String, String> values) {
        if (t == null) return null;
        for (Map.Entry<String, String> e : values.entrySet()) t = t.replace("{" + e.getKey() + "}", e.getValue());
        return t;
    }

    private static void report(RuleContext ctx, Location at, String message, List<String> missing, String framework, String kind, String name) {
        StringBuilder flags = new StringBuilder();
        if ("spring".equals(framework)) {
            // Java: the setter calls of a servlet Cookie, or the ResponseCookie builder steps
            if (missing.contains("httpOnly")) flags.append("httpOnly(true), ");
            if (missing.contains("secure")) flags.append("secure(true), ");
            if (missing.contains("sameSite")) flags.append("sameSite(\"Lax\"), ");
        } else if (missing.contains("httpOnly")) flags.append("httpOnly: true, ");
        if (!"spring".equals(framework) && missing.contains("secure")) flags.append("secure: process.env.NODE_ENV === 'production', ");
        if (!"spring".equals(framework) && missing.contains("sameSite")) flags.append("sameSite: 'lax', ");
        String f = flags.substring(0, flags.length() - 2);
        if ("spring".equals(framework)) f = f.replace(", ", ".");
        String fix = fill(ctx.meta().fixText(framework, kind), Map.of("flags", f, "name", name == null ? "token" : name));
        ctx.report(at, message)
                .level(missing.equals(List.of("sameSite")) ? Level.NOTE : Level.WARNING)
                .fix(fix)
                .property("framework", framework)
                .add();
    }
}
