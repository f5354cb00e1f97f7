package dev.backcheck.concepts;

import dev.backcheck.findings.Location;
import dev.backcheck.flow.CallIndex;
import dev.backcheck.lang.facts.*;
import dev.backcheck.lang.facts.Val.*;
import dev.backcheck.model.Analysis;
import dev.backcheck.model.Application;
import dev.backcheck.model.Project;
import dev.backcheck.model.Route;

import java.util.*;
import java.util.regex.Pattern;

/**
 * Health checks, the concept: liveness and readiness routes of each application ({@code GET /health},
 * {@code /healthz}, {@code /ready}, {@code /readyz}, {@code /live}, {@code /status}, {@code /ping},
 * {@code /heartbeat}, under an {@code /api} or version prefix), libraries that add them
 * ({@code @nestjs/terminus}, fastify-healthcheck, {@code @fastify/under-pressure} with its status route,
 * {@code @godaddy/terminus}, express-healthcheck, lightship), and what a health handler checks: the
 * dependency calls it makes (a query, a ping, a terminus indicator), followed into the project functions it
 * calls. A route named like a health route whose handler reads the request's body, query or path parameters is a
 * feature, not a probe (a probe sends no input).
 */
public final class HealthChecks {

    /** A health route: the route, and the dependency checks its handler makes (empty: it checks nothing). */
    public record Health(Application app, Route route, List<Location> dependencyChecks, boolean handlerKnown) {
        /** A feature's own probe ({@code /api/kiosk/health}) rather than the service's: health-shallow does not judge it. */
        public boolean featureLevel() {
            return !isServiceHealthPath(route.path().toLowerCase(Locale.ROOT).split("/"));
        }
    }

    /** A library that serves health routes itself: package and where it is used. */
    public record Library(String name, Location location) { }

    /** Segments a health path may sit under ({@code /api/v1/health}, {@code /internal/healthz}). */
    // (asked per segment of every route path by several concepts: answered once per segment, see NameTest)
    private static final dev.backcheck.model.NameTest PREFIX = new dev.backcheck.model.NameTest(
            Pattern.compile("api|v\\d+(\\.\\d+)?|internal|system|monitoring|management|actuator|_?meta|public|ops|sys|admin|_"));
    private static final dev.backcheck.model.NameTest HEALTH = new dev.backcheck.model.NameTest(
            Pattern.compile("_*(health|healthz|healthcheck|health-check|health_check|healthy|ready|readyz|readiness|live|livez|liveness|alive|status|ping|heartbeat|up)"
                    // the service's own probe named for it: /api/system-health/ready, /server_health
                    + "|(?:system|service|server|app)[-_]?health"));
    private static final dev.backcheck.model.NameTest FEATURE_HEALTH = new dev.backcheck.model.NameTest(
            Pattern.compile("_*(health|healthz|healthcheck|health-check|health_check|readyz|livez|readiness|liveness|heartbeat)"));
    private static final Set<String> LIBRARIES = Set.of("@nestjs/terminus", "fastify-healthcheck", "@fastify/under-pressure",
            "under-pressure", "@godaddy/terminus", "express-healthcheck", "lightship", "express-actuator", "@hono/health-check",
            "express-health-check", "healthcheck-middleware", "@cloudnative/health-connect");
    /** Calls that reach a dependency: a query, a ping, a connection check, a terminus indicator. */
    private static final Set<String> DEP_METHODS = Set.of("query", "$queryRaw", "$queryRawUnsafe", "$executeRaw", "$executeRawUnsafe",
            "$runCommandRaw", "ping", "pingCheck", "raw", "authenticate", "execute", "select", "checkConnection", "isConnected",
            "count", "countDocuments", "estimatedDocumentCount", "findFirst", "findOne", "findUnique", "command", "runCommand",
            "checkHealth", "healthCheck", "isHealthy", "checkDatabase", "checkDb", "checkRedis", "checkDatabaseConnection",
            "info", "dbStats", "serverStatus", "listCollections", "getConnection", "connect", "$connect", "initialize", "head",
            "headBucket", "exists", "checkStorage", "fetch", "request");
    private static final Pattern STATE = Pattern.compile("readyState|isReady|isOpen|isConnected|isInitialized|connected|status");

    private final Project project;
    private final List<Health> health = new ArrayList<>();
    private final List<Library> libraries = new ArrayList<>();

    private HealthChecks(Project p) {
        this.project = p;
        for (Application a : ServerCode.of(p).apps()) {
            for (Route r : a.routes()) {
                if (!isHealthPath(r.path()) || !(r.method().equals("GET") || r.method().equals("ALL") || r.method().equals("HEAD"))) continue;
                // a probe sends no input: a /ping that runs `ping <host>` from the query, a /status/:jobId lookup, are
                // features named like a health route
                if (r.handler() != null && readsInput(r.handler())) continue;
                // nor is a route given its own authentication: a probe carries no credentials (an app-wide middleware
                // that only reads a token when one is sent does not make that so)
                if (r.chain().stream().anyMatch(c -> c.kind() == dev.backcheck.model.ControlKind.AUTH && "route".equals(c.scope()))) continue;
                List<Location> deps = new ArrayList<>();
                boolean known = r.handler() != null;
                if (known) dependencyCalls(r.handler(), p.file(r.handler().file()), deps, Collections.newSetFromMap(new IdentityHashMap<>()), 0);
                health.add(new Health(a, r, deps, known));
            }
        }
        for (FileFacts f : p.files().values()) {
            if (p.isTestPath(f.path())) continue;
            Set<String> seen = new TreeSet<>();
            for (Import i : f.imports().values()) {
                String mod = i.module();
                if (LIBRARIES.contains(mod) && seen.add(mod)) libraries.add(new Library(mod, i.location()));
            }
        }
        springActuator(p);
        apolloServer(p);
        libraries.sort(Comparator.comparing(Library::location, Location.ORDER));
    }

    /**
     * Spring Boot Actuator: with spring-boot-starter-actuator on the classpath, {@code /actuator/health} is enabled
     * and exposed over HTTP by default (liveness/readiness groups on Kubernetes). Counted unless the configuration
     * turns the health endpoint off or takes it out of the web exposure.
     */
    /** Where the build declares Spring Boot Actuator (the starter or its autoconfigure module), or null. */
    private static Location actuatorDependency(Project p) {
        return SpringConfig.dependencyAt(p, n -> n.equals("org.springframework.boot:spring-boot-starter-actuator")
                || n.equals("org.springframework.boot:spring-boot-actuator-autoconfigure"));
    }

    private void springActuator(Project p) {
        Location at = actuatorDependency(p);
        if (at == null) return;
        SpringConfig c = SpringConfig.of(p);
        if (off(c, "management.endpoint.health.enabled")) return;
        SpringConfig.Entry access = c.value("management.endpoint.health.access", null);
        if (access != null && access.value().strip().equalsIgnoreCase("none")) return;
        SpringConfig.Entry all = c.value("management.endpoints.enabled-by-default", null);
        SpringConfig.Entry health = c.value("management.endpoint.health.enabled", null);
        if (all != null && all.value().strip().equalsIgnoreCase("false") && (health == null || !health.value().strip().equalsIgnoreCase("true"))) return;
        SpringConfig.Entry exclude = c.value("management.endpoints.web.exposure.exclude", null);
        if (exclude != null && Arrays.stream(exclude.value().split(",")).map(String::strip).anyMatch(x -> x.equals("*") || x.equals("health"))) return;
        SpringConfig.Entry include = c.value("management.endpoints.web.exposure.include", null);
        if (include != null && !include.value().isBlank()
                && Arrays.stream(include.value().split(",")).map(String::strip).noneMatch(x -> x.equals("*") || x.equals("health"))) return;
        libraries.add(new Library("spring-boot-starter-actuator (/actuator/health)", at));
    }

    /**
     * The Spring Boot Actuator endpoint a GET path names ({@code /actuator/health}, {@code /actuator/metrics}, with or
     * without {@code server.servlet.context-path}), when the actuator starter is a dependency and the endpoint is
     * served over HTTP: health as counted above (exposed by default), the base path's discovery page whenever health
     * or another endpoint is exposed, any other endpoint when {@code management.endpoints.web.exposure.include} lists it
     * or {@code *} and the exclude list does not. The dependency's place, with what serves the path, or null.
     */
    public static Location actuatorServes(Project p, String path) {
        Location at = actuatorDependency(p);
        if (at == null || path == null) return null;
        SpringConfig c = SpringConfig.of(p);
        String base = dev.backcheck.frameworks.spring.SpringControls.of(p).actuatorBase();
        if (base.isEmpty()) return null;
        SpringConfig.Entry ctx = c.value("server.servlet.context-path", null);
        String want = path.replaceAll("/+$", "");
        String context = ctx == null ? "" : c.resolve(ctx.value(), null).strip().replaceAll("/+$", "");
        if (!context.isEmpty() && want.startsWith(context + "/")) want = want.substring(context.length());
        if (!want.equals(base) && !want.startsWith(base + "/")) return null;
        String rest = want.substring(base.length()).replaceAll("^/", "");
        String id = rest.isEmpty() ? null : rest.split("/")[0].toLowerCase(Locale.ROOT);
        boolean health = of(p).libraries().stream().anyMatch(l -> l.name().startsWith("spring-boot-starter-actuator"));
        if ("health".equals(id)) return health ? at.withMessage("Spring Boot Actuator (" + base + "/health)") : null;
        SpringConfig.Entry include = c.value("management.endpoints.web.exposure.include", null);
        SpringConfig.Entry exclude = c.value("management.endpoints.web.exposure.exclude", null);
        Set<String> in = new HashSet<>(), out = new HashSet<>();
        if (include != null) for (String x : include.value().split(",")) in.add(x.strip().replaceAll("^[\"']|[\"']$", "").toLowerCase(Locale.ROOT));
        if (exclude != null) for (String x : exclude.value().split(",")) out.add(x.strip().replaceAll("^[\"']|[\"']$", "").toLowerCase(Locale.ROOT));
        if (id == null) return health || !in.isEmpty() ? at.withMessage("Spring Boot Actuator (" + base + ")") : null;
        if (out.contains("*") || out.contains(id) || !(in.contains("*") || in.contains(id))) return null;
        return (include == null ? at : include.location()).withMessage("Spring Boot Actuator (" + base + "/" + id + ", exposed by management.endpoints.web.exposure.include)");
    }

    /**
     * Apollo Server 2 and 3 serve {@code /.well-known/apollo/server-health} on the integrations that mount it
     * (apollo-server, apollo-server-express/koa/fastify/hapi) unless {@code disableHealthCheck: true} is passed
     * (read in apollo-server-express 3's {@code ApolloServer.getMiddleware}); Apollo Server 4 removed it. Counted
     * at the {@code new ApolloServer(...)} of such a package when its options do not disable it.
     */
    private void apolloServer(Project p) {
        CallIndex idx = CallIndex.of(p);
        for (String pkg : List.of("apollo-server", "apollo-server-express", "apollo-server-koa", "apollo-server-fastify", "apollo-server-hapi")) {
            String version = p.manifests().stream().map(m -> m.dependencies().get(pkg)).filter(Objects::nonNull)
                    .map(dev.backcheck.workspace.Manifest.Dep::version).filter(Objects::nonNull).findFirst().orElse(null);
            if (version == null || !version.replaceAll("^[^0-9]*", "").matches("[23](\\..*)?")) continue;
            // (the call index keys a constructor call as "new <qname>")
            List<CallIndex.Site> sites = new ArrayList<>(idx.sites("new " + pkg + ".ApolloServer"));
            // @nestjs/graphql's Apollo driver before v10 applies the middleware of apollo-server-express itself
            for (String m : List.of("forRoot", "forRootAsync")) sites.addAll(idx.sites("@nestjs/graphql.GraphQLModule." + m));
            for (CallIndex.Site s : sites) {
                if (p.isTestPath(s.file().path()) || !s.cs().isNew() && !s.keys().get(0).startsWith("@nestjs/")) continue;
                if (!s.cs().args().isEmpty() && disablesHealth(p, s.cs().args().get(0), s.file())) continue;
                libraries.add(new Library(pkg + " (/.well-known/apollo/server-health)", s.cs().location()));
                return;
            }
        }
    }

    private static boolean disablesHealth(Project p, Val options, FileFacts f) {
        if (!(p.resolve(options, f).val() instanceof Obj o)) return false;
        Val v = o.props().get("disableHealthCheck");
        return v instanceof Lit l && Boolean.TRUE.equals(l.value());
    }

    /** One Spring Boot Actuator endpoint served over HTTP: its id and where it is switched on. */
    public record ActuatorEndpoint(String id, Location at) {
        /**
         * The HTTP operations of the endpoint, each {method, path below the endpoint's own}: a @ReadOperation is GET, a
         * @WriteOperation POST, a @DeleteOperation DELETE, each @Selector parameter one path segment named after it, a
         * selector matching all remaining segments {@code {*name}} (spring-boot-actuator 3.3's endpoint classes and web
         * extensions: HealthEndpoint healthForPath(@Selector(match = ALL_REMAINING) path), MetricsEndpoint
         * metric(@Selector requiredMetricName), LoggersEndpoint loggerLevels / configureLogLevel(@Selector name),
         * CachesEndpoint cache / clearCaches / clearCache(@Selector cache), EnvironmentEndpoint environmentEntry(@Selector
         * toMatch), ConfigurationPropertiesReportEndpoint configurationPropertiesWithPrefix(@Selector prefix),
         * SessionsEndpoint getSession / deleteSession(@Selector sessionId), QuartzEndpointWebExtension's three selector
         * reads, SbomEndpoint sbom(@Selector id), ShutdownEndpoint shutdown (its only operation), StartupEndpoint startup,
         * IntegrationGraphEndpoint rebuild). Two reads on one path (ThreadDumpEndpoint's JSON and text) are one route.
         */
        public List<String[]> operations() {
            return ACTUATOR_OPERATIONS.getOrDefault(id, List.<String[]>of(new String[] {"GET", ""}));
        }
    }

    private static final Map<String, List<String[]>> ACTUATOR_OPERATIONS = Map.ofEntries(
            Map.entry("health", List.of(new String[] {"GET", ""}, new String[] {"GET", "/{*path}"})),
            Map.entry("metrics", List.of(new String[] {"GET", ""}, new String[] {"GET", "/:requiredMetricName"})),
            Map.entry("loggers", List.of(new String[] {"GET", ""}, new String[] {"GET", "/:name"}, new String[] {"POST", "/:name"})),
            Map.entry("caches", List.of(new String[] {"GET", ""}, new String[] {"GET", "/:cache"}, new String[] {"DELETE", ""},
                    new String[] {"DELETE", "/:cache"})),
            Map.entry("env", List.of(new String[] {"GET", ""}, new String[] {"GET", "/:toMatch"})),
            Map.entry("configprops", List.of(new String[] {"GET", ""}, new String[] {"GET", "/:prefix"})),
            Map.entry("sessions", List.of(new String[] {"GET", ""}, new String[] {"GET", "/:sessionId"}, new String[] {"DELETE", "/:sessionId"})),
            Map.entry("quartz", List.of(new String[] {"GET", ""}, new String[] {"GET", "/:jobsOrTriggers"},
                    new String[] {"GET", "/:jobsOrTriggers/:group"}, new String[] {"GET", "/:jobsOrTriggers/:group/:name"})),
            Map.entry("sbom", List.of(new String[] {"GET", ""}, new String[] {"GET", "/:id"})),
            Map.entry("shutdown", List.<String[]>of(new String[] {"POST", ""})),
            Map.entry("startup", List.of(new String[] {"GET", ""}, new String[] {"POST", ""})),
            Map.entry("integrationgraph", List.of(new String[] {"GET", ""}, new String[] {"POST", ""})));

    /** The web endpoints {@code management.endpoints.web.exposure.include: "*"} exposes in a plain Boot 3 application. */
    private static final List<String> ACTUATOR_ALL = List.of("beans", "caches", "conditions", "configprops", "env", "health", "heapdump",
            "info", "loggers", "metrics", "mappings", "scheduledtasks", "threaddump");

    /**
     * The Spring Boot Actuator endpoints the application of {@code module} serves over HTTP (their methods:
     * {@link ActuatorEndpoint#operations}): with the actuator
     * starter in the module's build (or a parent's), {@code health} unless the configuration turns it off or out of the
     * exposure (as counted for the health check), every id {@code management.endpoints.web.exposure.include} lists ({@code *}:
     * the standard web endpoints, prometheus with its registry) but {@code exclude} does not (the discovery page at the base
     * path, links only, is not listed). The module's own setting wins over the root's. Empty without the starter.
     */
    public static List<ActuatorEndpoint> actuatorEndpoints(Project p, String module) {
        return actuatorEndpoints(p, module, null);
    }

    /**
     * The profiles other than the default one that set a {@code management.} key for {@code module} (or the root's
     * configuration), sorted: those under which the actuator's exposure may differ from the default profile's.
     */
    public static List<String> actuatorProfiles(Project p, String module) {
        Set<String> out = new java.util.TreeSet<>();
        for (SpringConfig.Entry e : SpringConfig.of(p).entries()) {
            if (e.profile() == null || !e.key().startsWith("management.")) continue;
            if (!e.module().equals(module) && !e.module().isEmpty()) continue;
            out.addAll(SpringConfig.profiles(e.profile()));
        }
        return new ArrayList<>(out);
    }

    /**
     * {@link #actuatorEndpoints(Project, String)} with {@code profile} active: its own {@code management.} keys win over the
     * default profile's (s34 yakrooms: {@code application-production.properties} exposes metrics beside the default's
     * health and info). {@code profile} null: the default profile.
     */
    public static List<ActuatorEndpoint> actuatorEndpoints(Project p, String module, String profile) {
        Location dep = null;
        List<dev.backcheck.workspace.Manifest> ms = new ArrayList<>(p.manifests());
        ms.sort(Comparator.comparing(dev.backcheck.workspace.Manifest::path));
        for (dev.backcheck.workspace.Manifest m : ms) {
            if (m.ecosystem().equals("npm") || p.isTestPath(m.path())) continue;
            String dir = m.path().contains("/") ? m.path().substring(0, m.path().lastIndexOf('/') + 1) : "";
            if (!module.startsWith(dir)) continue;
            for (dev.backcheck.workspace.Manifest.Dep d : m.dependencies().values()) {
                String n = d.name();
                if (!d.dev() && (n.equals("org.springframework.boot:spring-boot-starter-actuator")
                        || n.equals("org.springframework.boot:spring-boot-actuator-autoconfigure"))) dep = Location.at(m.path(), Math.max(1, d.line()), 1);
            }
        }
        if (dep == null) return List.of();
        SpringConfig c = SpringConfig.of(p);
        java.util.function.Function<String, SpringConfig.Entry> get = k -> {
            SpringConfig.Entry e = c.value(k, module, profile);
            return e != null || module.isEmpty() ? e : c.value(k, "", profile);
        };
        SpringConfig.Entry include = get.apply("management.endpoints.web.exposure.include");
        SpringConfig.Entry exclude = get.apply("management.endpoints.web.exposure.exclude");
        Set<String> out = new HashSet<>();
        if (exclude != null) for (String x : exclude.value().split(",")) out.add(x.strip().replaceAll("^[\"']|[\"']$", "").toLowerCase(Locale.ROOT));
        List<String> in = new ArrayList<>();
        if (include == null || include.value().isBlank()) in.add("health");
        else for (String x : include.value().split(",")) {
            String id = x.strip().replaceAll("^[\"']|[\"']$", "").toLowerCase(Locale.ROOT);
            if (id.equals("*")) {
                in.addAll(ACTUATOR_ALL);
                if (prometheusRegistry(p)) in.add("prometheus");
            } else if (!id.isEmpty() && (!id.equals("prometheus") || prometheusRegistry(p))) {
                // (prometheus is served only with its registry in the build: without it /actuator/prometheus answers 404)
                in.add(id);
            }
        }
        SpringConfig.Entry healthOn = get.apply("management.endpoint.health.enabled");
        SpringConfig.Entry all = get.apply("management.endpoints.enabled-by-default");
        SpringConfig.Entry access = get.apply("management.endpoint.health.access");
        boolean healthOff = healthOn != null && healthOn.value().strip().equalsIgnoreCase("false")
                || access != null && access.value().strip().equalsIgnoreCase("none")
                || all != null && all.value().strip().equalsIgnoreCase("false") && (healthOn == null || !healthOn.value().strip().equalsIgnoreCase("true"));
        Location at = include == null ? dep : include.location();
        List<ActuatorEndpoint> eps = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String id : in) {
            if (out.contains("*") || out.contains(id) || !seen.add(id)) continue;
            if (id.equals("health") && healthOff) continue;
            SpringConfig.Entry own = get.apply("management.endpoint." + id + ".enabled");
            if (own != null && own.value().strip().equalsIgnoreCase("false")) continue;
            // shutdown is off unless switched on (@Endpoint(id = "shutdown", enableByDefault = false); Boot 3.4: access)
            if (id.equals("shutdown")) {
                SpringConfig.Entry acc = get.apply("management.endpoint.shutdown.access");
                boolean on = own != null && own.value().strip().equalsIgnoreCase("true")
                        || acc != null && !acc.value().strip().equalsIgnoreCase("none");
                if (!on) continue;
            }
            if (all != null && all.value().strip().equalsIgnoreCase("false") && (own == null || !own.value().strip().equalsIgnoreCase("true"))) continue;
            eps.add(new ActuatorEndpoint(id, at));
        }
        return eps;
    }

    /** Artifact-name parts of the builds that bring a web server (a starter, a servlet container, or one that pulls web in). */
    private static final List<String> WEB_ARTIFACTS = List.of("web", "jersey", "tomcat", "jetty", "undertow", "netty", "gateway",
            "data-rest", "hateoas", "eureka-server", "admin-starter-server", "vaadin", "servlet", "graphql");

    /**
     * True when the JVM build of {@code module} (its own manifest or one above it) has a run-time dependency that serves
     * HTTP: a web, webflux or jersey starter, a servlet container, or a starter that pulls one in. Without one, a Boot
     * application's Actuator endpoints are JMX only (s32 ird0 sftp-server: spring-boot-starter, actuator and an SSH server).
     * True when no build file covers the module (not known).
     */
    public static boolean webServer(Project p, String module) {
        boolean build = false;
        for (dev.backcheck.workspace.Manifest m : p.manifests()) {
            if (m.ecosystem().equals("npm")) continue;
            String dir = m.path().contains("/") ? m.path().substring(0, m.path().lastIndexOf('/') + 1) : "";
            if (!module.startsWith(dir)) continue;
            build = true;
            for (dev.backcheck.workspace.Manifest.Dep d : m.dependencies().values()) {
                if (d.dev()) continue;
                String artifact = d.name().substring(d.name().indexOf(':') + 1).toLowerCase(Locale.ROOT);
                for (String w : WEB_ARTIFACTS) if (artifact.contains(w)) return true;
            }
        }
        // (sources with no build file: what they are built with is not known)
        return !build;
    }

    /** Micrometer's Prometheus registry in the build (the new client's artifact too): what the prometheus endpoint needs. */
    private static boolean prometheusRegistry(Project p) {
        return p.dependsOn("io.micrometer:micrometer-registry-prometheus") || p.dependsOn("io.micrometer:micrometer-registry-prometheus-simpleclient");
    }

    private static boolean off(SpringConfig c, String key) {
        SpringConfig.Entry e = c.value(key, null);
        return e != null && e.value().strip().equalsIgnoreCase("false");
    }

    public static HealthChecks of(Project p) {
        return p.derived(HealthChecks.class, HealthChecks::new);
    }

    /** True when a route path is a liveness/readiness endpoint: a health word as first segment after api/version prefixes. */
    public static boolean isHealthPath(String path) {
        if (path == null) return false;
        // the segments once for both tests (asked per route by several concepts)
        String[] segs = path.toLowerCase(Locale.ROOT).split("/");
        if (isServiceHealthPath(segs)) return true;
        // a feature's own probe, /api/kiosk/health or /v1/dev/healthz: an unambiguous health word as the last segment
        // (not status, ping or ready, which features use for their own resources)
        return segs.length > 0 && FEATURE_HEALTH.matches(segs[segs.length - 1]);
    }

    /** A health word as the first segment after api/version prefixes: the service's own probe ({@code segs}: the lower-cased path split at '/'). */
    private static boolean isServiceHealthPath(String[] segs) {
        int i = 0;
        while (i < segs.length && (segs[i].isEmpty() || PREFIX.matches(segs[i]))) i++;
        // what may follow: /health/live, /health/ready, /healthz/db
        return i < segs.length && HEALTH.matches(segs[i]) && segs.length - i <= 2;
    }

    private void dependencyCalls(Fn fn, FileFacts f, List<Location> out, Set<Fn> seen, int depth) {
        if (fn == null || depth > 3 || !seen.add(fn) || out.size() > 8) return;
        for (CallSite cs : fn.calls()) {
            String m = cs.methodName();
            if (m != null && DEP_METHODS.contains(m) && !(cs.callee() instanceof Global)) {
                // res.status(...), c.json(...) are not checks; a dependency call has a receiver or is a project import
                if (!m.equals("status") && Analysis.receiver(cs.callee()) != null || m.equals("fetch") || m.equals("request")) {
                    if (!(m.equals("fetch") && Analysis.receiver(cs.callee()) == null && cs.args().isEmpty())) out.add(cs.location());
                }
            }
            // sql`SELECT 1` (postgres.js, Neon, @vercel/postgres, Bun's sql): a tagged template that runs a query (s34 investwise)
            if (taggedQuery(cs)) out.add(cs.location());
            for (Val a : cs.args()) {
                if (Vals.anyPart(a, HealthChecks::stateOrTestedState)) out.add(cs.location());
                if (a instanceof FnVal fv) dependencyCalls(fv.fn(), f, out, seen, depth + 1);
                if (a instanceof Arr arr) for (Val item : arr.items()) if (item instanceof FnVal fv) dependencyCalls(fv.fn(), f, out, seen, depth + 1);
            }
            Project.FnRef target = null;
            if (f != null) {
                try {
                    target = CallIndex.of(project).resolve(cs, f, fn);
                } catch (RuntimeException e) {
                    target = null;
                }
            }
            if (target != null) dependencyCalls(target.fn(), target.file(), out, seen, depth + 1);
        }
        for (Val r : fn.returns()) if (Vals.anyPart(r, HealthChecks::stateOrTestedState)) out.add(fn.location());
        for (Fn n : fn.nested()) dependencyCalls(n, f, out, seen, depth + 1);
    }

    /** A statement a health probe runs to reach its database: {@code SELECT 1}, {@code SELECT NOW()}, {@code SELECT version()}. */
    private static final Pattern PROBE_SQL = Pattern.compile("(?is)\\s*select\\b.*");

    /** A tagged template call whose template is a SQL query ({@code sql`SELECT 1 AS ok`}). */
    private static boolean taggedQuery(CallSite cs) {
        if (cs.args().size() != 2 || !(cs.arg(0) instanceof Unknown u) || !"tagged-template".equals(u.kind())) return false;
        Val t = cs.arg(1);
        String first = t instanceof Tpl tp && !tp.quasis().isEmpty() ? tp.quasis().get(0) : Val.constString(t);
        return first != null && PROBE_SQL.matcher(first).matches();
    }

    /** True when the handler (or a function written inside it) reads the request's body, query or path parameters. */
    /**
     * A query option that only chooses how much the probe reports ({@code ?detailed=true}, {@code ?verbose=1}): the
     * probe still answers without it, and nothing it runs takes the value (s27 kikaku GET /health?detailed=true).
     */
    private static final Set<String> VIEW_OPTIONS = Set.of("detailed", "detail", "details", "verbose", "full", "deep", "extended");

    private static boolean viewOption(Val v) {
        return v instanceof Req q && q.path().size() == 1 && VIEW_OPTIONS.contains(q.path().get(0));
    }

    private static boolean readsInput(Fn handler) {
        Deque<Fn> todo = new ArrayDeque<>();
        todo.push(handler);
        int n = 0;
        while (!todo.isEmpty() && n++ < 100) {
            Fn f = todo.pop();
            for (Fn.Read r : f.reads()) {
                if (r.part().equals("query") && viewOption(r.value())) continue;
                if (r.part().equals("body") || r.part().equals("query") || r.part().equals("params")) return true;
            }
            f.nested().forEach(todo::push);
        }
        return false;
    }

    /**
     * A connection state read, or a choice made on one: {@code database: mongoose.connection.readyState === 1 ?
     * 'connected' : 'disconnected'}, {@code mongodb: dbConnected ? 'up' : 'down'} where the flag is a variable the
     * connection's events set (named {@code ...Connected}/{@code ...Ready}).
     */
    private static boolean stateOrTestedState(Val v) {
        if (stateRead(v)) return true;
        if (!(v instanceof OneOf o) || o.test() == null) return false;
        for (Val side : java.util.Arrays.asList(o.test().left(), o.test().right())) {
            if (side == null) continue;
            if (stateRead(side) || STATE_FLAG.matcher(String.valueOf(Vals.lastName(side))).matches()
                    && (side instanceof Ref || side instanceof Local || side instanceof This)) return true;
        }
        return false;
    }

    /** {@code mongoConnected}, {@code isDbReady}, {@code redisConnected}: a flag named for a connection's state. */
    private static final Pattern STATE_FLAG = Pattern.compile("(?:is)?[A-Za-z]*?(?:Db|DB|Database|Mongo|Redis|Sql|Pg|Postgres|Mysql|Cache)[A-Za-z]*(?:Connected|Ready|Up)|(?:db|database|mongo|mongodb|redis|sql|pg|postgres|cache)(?:Connected|Ready|Up)");

    /** mongoose.connection.readyState, redis.isReady, dataSource.isInitialized: a connection state read. */
    private static boolean stateRead(Val v) {
        List<String> path = v instanceof Ref r ? r.path() : v instanceof Local l ? l.path() : v instanceof This t ? t.path()
                : v instanceof Global g ? g.path() : List.of();
        if (v instanceof Member m) return STATE.matcher(m.prop()).matches() && !m.prop().equals("status") && !m.prop().equals("connected");
        if (path.size() < 2) return false;
        String last = path.get(path.size() - 1);
        return STATE.matcher(last).matches() && !last.equals("status") && !(v instanceof Global);
    }

    // ------------------------------------------------------------------ answers

    /** Every health route, in the model's order. */
    public List<Health> routes() {
        return Collections.unmodifiableList(health);
    }

    /** The health routes of one application. */
    public List<Health> routes(Application a) {
        return health.stream().filter(h -> h.app() == a).toList();
    }

    /** Libraries that serve health endpoints, imported in non-test code. */
    public List<Library> libraries() {
        return Collections.unmodifiableList(libraries);
    }

    /** True when the application has a health route or the project uses a health-check library. */
    public boolean has(Application a) {
        return !routes(a).isEmpty() || !libraries.isEmpty();
    }

    /**
     * A {@code GET /} route: not a health endpoint by name, but a load balancer's default probe path that answers
     * while the process serves (often described as the health check). Health-missing counts it; health-shallow does not judge it.
     */
    public Optional<Route> root(Application a) {
        // the root under a global prefix too (Nest's setGlobalPrefix('api/v1') puts @Get() at GET /api/v1)
        // and a catch-all GET that serves a single-page app (app.get('*', ...) answers GET / too)
        return a.routes().stream().filter(r -> r.isHttp() && rootPath(r.path()) && (r.method().equals("GET") || r.method().equals("ALL"))).findFirst();
    }

    private static boolean rootPath(String path) {
        if (path == null) return false;
        for (String seg : path.toLowerCase(Locale.ROOT).split("/")) if (!seg.isEmpty() && !seg.equals("*") && !seg.matches("api|v\\d+(\\.\\d+)?")) return false;
        return true;
    }

    /** True when a health route or library checks a dependency (a terminus indicator counts). */
    public boolean deep(Application a) {
        return routes(a).stream().anyMatch(h -> !h.dependencyChecks().isEmpty());
    }

    /**
     * A database or cache the project uses, from its manifests (packages of the stack's ORM and driver
     * categories). The DbClients concept will answer this from the code; until then the dependency list does.
     */
    /**
     * The database or cache one application's own package uses: a store package its package.json lists (a monorepo's
     * sidecar does not use the pg of the backend beside it), or, when it lists none, the project's store when the
     * package's own code opens a client or runs a query (through a workspace package of its own, say). Empty when
     * neither.
     */
    public Optional<String> datastore(Application a) {
        Optional<String> any = datastore();
        if (any.isEmpty() || a.location() == null) return any;
        ServerCode sc = ServerCode.of(project);
        String root = sc.packageDir(a.location().path());
        dev.backcheck.workspace.Manifest own = null;
        for (dev.backcheck.workspace.Manifest m : project.manifests()) {
            if (!m.ecosystem().equals("npm")) continue;
            String mp = m.path().replace('\\', '/');
            if ((mp.contains("/") ? mp.substring(0, mp.lastIndexOf('/')) : "").equals(root)) own = m;
        }
        if (own == null) return any;
        for (String cat : List.of("orm", "database-driver")) {
            for (dev.backcheck.model.Stack.Component c : project.stack().of(cat)) {
                if (c.name().equals("prisma")) continue;
                if (own.dependencies().containsKey(c.name())) return Optional.of(c.name());
            }
        }
        // none listed: the package's own code reaching a store (a workspace package's client) still counts
        DbClients db = DbClients.of(project);
        String pre = root.isEmpty() ? "" : root + "/";
        boolean here = db.clients().stream().anyMatch(c -> c.site().file().path().startsWith(pre))
                || db.ops().stream().anyMatch(o -> o.site().file().path().startsWith(pre));
        return here ? any : Optional.empty();
    }

    public Optional<String> datastore() {
        // a package listed but never called (a server whose database code is commented out) is not a dependency to check
        DbClients db = DbClients.of(project);
        if (db.ops().isEmpty() && db.clients().isEmpty()) return Optional.empty();
        for (String cat : List.of("orm", "database-driver")) {
            for (dev.backcheck.model.Stack.Component c : project.stack().of(cat)) {
                if (c.name().equals("prisma")) continue;
                return Optional.of(c.name());
            }
        }
        return Optional.empty();
    }
}
