package dev.backcheck.rules.trpc;

import dev.backcheck.concepts.TrpcRouters;
import dev.backcheck.findings.Location;
import dev.backcheck.frameworks.ModelSupport;
import dev.backcheck.lang.facts.FileFacts;
import dev.backcheck.model.*;
import dev.backcheck.rules.Rule;
import dev.backcheck.rules.RuleContext;
import dev.backcheck.rules.RuleId;

import java.util.Collections;
import java.util.IdentityHashMap;

/**
 * tRPC mutation procedures whose chain runs no authentication middleware (by behaviour: a middleware that throws
 * UNAUTHORIZED/FORBIDDEN when the context has no user or session, or verifies a token), in a router that
 * authenticates other procedures, and whose resolver neither checks the caller itself nor is public by what it
 * does ({@link RouteBehaviour}: a login checking a password, a sign-up, a one-time code, a logout), nor is listed
 * in {@code public-routes}.
 */
@RuleId("trpc/unauthenticated-mutation")
public final class UnauthenticatedMutationRule implements Rule {
    @Override
    public void check(Project project, RuleContext ctx) {
        TrpcRouters trpc = TrpcRouters.of(project);
        RouteBehaviour behaviour = RouteBehaviour.of(project);
        Analysis analysis = ModelSupport.analysis(project);
        for (Application app : project.applications()) {
            Route example = null;
            for (Route r : app.routes()) {
                if (r.kind() == Route.Kind.TRPC && (r.has(ControlKind.AUTH) || checksCaller(trpc, analysis, r))) {
                    example = r;
                    break;
                }
            }
            if (example == null) continue; // a fully public API: nothing tells which procedures should be private
            String adapter = adapterOf(trpc, app);
            for (Route r : app.routes()) {
                if (r.kind() != Route.Kind.TRPC || !r.isMutation() || r.has(ControlKind.AUTH)) continue;
                if (checksCaller(trpc, analysis, r)) continue;
                if (project.config().publicRoutes().isPublic(r)) continue;
                RouteBehaviour.Verdict v = behaviour.of(r);
                if (v.isPublic()) continue;
                TrpcRouters.Procedure p = trpc.procedureOf(r.handler());
                if (p != null && !p.builderKnown() && p.middlewares().isEmpty()) continue; // a base builder we cannot read
                String exampleCtl = example.controls(ControlKind.AUTH).isEmpty() ? "a check in its resolver"
                        : example.controls(ControlKind.AUTH).get(0).name();
                String base = r.chain().isEmpty() ? "the bare procedure builder" : "a builder with no authentication middleware";
                RuleContext.Builder b = ctx.report(r.location(), r.label() + " changes data but is built on " + base
                                + ": anyone can call it, while other procedures of this router require a signed-in caller ("
                                + example.label() + " uses " + exampleCtl + ").")
                        .related(example.location(), example.label() + " is protected by " + exampleCtl);
                String fix = ctx.meta().fixText(adapter);
                if (fix != null) b.fix(fix);
                b.property("framework", adapter).add();
            }
        }
    }

    /** The resolver itself throws UNAUTHORIZED/FORBIDDEN under a condition, or verifies the caller. */
    static boolean checksCaller(TrpcRouters trpc, Analysis analysis, Route r) {
        if (r.handler() == null) return false;
        FileFacts f = analysis.fnFile(r.handler());
        return trpc.kindOf(r.handler(), f, 0, Collections.newSetFromMap(new IdentityHashMap<>())) == ControlKind.AUTH;
    }

    /** The framework key for fix texts: the host of the adapter (express, fastify, next), else default. */
    static String adapterOf(TrpcRouters trpc, Application app) {
        for (TrpcRouters.Served s : trpc.served()) {
            if (!s.adapter().at().equals(app.location())) continue;
            return switch (s.adapter().kind()) {
                case "express", "fastify", "hono" -> s.adapter().kind();
                case "next", "fetch" -> "next";
                default -> "default";
            };
        }
        return "default";
    }

    static Location at(Route r) {
        return r.location();
    }
}
