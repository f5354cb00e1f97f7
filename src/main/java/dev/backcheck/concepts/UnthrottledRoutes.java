package dev.backcheck.concepts;

import dev.backcheck.lang.facts.CallSite;
import dev.backcheck.lang.facts.Fn;
import dev.backcheck.model.Project;
import dev.backcheck.model.Route;
import dev.backcheck.model.RouteBehaviour;

import java.util.Locale;
import java.util.Set;

/**
 * Routes a request rate limiter has no reason to run ahead of, the concept: what ratelimit/after-routes leaves out of the
 * routes mounted before a global limiter (and so what a rate-limiting claim is not made partial by).
 * <ul>
 * <li>a health probe (HealthChecks): load balancers and orchestrators must never be throttled;</li>
 * <li>a GET of a metrics scrape path (Telemetry): the scraper polls on a schedule, and a throttled scrape loses samples;</li>
 * <li>a CORS preflight answered before everything ({@code app.options('*', cors())}): the browser's OPTIONS request
 *     carries no credentials and reaches no handler;</li>
 * <li>a GET of the root path whose handler does nothing but answer ({@code res.status(200).json({ ok: true })}): a
 *     constant answer gives an attacker nothing to exhaust or guess;</li>
 * <li>a webhook whose handler checks the sender's signature (RouteBehaviour SIGNATURE: Stripe's constructEvent, an HMAC
 *     checked by hand): the provider's retries must not be throttled, and an unsigned request is turned away first.</li>
 * </ul>
 */
public final class UnthrottledRoutes {

    private UnthrottledRoutes() { }

    /** Response methods a handler that only answers calls (Express res.*, Hono/Koa c.*). */
    private static final Set<String> ANSWER = Set.of("status", "json", "send", "end", "sendStatus", "set", "header", "setHeader", "type",
            "text", "html", "body", "code");

    /** Why {@code r} needs no limiter ahead of it, or null when it does. */
    public static String reason(Project project, Route r) {
        if (HealthChecks.isHealthPath(r.path())) return "a health probe";
        String m = r.method() == null ? "" : r.method().toUpperCase(Locale.ROOT);
        if (m.equals("GET") && Telemetry.isMetricsPath(r.path())) return "a metrics scrape endpoint";
        if (m.equals("OPTIONS")) return "a CORS preflight";
        if (m.equals("GET") && (r.path() == null || r.path().isEmpty() || r.path().equals("/")) && answersOnly(r.handler())) {
            return "the root path answering a constant";
        }
        if (!m.equals("GET") && RouteBehaviour.of(project).of(r).shows(RouteBehaviour.Reason.SIGNATURE)) return "a webhook that checks its sender's signature";
        return null;
    }

    /** True when the handler calls nothing but the response's own methods and has no nested function. */
    private static boolean answersOnly(Fn h) {
        if (h == null || !h.nested().isEmpty() || !h.writes().isEmpty()) return false;
        for (CallSite cs : h.calls()) {
            if (cs.methodName() == null || !ANSWER.contains(cs.methodName())) return false;
        }
        return true;
    }
}
