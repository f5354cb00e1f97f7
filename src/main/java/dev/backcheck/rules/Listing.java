package dev.backcheck.rules;

import dev.backcheck.model.Route;

import java.util.List;
import java.util.stream.Collectors;

/** Compact route lists for messages: at most five labels, then a count. */
public final class Listing {
    private Listing() { }

    public static String routes(List<Route> routes) {
        String s = routes.stream().limit(5).map(Route::label).collect(Collectors.joining(", "));
        return routes.size() > 5 ? s + " and " + (routes.size() - 5) + " more" : s;
    }
}
