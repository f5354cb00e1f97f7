package dev.backcheck.rules.graphql;

import dev.backcheck.concepts.GraphqlServers;
import dev.backcheck.frameworks.ModelSupport;
import dev.backcheck.lang.facts.Fn;
import dev.backcheck.lang.facts.Val;
import dev.backcheck.lang.facts.Vals;
import dev.backcheck.model.Application;
import dev.backcheck.model.Project;
import dev.backcheck.rules.RuleContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What the graphql/* rules share: the servers that run in production, the framework of a server for fix text. */
final class GraphqlRules {
    private GraphqlRules() { }

    /** Servers created outside test code and not only outside production (a dev-only server is not checked). */
    static List<GraphqlServers.Server> productionServers(Project project) {
        List<GraphqlServers.Server> out = new ArrayList<>();
        for (GraphqlServers.Server s : GraphqlServers.of(project).servers()) {
            if (project.isTestPath(s.file().path())) continue;
            if (s.site() != null && ModelSupport.envScope(project, s.file(), s.site().guards()) == ModelSupport.EnvScope.NOT_PRODUCTION) continue;
            out.add(s);
        }
        return out;
    }

    /** The framework whose fix text applies: fastify for Mercurius, nestjs for GraphQLModule, else express. */
    static String framework(GraphqlServers.Server s) {
        return switch (s.library()) {
            case "mercurius" -> "fastify";
            case "nestjs" -> "nestjs";
            default -> "express";
        };
    }

    static String libraryName(GraphqlServers.Server s) {
        return switch (s.library()) {
            case "apollo" -> "Apollo Server";
            case "apollo-server" -> "apollo-server";
            case "yoga" -> "graphql-yoga";
            case "mercurius" -> "Mercurius";
            case "nestjs" -> "GraphQLModule (" + s.driver() + " driver)";
            case "express-graphql" -> "express-graphql";
            default -> s.library();
        };
    }

    static String fix(RuleContext ctx, GraphqlServers.Server s) {
        String t = ctx.meta().fixFor(framework(s), Map.of());
        return t == null ? ctx.meta().fixFor("default", Map.of()) : t;
    }

    /** The framework of an application for fix text (a standalone GraphQL server: express examples). */
    static String framework(Application a) {
        return switch (a.framework()) {
            case "fastify", "nestjs", "hono" -> a.framework();
            default -> "express";
        };
    }

    /** True when a function reads the environment (NODE_ENV, isProduction...) to decide what it returns. */
    static boolean envDependent(Fn fn) {
        if (fn == null) return false;
        for (Fn.Compare c : fn.compares()) if (env(c.left()) || env(c.right())) return true;
        for (var cs : fn.calls()) for (var g : cs.guards()) if (env(g.left()) || env(g.right())) return true;
        for (Val r : fn.returns()) if (r instanceof Val.OneOf o && o.test() != null && (env(o.test().left()) || env(o.test().right()))) return true;
        return false;
    }

    private static boolean env(Val v) {
        if (v == null) return false;
        return Vals.anyPart(v, x -> {
            String n = Vals.lastName(x);
            if (n != null && n.matches("(?i)node_?env|env|environment|is_?prod(uction)?|is_?dev(elopment)?|debug")) return true;
            return x instanceof Val.Global g && g.name().equals("process") && g.path().size() == 2 && g.path().get(1).matches("(?i)node_?env|.*debug.*");
        });
    }
}
