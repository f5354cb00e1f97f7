package dev.backcheck.concepts;

import dev.backcheck.lang.facts.FileFacts;
import dev.backcheck.lang.facts.Val;
import dev.backcheck.lang.facts.Val.*;
import dev.backcheck.model.Project;

import java.util.*;

/**
 * Request handlers a library builds that serve fixed endpoints at the path they are mounted on, read from the
 * libraries' sources: {@code app.use('/api/docs', swaggerUi.serve, swaggerUi.setup(document))} (swagger-ui-express)
 * answers the API documentation page there; {@code app.use('/api/inngest', serve({ client, functions }))} (inngest/express) answers GET
 * (the introspection of the registered functions), POST (a function run Inngest Cloud sends) and PUT (a sync of
 * the app's functions with Inngest Cloud) there. What each method checks, per the library: in cloud mode (the default;
 * not with {@code new Inngest({ isDev: true })} or the serve option {@code isDev: true}) POST answers 401 unless the
 * X-Inngest-Signature header is signed with the app's INNGEST_SIGNING_KEY (InngestCommHandler.validateSignature), and a
 * PUT either is signed the same way (in-band sync) or only makes the app register itself with Inngest Cloud using that
 * key (out-of-band): a caller without the key neither runs nor changes anything. GET answers the function list with
 * details only to a signed request.
 */
public final class LibraryEndpoints {

    /**
     * One method a library handler answers, the handler's name (a control of kind OTHER on the route, telling it is the
     * library's) and the check the library makes before acting (null: none).
     */
    public record Endpoint(String method, String handler, String check) { }

    /** The name of the control that marks the Inngest serve handler's endpoints. */
    private static final String INNGEST = "inngest serve handler";

    private static final Set<String> INNGEST_SERVE = Set.of("inngest/express.serve", "inngest/express");
    private static final String SIGNED = "Inngest request signature (INNGEST_SIGNING_KEY)";

    /** The name of the control that marks the page swagger-ui-express's setup handler serves. */
    private static final String SWAGGER_UI_EXPRESS = "swagger-ui-express";
    /** The name of the control that marks the routes @fastify/swagger-ui registers (FastifyModel lists them). */
    public static final String FASTIFY_SWAGGER_UI = "@fastify/swagger-ui";

    /**
     * The name of the control that marks the mount of a Bull Board dashboard (@bull-board/api with a server adapter:
     * the adapter's router or plugin answers the dashboard page and files by GET and its queue API, which also pauses,
     * retries, cleans and removes jobs, by GET, PUT and DELETE, every route under the mount path).
     */
    public static final String BULL_BOARD = "@bull-board";

    /**
     * The names of the controls that mark the endpoints Spring Security's own filters answer (see the Spring model's
     * SecurityChain.Served): the form login's processing URL, where UsernamePasswordAuthenticationFilter checks the
     * posted user name and password, and the logout URL, where LogoutFilter ends the caller's session.
     */
    public static final String SPRING_FORM_LOGIN = "spring-security formLogin";
    public static final String SPRING_LOGOUT = "spring-security logout";
    /** The mark of oauth2Login's two endpoints: the redirect to the identity provider and the provider's callback. */
    public static final String SPRING_OAUTH2_LOGIN = "spring-security oauth2Login";

    /**
     * True when {@code v} is what a Bull Board server adapter hands the framework to mount ({@code serverAdapter.getRouter()}
     * of @bull-board/express's ExpressAdapter, {@code serverAdapter.registerPlugin()} of @bull-board/fastify's or
     * @bull-board/hono's adapter, 5.x and 6.x). The adapter's {@code setBasePath} only tells the page where it is mounted
     * (its links); the path the requests reach is the mount's.
     */
    public static boolean bullBoard(Project project, Val v, FileFacts file) {
        Project.Resolved r = project.resolve(v, file);
        if (!(r.val() instanceof Call c) || r.file() == null) return false;
        String m = dev.backcheck.lang.facts.Vals.lastName(c.callee());
        if (!"getRouter".equals(m) && !"registerPlugin".equals(m)) return false;
        String root = project.rootModule(c.callee(), r.file());
        return root != null && root.startsWith("@bull-board/");
    }

    /**
     * A route a documentation library serves (its UI page, the document as JSON or YAML, the UI's files): the API's
     * description, not part of the API a contract lists.
     */
    public static boolean docsUi(dev.backcheck.model.Route r) {
        return r.handler() == null && r.controls(dev.backcheck.model.ControlKind.OTHER).stream()
                .anyMatch(c -> c.name().equals(SWAGGER_UI_EXPRESS) || c.name().equals(FASTIFY_SWAGGER_UI));
    }

    /** A route a library's operator dashboard serves (Bull Board's mount): not part of the API a contract lists. */
    public static boolean dashboard(dev.backcheck.model.Route r) {
        return r.handler() == null && r.controls(dev.backcheck.model.ControlKind.OTHER).stream().anyMatch(c -> c.name().equals(BULL_BOARD));
    }

    private LibraryEndpoints() { }

    /**
     * The endpoints a handler value mounted with a path serves, when it is a library's request handler listed here;
     * empty otherwise.
     */
    public static List<Endpoint> served(Project project, Val v, FileFacts file) {
        Project.Resolved r = project.resolve(v, file);
        if (!(r.val() instanceof Call c)) return List.of();
        String q = project.qname(c.callee(), r.file());
        // swagger-ui-express's setup(document) (5.x index.js): a handler that answers the documentation page for every
        // request that reaches it (its serve middleware before it answers the page's script and files under the path)
        if ("swagger-ui-express.setup".equals(q)) return List.of(new Endpoint("GET", SWAGGER_UI_EXPRESS, null));
        // app.use('/admin/queues', serverAdapter.getRouter()): the Bull Board dashboard, one row for every method under it
        if (bullBoard(project, v, file)) return List.of(new Endpoint("ALL", BULL_BOARD, null));
        if (q == null || !INNGEST_SERVE.contains(q)) return List.of();
        boolean dev = devMode(project, c, r.file());
        String check = dev ? null : SIGNED;
        return List.of(new Endpoint("GET", INNGEST, null), new Endpoint("POST", INNGEST, check), new Endpoint("PUT", INNGEST, check));
    }

    /**
     * A route a library handler serves for a platform that calls it (Inngest Cloud), not for the app's clients: not part
     * of the API a contract or a version is for (as a signed webhook is not).
     */
    public static boolean forPlatform(dev.backcheck.model.Route r) {
        return r.handler() == null && r.controls(dev.backcheck.model.ControlKind.OTHER).stream().anyMatch(c -> c.name().equals(INNGEST));
    }

    /** serve({ client, isDev: true }) or a client made with new Inngest({ isDev: true }): no signature is checked. */
    private static boolean devMode(Project project, Call c, FileFacts f) {
        if (c.args().isEmpty() || !(project.resolve(c.args().get(0), f).val() instanceof Obj o)) return false;
        if (isTrue(project, o.props().get("isDev"), f)) return true;
        Project.Resolved client = project.resolve(o.props().get("client"), f);
        if (client.val() instanceof New n && !n.args().isEmpty() && project.resolve(n.args().get(0), client.file()).val() instanceof Obj co) {
            return isTrue(project, co.props().get("isDev"), client.file());
        }
        return false;
    }

    private static boolean isTrue(Project project, Val v, FileFacts f) {
        return v != null && project.resolve(v, f).val() instanceof Lit l && Boolean.TRUE.equals(l.value());
    }
}
