package dev.backcheck.model;

import dev.backcheck.findings.Location;

import java.util.Set;

/**
 * One classified control on a route's chain or mounted on an application.
 *
 * @param kind     what it does
 * @param name     what it is: the npm package of a library control, the schema library, or the
 *                 local function/class name (see docs/writing-rules.md)
 * @param location where it is mounted or declared for this route
 * @param parts    for validation: the request parts it validates (body, query, params, headers, or "*"),
 *                 or single fields as part.field when it checks only those by hand (body.email)
 * @param scope    "global" when mounted on the application (or a router) for all later routes,
 *                 "route" when on the route itself
 */
public record Control(ControlKind kind, String name, Location location, Set<String> parts, String scope) {
    public Control {
        parts = parts == null ? Set.of() : Set.copyOf(parts);
    }
}
