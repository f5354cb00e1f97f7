package dev.backcheck.concepts;

import dev.backcheck.model.Control;
import dev.backcheck.model.ControlKind;
import dev.backcheck.model.Route;

import java.util.Locale;
import java.util.Set;

/**
 * Middleware that strips MongoDB operators from request data before handlers see it: express-mongo-sanitize (and its
 * forks) removes every key that starts with {@code $} or contains a {@code .} from req.body, req.query, req.params and
 * the headers (or replaces the character, {@code replaceWith}), so an object sent in place of a string reaches a
 * filter as plain data ({@code {"_ne": null}}), never as a query operator.
 */
public final class MongoSanitizers {
    private MongoSanitizers() { }

    private static final Set<String> MODULES = Set.of("express-mongo-sanitize", "mongo-sanitize", "@exortek/express-mongo-sanitize",
            "express-mongo-sanitizer", "mongo-express-sanitize");

    /** The control is such a sanitiser (by the module or the name it is mounted under: mongoSanitize()). */
    public static boolean isSanitizer(Control c) {
        String n = c.name() == null ? "" : c.name().toLowerCase(Locale.ROOT);
        return MODULES.contains(n) || n.contains("mongosanitize") || n.contains("mongo-sanitize");
    }

    /**
     * A sanitiser runs on the route's chain for request part {@code part}: for the body, after a body parser (mounted
     * before express.json(), it finds no parsed body to clean, and the body reaches the handler as sent).
     */
    public static boolean covers(Route r, String part) {
        boolean parsed = false;
        for (Control c : r.chain()) {
            if (c.kind() == ControlKind.BODY_PARSER) parsed = true;
            if (isSanitizer(c) && (parsed || !"body".equals(part))) return true;
        }
        return false;
    }
}
