package dev.backcheck.rules.graphql;

import dev.backcheck.model.Application;
import dev.backcheck.model.ControlKind;
import dev.backcheck.model.Project;
import dev.backcheck.model.Route;
import dev.backcheck.model.RouteBehaviour;
import dev.backcheck.rules.Rule;
import dev.backcheck.rules.RuleContext;
import dev.backcheck.rules.RuleId;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * GraphQL mutations no authentication runs on: no guard (NestJS {@code @UseGuards}, a global guard), no TypeGraphQL
 * {@code @Authorized} or auth middleware, no graphql-shield rule other than {@code allow}, no auth wrapper or
 * directive, no context function that rejects anonymous requests, and no check in the resolver that turns away a
 * caller without {@code context.user}. As for HTTP routes ({@code authn/unauthenticated-mutation}, which leaves
 * GraphQL to this rule), a mutation is judged by what its resolver does: a login, a sign-up, a reset with a
 * one-time token are public by nature; and only in an app that authenticates somewhere (or has accounts).
 */
@RuleId("graphql/unauthenticated-mutation")
public final class UnauthenticatedMutationRule implements Rule {
    /**
     * A resolver that takes a one-time token or code as an argument and looks it up (a reset-password or verify-email
     * mutation: redis.get(PREFIX + token), a query by the token): public by nature, as its HTTP twin is.
     */
    private static boolean checksOneTimeToken(Route r) {
        if (r.handler() == null) return false;
        java.util.List<dev.backcheck.lang.facts.Fn.Param> ps = r.handler().params();
        for (int i = 0; i < ps.size(); i++) {
            String n = ps.get(i).name();
            // token, resetToken, otp, verificationCode; not a record's code (input.code of a permission)
            boolean named = n != null && n.matches("(?i)(.*token|otp|.*nonce|(reset|verification|verify|confirm|confirmation|invite|magic|one_?time)_?code)");
            if (!named) continue;
            final int idx = i;
            for (var cs : r.handler().calls()) {
                for (var a : cs.args()) {
                    if (dev.backcheck.lang.facts.Vals.anyPart(a, x -> x instanceof dev.backcheck.lang.facts.Val.Param p && p.index() == idx)) return true;
                }
            }
        }
        return false;
    }

    /** A resolver that calls nothing and assigns nothing outside itself (a stub answering a constant). */
    private static boolean changesNothing(Route r) {
        var fn = r.handler();
        if (fn == null || !fn.mutations().isEmpty() || !fn.writes().isEmpty() || !fn.nested().isEmpty()) return false;
        // decorators (@Args('text'), @Mutation(() => Boolean)) are recorded as calls; the body makes none
        java.util.Set<String> decorators = new java.util.HashSet<>();
        fn.decorators().forEach(d -> decorators.add(d.name()));
        fn.params().forEach(p -> p.decorators().forEach(d -> decorators.add(d.name())));
        return fn.calls().stream().allMatch(cs -> cs.methodName() != null && decorators.contains(cs.methodName()));
    }

    @Override
    public void check(Project project, RuleContext ctx) {
        RouteBehaviour behaviour = RouteBehaviour.of(project);
        for (Application app : project.applications()) {
            boolean authenticates = app.anyRouteHas(ControlKind.AUTH) || app.anyMount(ControlKind.AUTH);
            Route example = app.routes().stream().filter(r -> r.kind() == Route.Kind.GRAPHQL && r.has(ControlKind.AUTH)).findFirst()
                    .orElse(app.routes().stream().filter(r -> r.has(ControlKind.AUTH)).findFirst().orElse(null));
            Map<Route, RouteBehaviour.Verdict> verdicts = new LinkedHashMap<>();
            for (Route r : app.routes()) {
                if (r.kind() != Route.Kind.GRAPHQL || !r.isMutation() || r.has(ControlKind.AUTH)) continue;
                if (project.config().publicRoutes().isPublic(r)) continue;
                verdicts.put(r, behaviour.of(r));
            }
            boolean hasAccounts = authenticates || verdicts.values().stream().anyMatch(v -> v.publicBecause() != null
                    && (v.publicBecause().reason() == RouteBehaviour.Reason.PASSWORD || v.publicBecause().reason() == RouteBehaviour.Reason.SIGNED_TOKEN));
            if (!hasAccounts) continue;
            for (Map.Entry<Route, RouteBehaviour.Verdict> e : verdicts.entrySet()) {
                Route r = e.getKey();
                if (e.getValue().isPublic() || checksOneTimeToken(r) || changesNothing(r)) continue;
                // an insert-only form the author chose to open (its own throttle, a captcha, a validated input, @Public()),
                // judged as authn/unauthenticated-mutation judges its HTTP twin
                RouteBehaviour.Submission sub = e.getValue().submission();
                if (sub != null && dev.backcheck.rules.authn.UnauthenticatedMutationRule.submissionByDesign(project, behaviour, app, r, sub) != null) continue;
                List<String> unregistered = unregisteredDirectives(project, r);
                String dead = unregistered.isEmpty() ? "" : " (" + unregistered.stream().map(d -> "@" + d).collect(java.util.stream.Collectors.joining(", "))
                        + " is written in the schema but not registered in schemaDirectives, so nothing runs for it)";
                RuleContext.Builder b = ctx.report(r.location(), r.label() + " changes data but no authentication runs on it: no guard, "
                        + "@Authorized, graphql-shield rule, auth directive or context check in its resolver" + dead + ", while "
                        + (example != null ? "other operations of this API require one." : "the API has accounts."));
                if (example != null) {
                    b.related(example.location(), example.label() + " is protected by " + example.controls(ControlKind.AUTH).get(0).name());
                }
                String fw = GraphqlRules.framework(app);
                String fix = ctx.meta().fixFor(fw, Map.of());
                b.fix(fix == null ? ctx.meta().fixFor("default", Map.of()) : fix).property("framework", fw).add();
            }
        }
    }

    /** Auth-named directives on the operation's SDL declaration that no schemaDirectives map registers. */
    private static List<String> unregisteredDirectives(Project project, Route r) {
        if (r.kind() != Route.Kind.GRAPHQL) return List.of();
        return dev.backcheck.concepts.GraphqlServers.of(project).unregisteredAuthDirectives(r.method(), r.path(), r.location().path());
    }
}
