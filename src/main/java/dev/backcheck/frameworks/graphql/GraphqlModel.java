package dev.backcheck.frameworks.graphql;

import dev.backcheck.concepts.GraphqlServers;
import dev.backcheck.findings.Location;
import dev.backcheck.model.Application;
import dev.backcheck.model.Control;
import dev.backcheck.model.ControlKind;
import dev.backcheck.model.Project;
import dev.backcheck.model.Route;

import java.util.*;

/**
 * GraphQL operations as endpoints of the application model. Each root field a resolver map or a TypeGraphQL
 * resolver class declares ({@link GraphqlServers#operations()}) becomes a {@link Route} of kind
 * {@link Route.Kind#GRAPHQL} ({@code MUTATION createPost}) on the application that serves the GraphQL server (the
 * Express or Fastify app it is mounted on, the nearest application of the same package), with the controls that
 * app mounts for every path (a global limiter or auth middleware), the server's rejecting context function, the
 * graphql-shield rule of the field and the resolver's own controls. A server started on its own
 * ({@code startStandaloneServer}, yoga on Node's {@code http.createServer}) is an application of its own, framework
 * {@code graphql}. NestJS resolvers are built by the Nest model, which knows the app's guards and pipes.
 */
public final class GraphqlModel {
    private GraphqlModel() { }

    /** The applications with their GraphQL operations added (a standalone server becomes an application). */
    public static List<Application> attach(Project project, List<Application> apps) {
        GraphqlServers g = GraphqlServers.of(project);
        if (!g.active() || g.operations().isEmpty()) return apps;
        Map<Application, List<Route>> added = new IdentityHashMap<>();
        Map<Location, List<Route>> alone = new TreeMap<>(Location.ORDER);
        Map<Location, GraphqlServers.Server> aloneServers = new HashMap<>();
        int order = 100_000;
        for (GraphqlServers.Operation op : g.operations()) {
            GraphqlServers.Server s = nearestServer(g.servers(), op.file().path());
            String near = s != null ? s.at().path() : op.file().path();
            Application host = s != null && g.standalone(s) ? null : nearestApp(project, apps, near);
            List<Control> chain = new ArrayList<>();
            if (host != null) {
                for (Application.Mount m : host.mounts()) {
                    Control c = m.control();
                    if ((c.kind() == ControlKind.AUTH || c.kind() == ControlKind.RATE_LIMIT)
                            && (m.pathPrefix().isEmpty() || m.pathPrefix().equals("/") || m.pathPrefix().contains("graphql"))) chain.add(c);
                }
            }
            if (s != null) {
                Control ctx = g.contextAuth(s);
                if (ctx != null) chain.add(ctx);
            }
            Control shield = g.shieldControl(op.type(), op.field());
            if (shield != null) chain.add(shield);
            chain.addAll(op.controls());
            List<Route.ParamInput> inputs = new ArrayList<>();
            for (GraphqlServers.Arg a : op.argTypes()) {
                boolean validated = op.controls().stream().anyMatch(c -> c.kind() == ControlKind.VALIDATION);
                inputs.add(new Route.ParamInput("args", a.type(), op.at(), validated));
            }
            Route r = new Route(op.type(), op.field(), op.at(), op.resolver(), chain, Set.of(), order++, inputs, null, Route.Kind.GRAPHQL);
            if (host != null) added.computeIfAbsent(host, k -> new ArrayList<>()).add(r);
            else {
                Location at = s != null ? s.at() : op.at();
                alone.computeIfAbsent(at, k -> new ArrayList<>()).add(r);
                if (s != null) aloneServers.put(at, s);
            }
        }
        List<Application> out = new ArrayList<>();
        for (Application a : apps) {
            List<Route> more = added.get(a);
            if (more == null) {
                out.add(a);
                continue;
            }
            List<Route> rs = new ArrayList<>(a.routes());
            rs.addAll(more);
            out.add(new Application(a.framework(), a.location(), rs, a.mounts(), a.unmounted(), a.errorHandlers(), a.listens(), a.signals()));
        }
        for (Map.Entry<Location, List<Route>> e : alone.entrySet()) {
            if (project.isTestPath(e.getKey().path())) continue;
            out.add(new Application("graphql", e.getKey(), e.getValue(), List.of(), List.of(), List.of(), List.of(), List.of()));
        }
        return out;
    }

    private static GraphqlServers.Server nearestServer(List<GraphqlServers.Server> servers, String path) {
        GraphqlServers.Server best = null;
        int bestLen = -1;
        for (GraphqlServers.Server s : servers) {
            if (s.library().equals("nestjs")) continue;
            int l = common(s.at().path(), path);
            if (l > bestLen) {
                best = s;
                bestLen = l;
            }
        }
        return best;
    }

    /** The application of the same package (nearest package.json) closest to {@code path}, or null. */
    private static Application nearestApp(Project project, List<Application> apps, String path) {
        Application best = null;
        int bestLen = -1;
        String pkg = packageOf(project, path);
        for (Application a : apps) {
            if (a.location() == null || a.framework().equals("nestjs")) continue;
            if (!Objects.equals(pkg, packageOf(project, a.location().path()))) continue;
            int l = common(a.location().path(), path);
            if (l > bestLen) {
                best = a;
                bestLen = l;
            }
        }
        return best;
    }

    private static String packageOf(Project project, String path) {
        String best = null;
        for (var m : project.manifests()) {
            String dir = m.path().contains("/") ? m.path().substring(0, m.path().lastIndexOf('/') + 1) : "";
            if (path.startsWith(dir) && (best == null || dir.length() > best.length())) best = dir;
        }
        return best;
    }

    /** Number of leading directory segments two paths share. */
    private static int common(String a, String b) {
        String[] x = a.split("/"), y = b.split("/");
        int n = 0;
        for (int i = 0; i < Math.min(x.length, y.length) - 1; i++) {
            if (!x[i].equals(y[i])) break;
            n++;
        }
        return n;
    }
}
