package dev.backcheck.model;

import java.util.Locale;

/** What a middleware, hook, guard, pipe or plugin does for the routes behind it. */
public enum ControlKind {
    AUTH, VALIDATION, RATE_LIMIT, CORS, HEADERS, LOGGING, BODY_PARSER, ERROR_HANDLER, OTHER;

    /** The id used in output: auth, validation, rate-limit, cors, headers, logging, body-parser, error-handler, other. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
