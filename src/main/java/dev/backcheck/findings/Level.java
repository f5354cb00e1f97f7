package dev.backcheck.findings;

import java.util.Locale;

/** Severity of a finding, ordered from most to least severe. */
public enum Level {
    ERROR, WARNING, NOTE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when this level is at least as severe as {@code threshold}. */
    public boolean atLeast(Level threshold) {
        return ordinal() <= threshold.ordinal();
    }

    public static Level parse(String s) {
        if (s == null) throw new IllegalArgumentException("level is missing");
        return switch (s.trim().toLowerCase(Locale.ROOT)) {
            case "error" -> ERROR;
            case "warning" -> WARNING;
            case "note" -> NOTE;
            default -> throw new IllegalArgumentException("unknown level '" + s + "' (expected error, warning or note)");
        };
    }
}
