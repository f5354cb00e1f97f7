package dev.backcheck.model;

import dev.backcheck.findings.Location;

import java.util.List;

/**
 * One application as its framework sees it.
 *
 * @param framework    express | fastify | nestjs | hono | spring (Spring MVC, JAX-RS and servlets)
 * @param location     where it is created (the fix site for absence findings)
 * @param routes       every route with its chain, in registration order
 * @param mounts       application-wide registrations of controls, in order, each with the routes
 *                     registered before it that it therefore does not protect
 * @param unmounted    controls that are created in the code but never mounted
 * @param errorHandlers error handler registrations
 * @param listens      listen calls
 * @param signals      process signal handler registrations (SIGTERM, SIGINT, ...)
 */
public record Application(String framework, Location location, List<Route> routes, List<Mount> mounts,
                          List<Control> unmounted, List<Location> errorHandlers, List<Location> listens,
                          List<Signal> signals) {

    /** A control registered for all later routes of the application (or of a router/plugin scope). */
    public record Mount(Control control, String pathPrefix, List<Route> routesBefore) { }

    public record Signal(String signal, Location location) { }

    public Application {
        routes = List.copyOf(routes);
        mounts = List.copyOf(mounts);
        unmounted = List.copyOf(unmounted);
        errorHandlers = List.copyOf(errorHandlers);
        listens = List.copyOf(listens);
        signals = List.copyOf(signals);
    }

    public boolean anyRouteHas(ControlKind k) {
        return routes.stream().anyMatch(r -> r.has(k));
    }

    public boolean anyMount(ControlKind k) {
        return mounts.stream().anyMatch(m -> m.control().kind() == k);
    }

    /** Display name of the framework for messages. */
    public String frameworkName() {
        return switch (framework) {
            case "express" -> "Express";
            case "fastify" -> "Fastify";
            case "nestjs" -> "NestJS";
            case "hono" -> "Hono";
            case "spring" -> "Spring";
            default -> framework;
        };
    }
}
