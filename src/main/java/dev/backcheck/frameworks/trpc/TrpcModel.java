package dev.backcheck.frameworks.trpc;

import dev.backcheck.concepts.TrpcRouters;
import dev.backcheck.findings.Location;
import dev.backcheck.frameworks.ModelSupport;
import dev.backcheck.model.Application;
import dev.backcheck.model.Control;
import dev.backcheck.model.ControlKind;
import dev.backcheck.model.Project;
import dev.backcheck.model.Route;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * tRPC applications: one per router an adapter serves ({@link TrpcRouters}), located at the adapter call, whose
 * routes are the router's procedures ({@link Route.Kind#TRPC}: method QUERY/MUTATION/SUBSCRIPTION, path the dotted
 * procedure path). A procedure's chain is what runs before its resolver: the controls the host application
 * (Express, Fastify, Hono) mounts on the adapter's path before it, then the procedure builder's middlewares and
 * its {@code .input()} validation, in order. The HTTP mount itself stays what the host framework's model makes of it.
 */
public final class TrpcModel {

    /** The tRPC applications of the project; {@code hosts} are the applications the HTTP framework models built. */
    public List<Application> build(Project project, List<Application> hosts) {
        List<Application> apps = new ArrayList<>();
        for (TrpcRouters.Served s : TrpcRouters.of(project).served()) {
            if (project.isTestPath(s.adapter().file())) continue;
            List<Control> host = hostControls(s.adapter(), hosts);
            List<Route> routes = new ArrayList<>();
            int order = 0;
            for (TrpcRouters.Procedure p : s.procedures()) {
                List<Control> chain = new ArrayList<>(host);
                // middlewares and inputs in builder order
                List<Object> steps = new ArrayList<>();
                steps.addAll(p.middlewares());
                steps.addAll(p.inputs());
                steps.sort((a, b) -> Location.ORDER.compare(at(a), at(b)));
                for (Object st : steps) {
                    if (st instanceof TrpcRouters.Middleware m) {
                        chain.add(new Control(m.kind(), m.name(), m.at(), Set.of(), "route"));
                    } else if (st instanceof TrpcRouters.Input in && !in.opaque()) {
                        chain.add(new Control(ControlKind.VALIDATION, in.lib(), in.at(), Set.of("input"), "route"));
                    }
                }
                routes.add(new Route(p.type().toUpperCase(java.util.Locale.ROOT), p.path(), p.location(), p.resolver(), chain,
                        p.validated() ? Set.of("input") : Set.of(), order++, List.of(), null, Route.Kind.TRPC));
            }
            apps.add(new Application("trpc", s.adapter().at(), routes, List.of(), List.of(), List.of(), List.of(), List.of()));
        }
        return apps;
    }

    private static Location at(Object step) {
        if (step instanceof TrpcRouters.Middleware m) return m.at();
        return ((TrpcRouters.Input) step).at();
    }

    /**
     * The controls a host application runs before the adapter: its mounts registered before the adapter's own
     * mount whose path covers the adapter's path.
     */
    static List<Control> hostControls(TrpcRouters.Adapter a, List<Application> hosts) {
        if (a.mountedAt() == null) return List.of();
        String path = a.mountPath().isEmpty() ? "/" : a.mountPath();
        for (Application app : hosts) {
            List<Application.Mount> ms = app.mounts();
            int idx = -1;
            for (int i = 0; i < ms.size(); i++) {
                if (a.mountedAt().equals(ms.get(i).control().location())) {
                    idx = i;
                    break;
                }
            }
            List<Control> out = new ArrayList<>();
            if (idx < 0) {
                // the adapter mount is not a recorded control (a Fastify plugin registration): the controls the app
                // mounts in the adapter's file before it (the same plugin scope: register(authGuard) beside it)
                for (Application.Mount m : ms) {
                    Location l = m.control().location();
                    if (l == null || !l.path().equals(a.mountedAt().path()) || Location.ORDER.compare(l, a.mountedAt()) >= 0) continue;
                    if (m.control().kind() == ControlKind.OTHER || m.control().kind() == ControlKind.BODY_PARSER) continue;
                    out.add(m.control());
                }
                if (!out.isEmpty()) return out;
                continue;
            }
            for (int i = 0; i < idx; i++) {
                Application.Mount m = ms.get(i);
                if (m.control().kind() == ControlKind.OTHER || m.control().kind() == ControlKind.BODY_PARSER) continue;
                if (ModelSupport.applies(m.pathPrefix(), path)) out.add(m.control());
            }
            return out;
        }
        return List.of();
    }
}
