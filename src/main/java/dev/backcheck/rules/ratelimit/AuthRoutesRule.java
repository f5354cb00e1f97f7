package dev.backcheck.rules.ratelimit;

import dev.backcheck.frameworks.ModelSupport;
import dev.backcheck.lang.facts.FileFacts;
import dev.backcheck.model.*;
import dev.backcheck.rules.Rule;
import dev.backcheck.rules.RuleContext;
import dev.backcheck.rules.RuleId;

import java.util.List;

/**
 * Login, signup, password reset, token refresh and OTP routes with no rate limit on their chain,
 * in an app that does rate limit elsewhere (ratelimit/missing covers apps with none).
 */
@RuleId("ratelimit/auth-routes")
public final class AuthRoutesRule implements Rule {
    @Override
    public void check(Project project, RuleContext ctx) {
        List<String> keywords = ctx.optionList("path-keywords");
        if (keywords.isEmpty()) keywords = AuthRoutes.KEYWORDS;
        Analysis analysis = ModelSupport.analysis(project);
        for (Application app : project.applications()) {
            if (!app.anyRouteHas(ControlKind.RATE_LIMIT) && !app.anyMount(ControlKind.RATE_LIMIT)) continue;
            for (Route r : app.routes()) {
                if (r.has(ControlKind.RATE_LIMIT)) continue;
                boolean byPath = !r.method().equals("GET") && AuthRoutes.matches(r.path(), keywords);
                boolean byBehaviour = false;
                if (r.handler() != null) {
                    FileFacts hf = analysis.fnFile(r.handler());
                    Analysis.Summary s = hf == null ? null : analysis.summary(r.handler(), hf);
                    byBehaviour = s != null && s.comparesPassword() && s.issuesToken();
                }
                if (!byPath && !byBehaviour) continue;
                ctx.report(r.location(), r.label() + " is an authentication route with no rate limit on its chain"
                                + (byBehaviour && !byPath ? " (its handler checks a password and issues a token)" : "")
                                + ". It invites credential stuffing and brute force.")
                        .fix(fix(app.framework()))
                        .property("framework", app.framework())
                        .add();
            }
        }
    }

    static String fix(String framework) {
        return switch (framework) {
            case "fastify" -> "add a stricter per-route limit: app.post(url, { config: { rateLimit: { max: 5, timeWindow: '15 minutes' } } }, handler)";
            case "nestjs" -> "decorate the handler with @Throttle({ default: { limit: 5, ttl: 900000 } }) and make sure ThrottlerGuard applies";
            case "hono" -> "mount a stricter limiter on the path: app.use('/auth/login', rateLimiter({ windowMs: 15 * 60_000, limit: 5, keyGenerator }))";
            default -> "add a stricter limiter to the route: router.post('/login', rateLimit({ windowMs: 15 * 60_000, limit: 5 }), handler)";
        };
    }
}
