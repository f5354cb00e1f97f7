package dev.backcheck.rules.validation;

import dev.backcheck.findings.Location;
import dev.backcheck.model.Application;
import dev.backcheck.model.Control;
import dev.backcheck.model.ControlKind;
import dev.backcheck.model.Route;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * One handler served by two applications of the project: a NestJS controller whose module a second
 * {@code NestFactory.create(...)} imports too (a collaboration or worker server beside the API) is registered
 * there as well, and a global ValidationPipe of the first application does not run in the second. The finding
 * is then about the second application only, and says so: where its input is validated, and where the
 * application that serves it unvalidated is created.
 */
final class OtherApps {
    /** A validated input of a handler: the application that validates it and the validating control. */
    record Validated(Application app, Location control) { }

    private final IdentityHashMap<Route, Application> appOf = new IdentityHashMap<>();
    private final IdentityHashMap<Object, Map<String, Validated>> validated = new IdentityHashMap<>();

    void route(Route route, Application app) {
        appOf.put(route, app);
    }

    /** The handler's bound input of this part is validated on this route of this application. */
    void validated(Object owner, String part, Route route, Application app) {
        Location at = null;
        for (Control c : route.controls(ControlKind.VALIDATION)) if (at == null && c.location() != null) at = c.location();
        final Location control = at;
        validated.computeIfAbsent(owner, k -> new TreeMap<>()).putIfAbsent(part, new Validated(app, control));
    }

    Application appOf(Route route) {
        return appOf.get(route);
    }

    /** Where another application validates this part of the handler, or null. */
    Validated elsewhere(Object owner, String part, Route unvalidatedRoute) {
        Application here = appOf.get(unvalidatedRoute);
        Validated v = validated.getOrDefault(owner, Map.of()).get(part);
        if (v == null || here == null || v.app() == here || here.location() == null) return null;
        return v;
    }

    static String where(Location l) {
        if (l == null) return "?";
        String p = l.path();
        return p.substring(p.lastIndexOf('/') + 1) + ":" + l.line();
    }
}
