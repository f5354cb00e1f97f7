package dev.backcheck.lang.facts;

import dev.backcheck.findings.Location;

import java.util.List;

/**
 * A call made inside a function body (or at module top level), in source order.
 * {@code location} spans the whole call expression; {@code calleeLocation} the callee; {@code awaited}
 * is true when the call is the operand of {@code await} (Fastify plugin load order depends on it).
 * {@code guards} are the conditions of the enclosing {@code if} statements (outermost first, those of
 * enclosing functions included) under which the call runs: a mount under
 * {@code if (process.env.NODE_ENV === 'production')} carries that test.
 */
public record CallSite(Val callee, List<Val> args, boolean isNew, Location location, Location calleeLocation,
                       List<Location> argLocations, boolean awaited, List<Guard> guards) implements java.io.Serializable {

    /**
     * One enclosing condition. {@code op} is "==" (also ===), "!=" (also !==) with {@code left} and
     * {@code right} the compared values, or "truthy" with {@code left} the tested value and
     * {@code right} null. {@code holds} is false in the else branch (and under {@code !}). "in" with {@code right} an
     * array of the labels of a {@code switch} case reached by falling through ({@code case A: case B: ..}): the
     * discriminant {@code left} equals one of them.
     */
    public record Guard(Val left, String op, Val right, boolean holds) implements java.io.Serializable { }

    public CallSite {
        guards = guards == null ? List.of() : List.copyOf(guards);
    }

    public CallSite(Val callee, List<Val> args, boolean isNew, Location location, Location calleeLocation,
                    List<Location> argLocations, boolean awaited) {
        this(callee, args, isNew, location, calleeLocation, argLocations, awaited, List.of());
    }

    public CallSite(Val callee, List<Val> args, boolean isNew, Location location, Location calleeLocation,
                    List<Location> argLocations) {
        this(callee, args, isNew, location, calleeLocation, argLocations, false, List.of());
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
