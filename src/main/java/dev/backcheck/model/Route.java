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
 * <p>An endpoint is an HTTP route, a GraphQL field or a tRPC procedure ({@link Kind}). For the last two,
 * {@code method} is the operation type ({@code QUERY}, {@code MUTATION}, {@code SUBSCRIPTION}) and
 * {@code path} the operation's name ({@code createPost} for GraphQL, {@code post.create} for tRPC), so
 * rules that ask for HTTP verbs do not see them unless they opt in.
 *
 * @param version the API version the route answers ("1"; with how it is selected when that is not the
 *                path: "2 (header X-API-Version)"), null when the framework does not version it
 * @param kind    what sort of endpoint this is
 * @param profile the configuration profiles the route exists under when it does not exist under every one (a Spring
 *                controller marked {@code @Profile("dev")}: "dev"; {@code @Profile({"dev", "local"})}: "dev, local";
 *                {@code @Profile("!prod")}: "!prod"), null when it always exists
 */
public record Route(String method, String path, Location location, Fn handler, List<Control> chain,
                    Set<String> frameworkValidated, int order, List<ParamInput> inputs, String version,
                    Kind kind, String profile) {

    public Route(String method, String path, Location location, Fn handler, List<Control> chain,
                 Set<String> frameworkValidated, int order, List<ParamInput> inputs, String version, Kind kind) {
        this(method, path, location, handler, chain, frameworkValidated, order, inputs, version, kind, null);
    }

    /** What sort of endpoint a route is. */
    public enum Kind { HTTP, GRAPHQL, TRPC }

    public Route(String method, String path, Location location, Fn handler, List<Control> chain,
                 Set<String> frameworkValidated, int order, List<ParamInput> inputs) {
        this(method, path, location, handler, chain, frameworkValidated, order, inputs, null, Kind.HTTP);
    }

    public Route(String method, String path, Location location, Fn handler, List<Control> chain,
                 Set<String> frameworkValidated, int order, List<ParamInput> inputs, String version) {
        this(method, path, location, handler, chain, frameworkValidated, order, inputs, version, Kind.HTTP);
    }

    /** A handler parameter bound to request input (NestJS @Body() dto: CreateUserDto ...). */
    public record ParamInput(String part, String type, Location location, boolean validated) { }

    public Route {
        chain = List.copyOf(chain);
        frameworkValidated = frameworkValidated == null ? Set.of() : Set.copyOf(frameworkValidated);
        inputs = inputs == null ? List.of() : List.copyOf(inputs);
        kind = kind == null ? Kind.HTTP : kind;
    }

    public boolean isHttp() {
        return kind == Kind.HTTP;
    }

    public boolean has(ControlKind kind) {
        return chain.stream().anyMatch(c -> c.kind() == kind);
    }

    public List<Control> controls(ControlKind kind) {
        return chain.stream().filter(c -> c.kind() == kind).toList();
    }

    /** An HTTP verb that changes state, a GraphQL mutation or a tRPC mutation procedure. */
    public boolean isMutation() {
        return switch (method) {
            case "POST", "PUT", "PATCH", "DELETE", "MUTATION" -> true;
            default -> false;
        };
    }

    /** "GET /api/users/:id", "MUTATION createPost", "TRPC post.create (mutation)" */
    public String label() {
        return switch (kind) {
            case HTTP, GRAPHQL -> method + " " + path;
            case TRPC -> "TRPC " + path + " (" + method.toLowerCase(java.util.Locale.ROOT) + ")";
        };
    }
}
