package dev.backcheck.rules.spring;

import dev.backcheck.concepts.SpringConfig;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** What the Spring rules share about configuration keys: relaxed binding and profiles made for development. */
final class SpringProfiles {
    /** Profiles that do not run in production: a setting there is a developer's convenience. */
    private static final Set<String> DEV = Set.of("dev", "development", "local", "test", "tests", "testing", "it", "debug", "h2");

    private SpringProfiles() { }

    /** True when {@code profile} (as written, possibly an expression like {@code dev | local}) only names development profiles. */
    static boolean devOnly(String profile) {
        if (profile == null || profile.isBlank()) return false;
        for (String p : profile.split("[,&|!() ]+")) {
            if (!p.isBlank() && !DEV.contains(p.strip().toLowerCase(Locale.ROOT))) return false;
        }
        return true;
    }

    /** Spring's canonical form of a key for relaxed binding: lower case, no dashes or underscores. */
    static String canonical(String key) {
        StringBuilder sb = new StringBuilder(key.length());
        for (char c : key.toCharArray()) if (c != '-' && c != '_') sb.append(Character.toLowerCase(c));
        return sb.toString();
    }

    /** Every entry of {@code key} under relaxed binding ({@code includeStacktrace} is {@code include-stacktrace}), by file and line. */
    static List<SpringConfig.Entry> entries(SpringConfig c, String key) {
        String k = canonical(key);
        List<SpringConfig.Entry> out = new ArrayList<>();
        for (SpringConfig.Entry e : c.entries()) if (canonical(e.key()).equals(k)) out.add(e);
        return out;
    }

    /** The default profile's value of {@code key} under relaxed binding (the last one set), or null. */
    static String value(SpringConfig c, String key) {
        String v = null;
        for (SpringConfig.Entry e : entries(c, key)) if (e.profile() == null) v = c.resolve(e.value(), e.module());
        return v;
    }
}
