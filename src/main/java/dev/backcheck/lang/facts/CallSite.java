package dev.backcheck.lang.facts;

import dev.backcheck.findings.Location;

import java.util.List;

/**
 * A call made inside a function body (or at module top level), in source order.
 * {@code location} spans the whole call expression; {@code calleeLocation} the callee; {@code awaited}
 * is true when the call is the operand of {@code await} (Fastify plugin load order depends on it).
 */
public record CallSite(Val callee, List<Val> args, boolean isNew, Location location, Location calleeLocation,
                       List<Location> argLocations, boolean awaited) {
    public CallSite(Val callee, List<Val> args, boolean isNew, Location location, Location calleeLocation,
                    List<Location> argLocations) {
        this(callee, args, isNew, location, calleeLocation, argLocations, false);
    }

    public Val arg(int i) {
        return i < args.size() ? args.get(i) : null;
    }

    public Location argLocation(int i) {
        return i < argLocations.size() ? argLocations.get(i) : location;
    }

    /** The method name when the callee is a member access (x.y.name), else the identifier name, else null. */
    public String methodName() {
        return Vals.lastName(callee);
    }
}
