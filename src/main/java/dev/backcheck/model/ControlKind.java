package dev.backcheck.model;

import java.util.Locale;

/**
 * What a middleware, hook, guard, pipe or plugin does for the routes behind it. {@link #UNRESOLVED} is a middleware
 * the model could not see at all (see {@link Classifier#unresolved}): a name its project module does not export, a
 * whole module object that is no function, a project file that is not in the tree. Express refuses such a value at
 * start (Router.use() requires a middleware function) or it is a guard backcheck cannot read: either way the routes
 * behind it cannot be judged open.
 */
public enum ControlKind {
    AUTH, VALIDATION, RATE_LIMIT, CORS, HEADERS, LOGGING, BODY_PARSER, ERROR_HANDLER, OTHER, UNRESOLVED;

    /** The id used in output: auth, validation, rate-limit, cors, headers, logging, body-parser, error-handler, other. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
