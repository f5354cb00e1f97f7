package dev.backcheck.lang.facts;

import dev.backcheck.findings.Location;

/** One import binding: {@code local} names {@code export} ("default", "*" or a name) of {@code module}. */
public record Import(String local, String module, String export, Location location) implements java.io.Serializable {
    public Import {
        local = Names.of(local);
        module = Names.of(module);
        export = Names.of(export);
    }
}
