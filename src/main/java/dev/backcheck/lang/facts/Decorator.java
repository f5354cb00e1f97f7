package dev.backcheck.lang.facts;

import dev.backcheck.findings.Location;

import java.util.List;

/** A decorator application: {@code @name(args)}; {@code callee} resolves the name through imports. */
public record Decorator(String name, Val callee, List<Val> args, Location location) implements java.io.Serializable {
    /**
     * The request part a NestJS (or routing-controllers style) parameter decorator binds: body, query, params,
     * headers ({@code @Body}, {@code @Query}, {@code @Param}, {@code @Headers}), raw for the whole request
     * ({@code @Req}, {@code @Request}), meta:ip for {@code @Ip}; null for any other decorator.
     */
    public String requestPart() {
        return switch (name) {
            case "Body" -> "body";
            case "Query" -> "query";
            case "Param" -> "params";
            case "Headers" -> "headers";
            case "Req", "Request" -> "raw";
            case "Ip" -> "meta:ip";
            // Spring MVC and JAX-RS parameter annotations (lang/java)
            case "RequestBody", "RequestPart", "FormParam" -> "body";
            case "RequestParam", "QueryParam" -> "query";
            case "PathVariable", "PathParam" -> "params";
            case "RequestHeader", "HeaderParam" -> "headers";
            case "CookieValue", "CookieParam" -> "cookies";
            default -> null;
        };
    }

    /** {@link #requestPart()} when it is one of the client's input parts (body, query, params, headers), else null. */
    public String inputPart() {
        String p = requestPart();
        return p == null || p.equals("raw") || p.startsWith("meta:") ? null : p;
    }

    public Val arg(int i) {
        return i < args.size() ? args.get(i) : null;
    }
}
