package dev.backcheck.model;

import java.util.*;

/**
 * Routes the team declared public by design in {@code .backcheck.yml} ({@code public-routes:}),
 * so that rules about missing authentication stay silent on them. A pattern is a path whose
 * segments are literals, {@code *} or a parameter ({@code :id}, {@code {id}}) for exactly one
 * segment, or {@code **} for any number of segments; methods are upper case, none = any method.
 */
public final class PublicRoutes {
    public static final PublicRoutes NONE = new PublicRoutes(List.of());

    /**
     * @param methods upper-case methods; empty means any method
     * @param path    the pattern as written
     * @param reason  why it is public, for readers of the config
     * @param line    where it is declared in the config file (0 when not from a file)
     */
    public record Entry(Set<String> methods, String path, String reason, int line) {
        public Entry {
            methods = methods == null ? Set.of() : Set.copyOf(methods);
        }
    }

    private final List<Entry> entries;

    public PublicRoutes(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public List<Entry> entries() {
        return entries;
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** True when the route (one method on a resolved path) was declared public. */
    public boolean isPublic(Route r) {
        return match(r.method(), r.path()) != null;
    }

    public boolean isPublic(String method, String path) {
        return match(method, path) != null;
    }

    /**
     * The first declaration covering {@code method} on {@code path}, or null. A route of method ALL is
     * covered only by a declaration for any method.
     */
    public Entry match(String method, String path) {
        if (path == null) return null;
        String m = method == null ? "ALL" : method.toUpperCase(Locale.ROOT);
        List<String> segs = segments(path);
        for (Entry e : entries) {
            if (!e.methods().isEmpty() && !e.methods().contains(m)) continue;
            if (matches(segments(e.path()), 0, segs, 0)) return e;
        }
        return null;
    }

    static List<String> segments(String p) {
        List<String> out = new ArrayList<>();
        for (String s : p.split("/")) if (!s.isEmpty()) out.add(s);
        return out;
    }

    private static boolean matches(List<String> pat, int i, List<String> path, int j) {
        if (i == pat.size()) return j == path.size();
        String p = pat.get(i);
        if (p.equals("**")) {
            for (int k = j; k <= path.size(); k++) if (matches(pat, i + 1, path, k)) return true;
            return false;
        }
        if (j == path.size()) return false;
        boolean any = p.equals("*") || p.startsWith(":") || p.startsWith("{") && p.endsWith("}");
        return (any || p.equals(path.get(j))) && matches(pat, i + 1, path, j + 1);
    }
}
