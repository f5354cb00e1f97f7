package dev.backcheck.rules.authn;

import dev.backcheck.frameworks.ModelSupport;
import dev.backcheck.lang.facts.CallSite;
import dev.backcheck.lang.facts.FileFacts;
import dev.backcheck.lang.facts.Fn;
import dev.backcheck.model.*;
import dev.backcheck.rules.Rule;
import dev.backcheck.rules.RuleContext;
import dev.backcheck.rules.RuleId;

import java.util.List;
import java.util.Locale;

/**
 * POST/PUT/PATCH/DELETE routes with no auth control, in an application that authenticates other
 * routes (so deliberately public APIs stay quiet). Login/signup/reset/refresh and webhooks are
 * public by nature.
 */
@RuleId("authn/unauthenticated-mutation")
public final class UnauthenticatedMutationRule implements Rule {
    @Override
    public void check(Project project, RuleContext ctx) {
        Analysis analysis = ModelSupport.analysis(project);
        List<String> publicKeywords = new java.util.ArrayList<>(ctx.optionList("public-path-keywords"));
        publicKeywords.removeAll(List.of("webhook", "webhooks"));
        if (publicKeywords.isEmpty()) publicKeywords = AuthRoutes.KEYWORDS;
        for (Application app : project.applications()) {
            boolean authenticates = app.anyRouteHas(ControlKind.AUTH) || app.anyMount(ControlKind.AUTH);
            if (!authenticates) continue;
            Route example = app.routes().stream().filter(r -> r.has(ControlKind.AUTH)).findFirst().orElse(null);
            for (Route r : app.routes()) {
                if (!r.isMutation() || r.has(ControlKind.AUTH)) continue;
                if (project.config().publicRoutes().isPublic(r)) continue; // declared public in .backcheck.yml
                boolean webhook = AuthRoutes.matches(r.path(), List.of("webhook", "webhooks"));
                if (webhook ? verifiesSignature(analysis, r.handler(), 0) : AuthRoutes.matches(r.path(), publicKeywords) || publicByNature(r.path())) continue;
                RuleContext.Builder b = ctx.report(r.location(), r.label() + " changes data but no authentication runs on it, while other routes of this "
                        + app.frameworkName() + " app require it.");
                if (example != null) {
                    b.related(example.location(), example.label() + " is protected by " + example.controls(ControlKind.AUTH).get(0).name());
                }
                b.fix(fix(app.framework(), example)).property("framework", app.framework()).add();
            }
        }
    }

    private static final java.util.Set<String> SIGNATURE_CHECKS = java.util.Set.of("constructEvent", "constructEventAsync",
            "verifySignature", "verifyWebhook", "createHmac", "timingSafeEqual", "validateRequest", "verify", "verifyRequest");

    /** A webhook handler that checks the sender's signature authenticates the request itself. */
    private static boolean verifiesSignature(Analysis analysis, Fn fn, int depth) {
        if (fn == null || depth > 2) return false;
        java.util.List<Fn> all = new java.util.ArrayList<>(List.of(fn));
        all.addAll(fn.nested());
        for (Fn f : all) {
            for (CallSite cs : f.calls()) {
                if (cs.methodName() != null && SIGNATURE_CHECKS.contains(cs.methodName())) return true;
                FileFacts ff = analysis.fnFile(f);
                Project.FnRef target = ff == null ? null : analysis.resolveCallee(cs.callee(), ff, f);
                if (target != null && verifiesSignature(analysis, target.fn(), depth + 1)) return true;
            }
        }
        return false;
    }

    private static boolean publicByNature(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        for (String s : List.of("csp-report")) {
            for (String seg : p.split("/")) if (seg.equals(s) || seg.startsWith(s + "-") || seg.endsWith("-" + s)) return true;
        }
        return false;
    }

    private static String fix(String framework, Route example) {
        String name = example == null ? null : example.controls(ControlKind.AUTH).get(0).name();
        // a library control is shown as code, a project control by its name
        String ctl = name == null ? null : switch (name) {
            case "hono/jwt" -> "jwt({ secret: env.JWT_SECRET })";
            case "hono/bearer-auth" -> "bearerAuth({ token })";
            case "passport" -> "passport.authenticate('jwt', { session: false })";
            case "express-jwt" -> "expressjwt({ secret, algorithms: ['RS256'] })";
            case "@nestjs/passport" -> "AuthGuard('jwt')";
            default -> name.contains("/") || name.startsWith("<") ? null : name;
        };
        return switch (framework) {
            case "fastify" -> "add the auth hook to the route: { onRequest: [" + (ctl == null ? "app.authenticate" : ctl) + "] } or register it inside the protected plugin";
            case "nestjs" -> "add @UseGuards(" + (ctl == null ? "JwtAuthGuard" : ctl) + ") to the handler or controller, or make the guard global (APP_GUARD) with @Public() for open routes";
            case "hono" -> "mount the auth middleware on the path: app.use('/path/*', " + (ctl == null ? "jwt({ secret: env.JWT_SECRET })" : ctl) + ")";
            default -> "add the auth middleware to the route: router.delete('/:id', " + (ctl == null ? "requireAuth" : ctl) + ", handler), or mount it on the router";
        };
    }
}
