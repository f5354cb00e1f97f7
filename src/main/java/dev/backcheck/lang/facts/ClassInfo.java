package dev.backcheck.lang.facts;

import dev.backcheck.findings.Location;

import java.util.List;

/** A class: decorators, heritage, constructor parameters, methods and properties. */
public record ClassInfo(String name, Location location, List<Decorator> decorators, Val superClass,
                        List<Val> implemented, List<Fn.Param> ctorParams, List<Fn> methods,
                        List<Prop> props, String file) implements java.io.Serializable {
    public record Prop(String name, String type, List<Decorator> decorators, Val value, Location location) implements java.io.Serializable {
        public Prop {
            name = Names.of(name);
            type = Names.of(type);
        }
    }

    public Fn method(String n) {
        for (Fn m : methods) if (m.name().equals(n)) return m;
        return null;
    }
}
