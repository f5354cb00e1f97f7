package dev.backcheck.rules.graphql;

import dev.backcheck.concepts.GraphqlServers;
import dev.backcheck.model.Application;
import dev.backcheck.model.ControlKind;
import dev.backcheck.model.Project;
import dev.backcheck.model.Route;
import dev.backcheck.model.RouteBehaviour;
import dev.backcheck.rules.Rule;
import dev.backcheck.rules.RuleContext;
import dev.backcheck.rules.RuleId;

/**
 * Batched operations turned on with no bound: Apollo {@code allowBatchedHttpRequests: true} (no batch size limit in
 * Apollo), Mercurius {@code allowBatchedQueries: true}, graphql-yoga {@code batching: { limit }} above 100. One HTTP
 * request then carries any number of operations, which walks past per-request rate limits (a login mutation
 * batched a thousand times is a thousand password guesses in one request).
 */
@RuleId("graphql/batching-unbounded")
public final class BatchingUnboundedRule implements Rule {
    @Override
    public void check(Project project, RuleContext ctx) {
        GraphqlServers g = GraphqlServers.of(project);
        for (GraphqlServers.Server s : GraphqlRules.productionServers(project)) {
            String lib = GraphqlServers.effectiveLibrary(s);
            String key = switch (lib) {
                case "apollo", "apollo-server" -> "allowBatchedHttpRequests";
                case "mercurius" -> "allowBatchedQueries";
                default -> null;
            };
            if (key == null || !g.isTrue(s.option(key), s.optionsFile())) continue;
            ctx.report(g.optionAt(s, key), GraphqlRules.libraryName(s) + " accepts batched operations (" + key + ": true) with no limit "
                            + "on their number: one request can carry thousands of operations, past any per-request rate limit "
                            + "(a batched login mutation is a brute force in one request).")
                    .fix(GraphqlRules.fix(ctx, s)).property("framework", GraphqlRules.framework(s)).add();
        }
        aliases(project, ctx, g);
    }

    private static boolean calls(dev.backcheck.lang.facts.Fn fn, String pattern) {
        if (fn == null) return false;
        java.util.List<dev.backcheck.lang.facts.Fn> all = new java.util.ArrayList<>(fn.nested());
        all.add(fn);
        for (dev.backcheck.lang.facts.Fn g : all) {
            for (var cs : g.calls()) {
                String m = cs.methodName();
                if (m != null && m.matches(pattern)) return true;
            }
        }
        return false;
    }

    /**
     * A sign-in mutation (its resolver checks a password) with no alias limit in the project (graphql-armor's
     * max-aliases, graphql-no-alias, a cost limit that counts each aliased field) and no rate limit that runs per
     * operation (a resolver wrapper or directive, a NestJS guard): {@code { a: login(...) b: login(...) ... }} is a
     * thousand guesses in one request, which a per-request HTTP limiter counts once.
     */
    private static void aliases(Project project, RuleContext ctx, GraphqlServers g) {
        if (g.aliasLimit() || GraphqlRules.productionServers(project).isEmpty()) return;
        RouteBehaviour behaviour = RouteBehaviour.of(project);
        for (Application app : project.applications()) {
            for (Route r : app.routes()) {
                if (r.kind() != Route.Kind.GRAPHQL || !r.isMutation() || project.isTestPath(r.location().path())) continue;
                RouteBehaviour.Verdict v = behaviour.of(r);
                if (v.publicBecause() == null || v.publicBecause().reason() != RouteBehaviour.Reason.PASSWORD) continue;
                // a sign-up hashes a new password and compares none: aliased sign-ups guess nothing
                if (calls(r.handler(), "(?i)(hash|hashsync|hashpassword)") && !calls(r.handler(), "(?i).*(compare|verify)\\w*")) continue;
                boolean perOperation = g.isResolver(r.handler())
                        ? g.operations().stream().anyMatch(op -> op.resolver() == r.handler() && op.controls().stream().anyMatch(c -> c.kind() == ControlKind.RATE_LIMIT))
                        : r.has(ControlKind.RATE_LIMIT);
                if (perOperation) continue;
                ctx.report(r.location(), r.label() + " checks a password and nothing limits aliases: one query can repeat it under a "
                                + "thousand aliases ({ a: " + r.path() + "(...) b: " + r.path() + "(...) ... }), a thousand guesses that a "
                                + "per-request rate limiter counts as one request.")
                        .fix("limit aliases (graphql-armor maxAliases, graphql-no-alias) or rate limit the mutation per operation "
                                + "(graphql-rate-limit directive or wrapper, a NestJS throttler guard)")
                        .property("framework", GraphqlRules.framework(app)).add();
            }
        }
    }
}
