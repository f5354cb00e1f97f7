package dev.backcheck.frameworks;

import dev.backcheck.findings.Location;
import dev.backcheck.lang.facts.CallSite;
import dev.backcheck.lang.facts.FileFacts;
import dev.backcheck.lang.facts.Fn;
import dev.backcheck.lang.facts.Val;
import dev.backcheck.model.Analysis;
import dev.backcheck.model.Project;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Servers of frameworks backcheck does not model yet: Koa, hapi, restify, Next.js API routes,
 * standalone Apollo Server and graphql-yoga when the graphql model found none of their operations. Each becomes a {@code model/not-modelled}
 * notification at its creation site ({@link Project#notModelled}, registration=false), so a tree
 * served by one of them never reads as a clean scan. Test and tooling code is skipped, as it is
 * for the modelled frameworks.
 */
public final class UnmodelledFrameworks {
    private UnmodelledFrameworks() { }

    /** Canonical callee name (see {@link Project#qname}) → what it creates, for calls and {@code new}. */
    private static final Map<String, String> SERVERS = Map.ofEntries(
            Map.entry("koa", "Koa application (koa"),
            Map.entry("koa.default", "Koa application (koa"),
            Map.entry("@hapi/hapi.server", "hapi server (@hapi/hapi"),
            Map.entry("@hapi/hapi.Server", "hapi server (@hapi/hapi"),
            Map.entry("@hapi/hapi.default.server", "hapi server (@hapi/hapi"),
            Map.entry("hapi.server", "hapi server (hapi"),
            Map.entry("hapi.Server", "hapi server (hapi"),
            Map.entry("restify.createServer", "restify server (restify"),
            Map.entry("restify.default.createServer", "restify server (restify"),
            Map.entry("@apollo/server/standalone.startStandaloneServer", "standalone Apollo Server (@apollo/server"),
            Map.entry("apollo-server.ApolloServer", "standalone Apollo Server (apollo-server"),
            Map.entry("graphql-yoga.createServer", "standalone graphql-yoga server (graphql-yoga"),
            Map.entry("@graphql-yoga/node.createServer", "standalone graphql-yoga server (@graphql-yoga/node"));

    /** {@code createYoga()} is standalone when Node's own HTTP server serves it. */
    private static final List<String> NODE_SERVERS = List.of("http.createServer", "node:http.createServer",
            "https.createServer", "node:https.createServer", "http2.createServer", "node:http2.createServer");

    private static final Pattern NEXT_PAGES_API = Pattern.compile("(^|.*/)pages/api/.+\\.(js|jsx|ts|tsx|mjs|cjs)$");
    private static final Pattern NEXT_ROUTE_HANDLER = Pattern.compile("(^|.*/)app/(.+/)?route\\.(js|jsx|ts|tsx|mjs|cjs)$");

    public static void report(Project project) {
        boolean next = project.dependsOn("next");
        // GraphQL servers whose operations the graphql model found are modelled (frameworks/graphql)
        boolean graphqlModelled = !dev.backcheck.concepts.GraphqlServers.of(project).operations().isEmpty();
        // the calls whose qualified name is one of the servers above: the call index keys every call by that name
        // (node:http.createServer as http.createServer; new adds "new "), so only their files' calls are read below
        java.util.List<String> keys = new java.util.ArrayList<>(SERVERS.keySet());
        for (String q : NODE_SERVERS) keys.add(dev.backcheck.flow.CallIndex.normalize(q));
        dev.backcheck.flow.CallIndex.Named named = dev.backcheck.flow.CallIndex.of(project).named(keys);
        for (FileFacts f : project.files().values()) {
            if (project.isTestPath(f.path()) || !"ts".equals(f.language())) continue;
            if (next && (NEXT_PAGES_API.matcher(f.path()).matches() || NEXT_ROUTE_HANDLER.matcher(f.path()).matches())
                    && !dev.backcheck.concepts.TrpcRouters.of(project).servesFrom(f.path())) { // a tRPC adapter's procedures are modelled
                Location at = firstExportedFunction(f);
                project.notModelled("Next.js API route (next is not modelled yet; the handlers of this file are not checked)",
                        f.path(), at == null ? 1 : at.line(), at == null ? 1 : at.column(), false);
            }
            if (!named.files().contains(f)) continue;
            for (Fn fn : Analysis.functions(f)) {
                for (CallSite cs : fn.calls()) {
                    if (!named.calls().contains(cs)) continue;
                    String q = project.qname(cs.callee(), f);
                    if (q == null) continue;
                    String what = SERVERS.get(q);
                    if (what != null && graphqlModelled && (what.contains("Apollo") || what.contains("yoga"))) continue;
                    if (what != null && !(q.endsWith(".ApolloServer") && !cs.isNew())) {
                        Location l = cs.location();
                        String lib = what.substring(what.indexOf('(') + 1);
                        project.notModelled(what + " is not modelled yet; " + (what.startsWith("Koa") || what.startsWith("hapi")
                                || what.startsWith("restify") ? "its routes are" : "its operations are") + " not checked)",
                                f.path(), l.line(), l.column(), false);
                        continue;
                    }
                    if (NODE_SERVERS.contains(q) && !cs.args().isEmpty() && !graphqlModelled) yoga(project, cs.args().get(0), f);
                }
            }
        }
    }

    private static void yoga(Project project, Val served, FileFacts f) {
        Project.Resolved r = project.resolve(served, f);
        if (!(r.val() instanceof Val.Call c) || c.site() == null) return;
        String q = project.qname(c.callee(), r.file());
        if (!"graphql-yoga.createYoga".equals(q)) return;
        project.notModelled("standalone graphql-yoga server (graphql-yoga is not modelled yet; its operations are not checked)",
                c.site().path(), c.site().line(), c.site().column(), false);
    }

    /** Where the first exported handler of a Next.js route file is declared, or null. */
    private static Location firstExportedFunction(FileFacts f) {
        Location best = null;
        for (Val v : f.exports().values()) {
            Val x = v instanceof Val.Local l && l.path().isEmpty() && f.symbols().get(l.name()) != null ? f.symbols().get(l.name()) : v;
            if (x instanceof Val.FnVal fv && fv.fn().location() != null
                    && (best == null || Location.ORDER.compare(fv.fn().location(), best) < 0)) best = fv.fn().location();
        }
        return best;
    }
}
