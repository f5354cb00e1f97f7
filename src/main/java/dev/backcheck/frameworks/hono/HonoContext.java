package dev.backcheck.frameworks.hono;

import dev.backcheck.lang.facts.Fn;
import dev.backcheck.model.Project;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Values a Hono middleware puts on the context for the routes after it ({@code c.set('h', newAuthHandler(uc))}),
 * by route handler: a handler's {@code c.var.h.login(..)} or {@code c.get('h').login(..)} reads that value.
 * Filled by {@link HonoModel} while it builds the applications (middleware registered before a route on a
 * matching path); a key two middleware set to different values for the same handler has no known value.
 */
public final class HonoContext {
    private final Map<Fn, Map<String, Project.Resolved>> byHandler = new IdentityHashMap<>();
    private final Map<Fn, java.util.Set<String>> ambiguous = new IdentityHashMap<>();

    public static HonoContext of(Project p) {
        return p.derived(HonoContext.class, x -> new HonoContext());
    }

    synchronized void record(Fn handler, Map<String, Project.Resolved> vars) {
        if (handler == null || vars.isEmpty()) return;
        Map<String, Project.Resolved> known = byHandler.computeIfAbsent(handler, k -> new TreeMap<>());
        for (Map.Entry<String, Project.Resolved> e : vars.entrySet()) {
            Project.Resolved was = known.putIfAbsent(e.getKey(), e.getValue());
            if (was != null && was.val() != e.getValue().val()) ambiguous.computeIfAbsent(handler, k -> new java.util.TreeSet<>()).add(e.getKey());
        }
    }

    /** The value set under {@code key} for the routes {@code handler} answers, with the file it is written in; null when unknown. */
    public synchronized Project.Resolved value(Fn handler, String key) {
        Project.refuseEarly(); // filled by the Hono model as it runs
        Map<String, Project.Resolved> known = byHandler.get(handler);
        if (known == null || ambiguous.getOrDefault(handler, java.util.Set.of()).contains(key)) return null;
        return known.get(key);
    }
}
