package dev.backcheck.model;

import dev.backcheck.findings.Location;
import dev.backcheck.lang.facts.Val;

import java.util.Set;

/**
 * One classified control on a route's chain or mounted on an application.
 *
 * @param kind     what it does
 * @param name     what it is: the npm package of a library control, the schema library, or the
 *                 local function/class name (see docs/writing-rules.md)
 * @param location where it is mounted or declared for this route
 * @param parts    for validation: the request parts it validates (body, query, params, headers, or "*"),
 *                 or single fields as part.field when it checks only those by hand (body.email); for a
 *                 hand-written Mongo key sanitiser (kind OTHER, see MongoSanitizers): the parts it strips
 *                 operator keys from; else empty
 * @param scope    "global" when mounted on the application (or a router) for all later routes,
 *                 "route" when on the route itself
 * @param options  the options a library plugin was registered with, as far as the framework model
 *                 resolved them; null when the model records none for this control
 */
public record Control(ControlKind kind, String name, Location location, Set<String> parts, String scope, Options options) {
    public Control {
        parts = parts == null ? Set.of() : Set.copyOf(parts);
    }

    public Control(ControlKind kind, String name, Location location, Set<String> parts, String scope) {
        this(kind, name, location, parts, scope, null);
    }

    /**
     * The options of a registered library plugin.
     *
     * @param value the options value (an object literal when resolved, else what the code passes);
     *              null when the plugin was registered without options
     * @param file  the file {@code value} belongs to (its names resolve there)
     * @param at    where the options are given: the registration call, or the autoloaded plugin file
     */
    public record Options(Val value, String file, Location at) { }
}
