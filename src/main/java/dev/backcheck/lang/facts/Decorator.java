package dev.backcheck.lang.facts;

import dev.backcheck.findings.Location;

import java.util.List;

/** A decorator application: {@code @name(args)}; {@code callee} resolves the name through imports. */
public record Decorator(String name, Val callee, List<Val> args, Location location) {
    public Val arg(int i) {
        return i < args.size() ? args.get(i) : null;
    }
}
