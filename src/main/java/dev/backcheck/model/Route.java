package dev.backcheck.model;

import dev.backcheck.findings.Location;
import dev.backcheck.lang.facts.Fn;

import java.util.List;
import java.util.Set;

/**
 * One endpoint: a single HTTP method on a fully resolved path, where it is declared, its handler
 * (when resolvable), the ordered chain of controls that apply to it, and the request parts the
 * framework itself validates (Fastify schema, Hono validator, Nest pipe with a DTO).
 *
 * @param order position among the application's registrations (for "mounted after" checks)
 * @param version the API version the route answers ("1"; with how it is selected when that is not the
 *                path: "2 (header X-API-Version)"), null when the framework does not version it
 */
public record Route(String method, String path, Location location, Fn handler, List<Control> chain,
                    Set<String> frameworkValidated, int order, List<ParamInput> inputs, String version) {

    public Route(String method, String path, Location location, Fn handler, List<Control> chain,
                 Set<String> frameworkValidated, int order, List<ParamInput> inputs) {
        this(method, path, location, handler, chain, frameworkValidated, order, inputs, null);
    }

    /** A handler parameter bound to request input (NestJS @Body() dto: CreateUserDto ...). */
    public record ParamInput(String part, String type, Location location, boolean validated) { }

    public Route {
        chain = List.copyOf(chain);
        frameworkValidated = frameworkValidated == null ? Set.of() : Set.copyOf(frameworkValidated);
        inputs = inputs == null ? List.of() : List.copyOf(inputs);
    }

    public boolean has(ControlKind kind) {
        return chain.stream().anyMatch(c -> c.kind() == kind);
    }

    public List<Control> controls(ControlKind kind) {
        return chain.stream().filter(c -> c.kind() == kind).toList();
    }

    public boolean isMutation() {
        return switch (method) {
            case "POST", "PUT", "PATCH", "DELETE" -> true;
            default -> false;
        };
    }

    /** "GET /api/users/:id" */
    public String label() {
        return method + " " + path;
    }
}
