package dev.backcheck.rules.csrf;

import dev.backcheck.concepts.Cookies;
import dev.backcheck.concepts.CsrfProtections;
import dev.backcheck.concepts.Sessions;
import dev.backcheck.findings.Location;
import dev.backcheck.lang.facts.Fn;
import dev.backcheck.model.Application;
import dev.backcheck.model.ControlKind;
import dev.backcheck.model.Project;
import dev.backcheck.model.Route;
import dev.backcheck.rules.Rule;
import dev.backcheck.rules.RuleContext;
import dev.backcheck.rules.RuleId;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;

import java.util.Set;

/**
 * An application whose browser sessions ride on cookies (a session middleware from {@link Sessions}, or an auth
 * cookie from {@link Cookies} that the app reads back to identify the caller) while its state-changing routes run
 * no CSRF protection ({@link CsrfProtections}) and the cookie has no SameSite=Strict/Lax. Reported once per
 * application, at the session or cookie setup, naming a few of those routes. Apps that authenticate only with an
 * {@code Authorization} header are not cookie-based and stay silent; so does an app where the cookie's SameSite
 * is not known. Only routes a cross-site form can reach count: POST (PUT, PATCH and DELETE need a CORS preflight)
 * unless method-override is installed, and only those that authenticate the caller with the cookie (an auth control
 * on the chain that does not take the credential from a header only, see {@link CsrfProtections#headerAuthenticated},
 * or a handler that reads the session or the signed-in user).
 */
@RuleId("csrf/missing")
public final class MissingRule implements Rule {
    private static final int EXAMPLES = 3;

    @Override
    public void check(Project project, RuleContext ctx) {
        Sessions sessions = Sessions.of(project);
        Cookies cookies = Cookies.of(project);
        CsrfProtections csrf = CsrfProtections.of(project);
        // the cookies that identify the caller: session middlewares, and auth cookies the app reads back
        List<Setup> setups = new ArrayList<>();
        // auth cookies the app reads back by name come first (they are what identifies the caller), then sessions
        List<Cookies.AuthRead> reads = cookies.authReads().stream().filter(r -> !r.refreshOnly()).toList();
        List<Setup> unnamed = new ArrayList<>();
        if (!reads.isEmpty()) {
            Set<String> names = new HashSet<>();
            boolean anyName = false;
            for (Cookies.AuthRead r : reads) {
                if (r.name() == null) anyName = true;
                else names.add(r.name());
            }
            for (Cookies.Cookie c : cookies.authCookies()) {
                if (c.devOnly()) continue;
                if (c.name() != null && c.name().toLowerCase(Locale.ROOT).contains("refresh")) continue;
                boolean named = c.name() != null && names.contains(c.name());
                if (!anyName && !named) continue;
                (named ? setups : unnamed).add(new Setup(c.at(), c.label(), c.options(), c.framework()));
            }
        }
        for (Sessions.Session s : sessions.all()) {
            if (s.devOnly()) continue;
            setups.add(new Setup(s.at(), s.library() + " session cookie" + (s.cookieName() == null ? "" : " '" + s.cookieName() + "'"),
                    s.cookie(), s.framework()));
        }
        setups.addAll(unnamed);
        if (setups.isEmpty()) return;
        // SameSite=Strict/Lax on every such cookie stops cross-site form posts; an unknown value is given the benefit
        for (Setup s : setups) if (!s.options().known() || s.options().sameSiteUnknown()) return;
        List<Setup> open = setups.stream().filter(s -> !s.options().sameSiteProtects()).toList();
        if (open.isEmpty()) return;
        boolean methodOverride = project.dependsOn("method-override");
        Set<Location> reported = new HashSet<>();
        dev.backcheck.model.RouteBehaviour behaviour = dev.backcheck.model.RouteBehaviour.of(project);
        for (Application app : project.applications()) {
            if (project.isTestPath(app.location().path())) continue;
            List<Route> unprotected = new ArrayList<>();
            List<Route> later = new ArrayList<>();
            for (Route r : app.routes()) {
                if (!(r.method().equals("POST") || methodOverride && r.isMutation())) continue;
                if (csrf.protects(app, r)) continue;
                // a sign-in, sign-up or sign-out handler acts for no one yet (login CSRF is not what this reports)
                if (!r.has(ControlKind.AUTH) && !readsSession(r) || accountOrReadOnly(behaviour.of(r))) continue;
                // the caller is identified by a header token (Authorization: Bearer), which a cross-site form post does not carry
                if (csrf.headerAuthenticated(r) && !readsPart(r, "session")) continue;
                if (r.has(ControlKind.AUTH)) unprotected.add(r);
                else later.add(r);
            }
            unprotected.addAll(later);
            // examples: routes named like sign-in, sign-up or sign-out last
            List<Route> account = unprotected.stream().filter(r -> dev.backcheck.model.AuthRoutes.matches(r.path(), dev.backcheck.model.AuthRoutes.KEYWORDS)
                    || r.path().toLowerCase(Locale.ROOT).contains("logout") || r.path().toLowerCase(Locale.ROOT).contains("signout")
                    || r.path().toLowerCase(Locale.ROOT).matches(".*/users?")).toList(); // POST /users: usually the sign-up
            if (account.size() == unprotected.size()) continue;
            unprotected.removeAll(account);
            unprotected.addAll(account);
            if (unprotected.isEmpty()) continue;
            Setup at = nearest(open, app);
            if (!reported.add(at.at())) continue;
            List<String> labels = new ArrayList<>();
            for (int i = 0; i < Math.min(EXAMPLES, unprotected.size()); i++) {
                Route r = unprotected.get(i);
                labels.add(r.label() + " (" + r.location().path() + ":" + r.location().line() + ")");
            }
            String more = unprotected.size() > EXAMPLES ? " and " + (unprotected.size() - EXAMPLES) + " more" : "";
            String same = at.options().sameSite().isEmpty() ? "no SameSite attribute" : "SameSite=" + String.join("/", at.options().sameSite());
            RuleContext.Builder b = ctx.report(at.at(), "This " + app.frameworkName() + " app identifies users by the " + at.what() + " (" + same
                    + ") and its state-changing routes run no CSRF protection: " + String.join(", ", labels) + more
                    + ". Another site can make a visitor's browser post to them with the cookie attached.");
            for (int i = 0; i < Math.min(EXAMPLES, unprotected.size()); i++) {
                b.related(unprotected.get(i).location(), unprotected.get(i).label() + " has no CSRF protection");
            }
            b.fix(ctx.meta().fixText(app.framework()))
                    .property("framework", app.framework())
                    .add();
        }
    }

    private record Setup(Location at, String what, Cookies.Options options, String framework) { }

    /**
     * Where to report for an application: the first setup in priority order (auth cookies read back by name, then
     * sessions, then other auth cookies) written under the application's directory, else the first.
     */
    private static Setup nearest(List<Setup> open, Application app) {
        String file = app.location().path();
        String dir = file.contains("/") ? file.substring(0, file.lastIndexOf('/') + 1) : "";
        for (Setup s : open) if (s.at().path().startsWith(dir)) return s;
        return open.get(0);
    }

    private static final Set<dev.backcheck.model.RouteBehaviour.Reason> NOT_FOR_A_USER = java.util.EnumSet.of(
            dev.backcheck.model.RouteBehaviour.Reason.PASSWORD, dev.backcheck.model.RouteBehaviour.Reason.SIGN_UP,
            dev.backcheck.model.RouteBehaviour.Reason.ENDS_SESSION, dev.backcheck.model.RouteBehaviour.Reason.IDENTITY_PROVIDER,
            dev.backcheck.model.RouteBehaviour.Reason.AUTH_LIBRARY, dev.backcheck.model.RouteBehaviour.Reason.CLIENT_PASSWORD,
            dev.backcheck.model.RouteBehaviour.Reason.ONE_TIME_LINK, dev.backcheck.model.RouteBehaviour.Reason.READ_ONLY);

    /** Signs in, up or out, or provably changes nothing: a forged request to it acts for no signed-in user. */
    private static boolean accountOrReadOnly(dev.backcheck.model.RouteBehaviour.Verdict v) {
        return v.publicBecause() != null && NOT_FOR_A_USER.contains(v.publicBecause().reason());
    }

    /** The route's handler reads the session or the signed-in user. */
    private static boolean readsSession(Route r) {
        return readsPart(r, "session") || readsPart(r, "user");
    }

    /** The route's handler (or a function written in it) reads that part of the request. */
    private static boolean readsPart(Route r, String part) {
        Fn h = r.handler();
        if (h == null) return false;
        for (Fn.Read rd : h.reads()) if (rd.part().equals(part)) return true;
        for (Fn n : h.nested()) for (Fn.Read rd : n.reads()) if (rd.part().equals(part)) return true;
        return false;
    }

}
