package dev.backcheck.rules.ratelimit;

import dev.backcheck.frameworks.ModelSupport;
import dev.backcheck.lang.facts.FileFacts;
import dev.backcheck.model.*;
import dev.backcheck.rules.Rule;
import dev.backcheck.rules.RuleContext;
import dev.backcheck.rules.RuleId;

import java.util.List;
import java.util.Set;

/**
 * Routes a credential-guessing attacker targets (a password check, a one-time code or token
 * verified for a caller who is not signed in, a one-time code or link sent) with no rate limit on
 * their chain, in an app that does rate limit elsewhere (ratelimit/missing covers apps with none).
 * Decided by what the handler does ({@link RouteBehaviour}); the path's words decide only when the
 * handler cannot be read.
 */
@RuleId("ratelimit/auth-routes")
public final class AuthRoutesRule implements Rule {
    @Override
    public void check(Project project, RuleContext ctx) {
        List<String> keywords = ctx.optionList("path-keywords");
        if (keywords.isEmpty()) keywords = AuthRoutes.KEYWORDS;
        Analysis analysis = ModelSupport.analysis(project);
        RouteBehaviour behaviour = RouteBehaviour.of(project);
        for (Application app : project.applications()) {
            if (!app.anyRouteHas(ControlKind.RATE_LIMIT) && !app.anyMount(ControlKind.RATE_LIMIT)) continue;
            for (Route r : app.routes()) {
                if (r.has(ControlKind.RATE_LIMIT)) continue;
                // the handler limits the rate itself: it answers 429 under its own count (checkRateLimit(store, ip) ..)
                if (handlerLimits(r, analysis)) continue;
                // a dev-only route (a 404 unless a development flag is on) is absent from a deployment
                if (behaviour.devOnly(r)) continue;
                String why = why(r, behaviour, analysis, keywords);
                // the handler cannot be read, or reading it showed nothing it does (a service out of reach):
                // the path's words decide, and only for a caller who is not signed in
                if (why == null && !r.method().equals("GET") && !r.has(ControlKind.AUTH) && AuthRoutes.matches(r.path(), keywords)) {
                    RouteBehaviour.Verdict v = behaviour.of(r);
                    boolean unknown = !behaviour.resolved(r) || v.reasons().stream().allMatch(x -> x == RouteBehaviour.Reason.READ_ONLY);
                    // POST /integrations/oauth/:provider/:id/refresh: a handler that reads nothing of the request but path
                    // parameters naming a stored record takes no credential from its caller: nothing to guess there
                    if (unknown && behaviour.resolved(r) && onlyRecordParams(r, analysis)) unknown = false;
                    // POST /api/register { identifierType, identifier, patientId } queued for processing: a handler that
                    // reads named fields of the request, none a password, token, code or secret, and hands the request
                    // whole to no function, takes no credential from its caller: the path's word is all that says "auth"
                    if (unknown && behaviour.resolved(r) && onlyPlainFields(r)) unknown = false;
                    if (unknown) why = "";
                }
                if (why == null) continue;
                ctx.report(r.location(), r.label() + " is an authentication route with no rate limit on its chain"
                                + (why.isEmpty() ? "" : " (its handler " + why + ")")
                                + ". It invites credential stuffing and brute force.")
                        .fix(fix(app.framework()))
                        .property("framework", app.framework())
                        .add();
            }
        }
    }

    /**
     * What makes a route a credential-guessing target, read from its handler, or null: it checks a
     * password (also behind authentication: change-password), or, for a caller who is not signed in,
     * verifies a one-time code or token, sends a one-time code or link, hands credentials to an
     * identity provider or issues a token after a password check.
     */
    private static String why(Route r, RouteBehaviour behaviour, Analysis analysis, List<String> keywords) {
        if (r.method().equals("GET")) return null; // an OAuth redirect or a page, not a credential check
        RouteBehaviour.Verdict v = behaviour.of(r);
        if (v.shows(RouteBehaviour.Reason.PASSWORD)) return "checks a password";
        // a logout (it clears the caller's cookie or ends its session): the token it looks up or blacklists is the caller's
        // own, and its answer is the same whatever was sent: nothing to guess
        if (v.shows(RouteBehaviour.Reason.ENDS_SESSION)) return null;
        if (r.has(ControlKind.AUTH)) return null; // a signed-in caller is no credential-guessing target otherwise
        // a handler taking the password the client sends (no signed-in user read) is the login even when its own 401
        // answers a wrong one (if (password === DEMO_PASSWORD) .. else 401): that 401 is the check a guesser retries
        if (v.shows(RouteBehaviour.Reason.CLIENT_PASSWORD)) return "takes a password from the client (a login, sign-up or reset)";
        // the same where the handler authenticates its caller itself (const userId = await getUserId(request);
        // if (!userId) return reply.status(401)): an authenticated route, its bearer token no secret to guess
        if (dev.backcheck.concepts.Authentication.handlerAuthenticatesCaller(analysis, r)) return null;
        // PUT/DELETE /comments/:id { authorToken }: the record named in the path is changed by whoever holds its own key
        // (an edit key handed out when it was made), no account's credential to guess
        // POST /webhooks/blockcypher checking the shared secret the provider was given: a service calling back, which
        // retries in bursts by design, not an account whose credential a person guesses
        if (v.shows(RouteBehaviour.Reason.STORED_CODE) && !recordAction(r) && !providerCallback(r)) return "checks a one-time code or token";
        // a provider calling back (POST /webhooks/stripe) that mails a receipt: no person's code to guess
        if (v.shows(RouteBehaviour.Reason.ONE_TIME_LINK) && !providerCallback(r)) return "sends a one-time code or link";
        // creating an account is a target when it takes a password (a sign-up, not a checkout creating a customer)
        if (v.shows(RouteBehaviour.Reason.SIGN_UP) && AuthRoutes.matches(r.path(), keywords)) return "creates an account";
        // a handler that resolves its caller from the session or bearer token it carries and answers 401 without one
        // (const userId = await getUserId(request); if (!userId) return 401) is an authenticated route, not a login:
        // a session token is no password to guess
        if (v.shows(RouteBehaviour.Reason.REJECTS) && !verifiesSignedToken(r, analysis) && !providerCallback(r)) return "checks what the caller sends and answers 401 when it is wrong";
        if (v.shows(RouteBehaviour.Reason.IDENTITY_PROVIDER)) return "hands credentials to an identity provider";
        if (r.handler() != null) {
            FileFacts hf = analysis.fnFile(r.handler());
            Analysis.Summary s = hf == null ? null : analysis.summary(r.handler(), hf);
            if (s != null && s.comparesPassword() && s.issuesToken()) return "checks a password and issues a token";
        }
        return null;
    }

    /** A path segment naming a provider's call back to the server: /webhooks/stripe, /hooks/github, /webhook. */
    private static final java.util.regex.Pattern CALLBACK_SEGMENT = java.util.regex.Pattern.compile("(?i)(web)?hooks?");

    private static boolean providerCallback(Route r) {
        for (String seg : r.path().split("/")) if (CALLBACK_SEGMENT.matcher(seg).matches()) return true;
        return false;
    }

    private static final java.util.regex.Pattern CODE_PARAM = java.util.regex.Pattern.compile(".*(token|code|otp|key|hash|secret|pin).*");

    /** An update or delete of the record a path parameter names (PUT/PATCH/DELETE /notes/:id). */
    private static boolean recordAction(Route r) {
        if (!(r.method().equals("PUT") || r.method().equals("PATCH") || r.method().equals("DELETE"))) return false;
        boolean param = false;
        for (String seg : r.path().split("/")) {
            String name = seg.startsWith(":") ? seg.substring(1) : seg.startsWith("{") && seg.endsWith("}") ? seg.substring(1, seg.length() - 1) : null;
            if (name == null) continue;
            // PUT /reset/:token, DELETE /invites/:code: the code itself travels in the path, it is the credential
            if (CODE_PARAM.matcher(name.toLowerCase(java.util.Locale.ROOT)).matches()) return false;
            param = true;
        }
        return param;
    }

    /**
     * Whether the handler reads from the request only path parameters that name a record (not a token, code or key), and
     * hands the request to no other function: the caller sends no credential.
     */
    private static boolean onlyRecordParams(Route r, Analysis analysis) {
        if (r.handler() == null) return false;
        for (String seg : r.path().split("/")) {
            if ((seg.startsWith(":") || seg.startsWith("{")) && CODE_PARAM.matcher(seg.toLowerCase(java.util.Locale.ROOT)).matches()) return false;
        }
        List<dev.backcheck.lang.facts.Fn> all = new java.util.ArrayList<>();
        Analysis.collect(r.handler(), all, 0);
        boolean reads = false;
        for (dev.backcheck.lang.facts.Fn f : all) {
            for (dev.backcheck.lang.facts.Fn.Read rd : f.reads()) {
                if (!rd.part().equals("params")) return false;
                if (rd.value() instanceof dev.backcheck.lang.facts.Val.Req q && !q.path().isEmpty()
                        && CODE_PARAM.matcher(q.path().get(q.path().size() - 1).toLowerCase(java.util.Locale.ROOT)).matches()) return false;
                reads = true;
            }
            for (dev.backcheck.lang.facts.CallSite cs : f.calls()) {
                for (dev.backcheck.lang.facts.Val a : cs.args()) {
                    // the request or the context handed on whole: what the callee reads is not known here
                    if (a instanceof dev.backcheck.lang.facts.Val.Req q && q.path().isEmpty()) return false;
                    if (a instanceof dev.backcheck.lang.facts.Val.Param p && p.path().isEmpty() && p.index() == 0 && r.handler().param(0) != null
                            && r.handler().param(0).name().equals(p.name())) return false;
                }
            }
        }
        return reads;
    }

    private static final java.util.regex.Pattern CREDENTIAL_FIELD = java.util.regex.Pattern.compile(
            "(?i).*(pass|pwd|token|code|otp|secret|pin|key|hash|credential|signature|nonce|magic).*");

    /**
     * Whether the handler reads from the request only named fields of its body, query or path, none named like a
     * credential, and hands neither the request nor its context whole to any function.
     */
    private static boolean onlyPlainFields(Route r) {
        if (r.handler() == null) return false;
        List<dev.backcheck.lang.facts.Fn> all = new java.util.ArrayList<>();
        Analysis.collect(r.handler(), all, 0);
        int[] fields = {0};
        boolean[] other = {false};
        java.util.function.Predicate<dev.backcheck.lang.facts.Val> seen = x -> {
            if (!(x instanceof dev.backcheck.lang.facts.Val.Req q)) return false;
            boolean part = Set.of("body", "query", "params").contains(q.part()) || q.part().startsWith("valid:");
            if (!part || q.path().isEmpty() || q.path().stream().anyMatch(seg -> CREDENTIAL_FIELD.matcher(seg).matches())) other[0] = true;
            else fields[0]++;
            return false;
        };
        for (dev.backcheck.lang.facts.Fn f : all) {
            for (dev.backcheck.lang.facts.Fn.Read rd : f.reads()) if (rd.value() != null) dev.backcheck.lang.facts.Vals.anyPart(rd.value(), seen);
            for (dev.backcheck.lang.facts.CallSite cs : f.calls()) {
                dev.backcheck.lang.facts.Vals.anyPart(cs.callee(), seen);
                for (dev.backcheck.lang.facts.Val a : cs.args()) {
                    dev.backcheck.lang.facts.Vals.anyPart(a, seen);
                    // the context or request handed on whole: what the callee reads is not known here
                    if (a instanceof dev.backcheck.lang.facts.Val.Param p && p.path().isEmpty() && r.handler().param(p.index()) != null
                            && r.handler().param(p.index()).name().equals(p.name())) return false;
                }
            }
        }
        return fields[0] > 0 && !other[0];
    }

    /** The handler answers 429 under its own count (a hand-written or store-backed limiter it calls first). */
    private static boolean handlerLimits(Route r, Analysis analysis) {
        if (r.handler() == null) return false;
        FileFacts hf = analysis.fnFile(r.handler());
        return hf != null && analysis.summary(r.handler(), hf).rateLimits();
    }

    /** The handler authenticates its caller itself by a signed token (jwt.verify of a session cookie): nothing to guess. */
    private static boolean verifiesSignedToken(Route r, Analysis analysis) {
        if (r.handler() == null) return false;
        FileFacts hf = analysis.fnFile(r.handler());
        return hf != null && analysis.summary(r.handler(), hf).verifiesToken();
    }

    static String fix(String framework) {
        return switch (framework) {
            case "fastify" -> "add a stricter per-route limit: app.post(url, { config: { rateLimit: { max: 5, timeWindow: '15 minutes' } } }, handler)";
            case "nestjs" -> "decorate the handler with @Throttle({ default: { limit: 5, ttl: 900000 } }) and make sure ThrottlerGuard applies";
            case "hono" -> "mount a stricter limiter on the path: app.use('/auth/login', rateLimiter({ windowMs: 15 * 60_000, limit: 5, keyGenerator }))";
            case "spring" -> "put a stricter limit on the handler: @RateLimiter(name = \"login\") with resilience4j.ratelimiter.instances.login.limit-for-period=5, or a Bucket4j filter on the path";
            default -> "add a stricter limiter to the route: router.post('/login', rateLimit({ windowMs: 15 * 60_000, limit: 5 }), handler)";
        };
    }
}

