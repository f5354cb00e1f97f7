package dev.backcheck.frameworks.spring;

import dev.backcheck.concepts.SpringConfig;
import dev.backcheck.findings.Location;
import dev.backcheck.frameworks.spring.SecurityChain.Access;
import dev.backcheck.frameworks.spring.SecurityChain.AuthzRule;
import dev.backcheck.lang.facts.*;
import dev.backcheck.lang.facts.Val.*;
import dev.backcheck.model.Application;
import dev.backcheck.model.Control;
import dev.backcheck.model.ControlKind;
import dev.backcheck.model.Project;
import dev.backcheck.model.Route;

import java.util.*;

/**
 * The controls a Spring app puts on each route, for the Spring routes model: authentication from the
 * Spring Security filter chain ({@link SpringSecurity}: the first matching authorization rule, with the
 * servlet context path taken off as Spring does before matching) and from method security
 * ({@code @PreAuthorize}, {@code @Secured}, {@code @RolesAllowed} on the handler or its class, counted only when
 * method security is enabled for that annotation); validation ({@code @Valid} / {@code @Validated} on a
 * {@code @RequestBody} whose class carries Bean Validation constraints, constrained {@code @PathVariable} /
 * {@code @RequestParam} on a {@code @Validated} controller); rate limiting (resilience4j {@code @RateLimiter},
 * Bucket4j filters or interceptors, the bucket4j starter's properties, a project filter named for rate
 * limiting); and app-wide security headers (on whenever Spring Security is, unless a chain disables them)
 * and CORS.
 *
 * <p>Names, as the route inventory prints them: {@code spring-security} for the filter chain,
 * {@code @PreAuthorize} / {@code @Secured} / {@code @RolesAllowed}, {@code @Valid} / {@code @Validated},
 * {@code resilience4j}, {@code bucket4j}, or the project filter's class name.
 */
public final class SpringControls {
    private final Project project;
    private final SpringSecurity security;
    private final String contextPath;
    private final String servletPath;
    private final boolean securityOnClasspath;
    private final List<Control> globalRateLimits = new ArrayList<>();
    /** Project annotations an aspect enforces as a rate limit ({@code @Limit}). */
    private final Set<String> limitAnnotations = new TreeSet<>();

    private SpringControls(Project project) {
        this.project = project;
        this.security = SpringSecurity.of(project);
        SpringConfig props = SpringConfig.of(project);
        this.contextPath = trim(firstNonNull(firstNonNull(value(props, "server.servlet.context-path"), value(props, "server.context-path")),
                value(props, "spring.webflux.base-path"))); // WebFlux: security matches the path within the base path
        this.servletPath = trim(value(props, "spring.mvc.servlet.path"));
        this.securityOnClasspath = dependsOnSecurity(project) || !security.chains().isEmpty();
        rateLimitFilters();
        authFilters();
        limitAspects();
        if (!props.entries("bucket4j.enabled").isEmpty() || !props.entries("bucket4j.filters[0].url").isEmpty()) {
            List<SpringConfig.Entry> p = props.entries("bucket4j.filters[0].url");
            if (p.isEmpty()) p = props.entries("bucket4j.enabled");
            if (!p.get(0).value().equalsIgnoreCase("false")) {
                globalRateLimits.add(new Control(ControlKind.RATE_LIMIT, "bucket4j", p.get(0).location(), Set.of(), "global"));
            }
        }
    }

    public static SpringControls of(Project project) {
        return project.derived(SpringControls.class, SpringControls::new);
    }

    /** Spring Security on the classpath (a dependency in the build, or a filter chain in the code). */
    public boolean securityOnClasspath() {
        return securityOnClasspath;
    }

    /**
     * The path Spring Security matches a route by: the route path without the servlet context path and
     * the DispatcherServlet path ({@code /api/users/:id} with {@code server.servlet.context-path=/api} is
     * matched as {@code /users/:id}).
     */
    public String matchPath(String routePath) {
        String p = routePath;
        for (String prefix : new String[] {contextPath, servletPath}) {
            if (prefix.isEmpty()) continue;
            if (p.equals(prefix)) p = "/";
            else if (p.startsWith(prefix + "/")) p = p.substring(prefix.length());
        }
        return p;
    }

    /** What the filter chain decides for a route. */
    public record Decision(Access access, AuthzRule rule, SecurityChain chain, String why) {
        /** Public because a rule names this route's path (not a catch-all, not a missing rule). */
        public boolean explicitlyPublic() {
            return (access == Access.PERMIT_ALL || access == Access.ANONYMOUS) && rule != null && !rule.catchAll();
        }
    }

    /** The filter chain's decision for a request, or null when Spring Security is not on the classpath. */
    public Decision decide(String method, String routePath) {
        return decideServlet(method, matchPath(routePath));
    }

    /** The filter chain's decision for a route declared in {@code file} (its build module's chains only). */
    public Decision decide(String method, String routePath, String file) {
        return decideServlet(method, matchPath(routePath), file == null ? null : SpringConfig.moduleOf(file));
    }

    /** The filter chain's decision for a path relative to the servlet context, or null without Spring Security. */
    public Decision decideServlet(String method, String p) {
        return decideServlet(method, p, null);
    }

    /**
     * The decision for a path of a route in build module {@code module} (null: any): in a multi-module Maven tree,
     * only chains and the Spring Security dependency of modules that run with it count.
     */
    public Decision decideServlet(String method, String p, String module) {
        if (!securityOnClasspath) return null;
        BuildModules bm = BuildModules.of(project);
        if (module != null && bm.multi() && bm.known(module) && !security.hasChainFor(project, module)
                && !bm.declares(module, SECURITY_DEPS)) return null;
        for (AuthzRule r : security.ignoring()) {
            if (r.matches(method, p, actuatorBase())) return new Decision(Access.PERMIT_ALL, r, null, "web.ignoring()");
        }
        SecurityChain c = security.chainFor(p, actuatorBase(), project, module);
        if (c == null) {
            // chains configured in code, none scoped to this path: Spring Boot's default chain backs off as soon as the
            // code declares one (SpringBootWebSecurityConfiguration is conditional on there being none), so no security
            // filter runs on the request (a chain whose scope was not read may cover it: then the default stands)
            if (security.hasChainFor(project, module) && security.scopesRead(project, module)) {
                return new Decision(Access.PERMIT_ALL, null, null, "no security filter chain covers the path");
            }
            // Spring Boot's default chain when the code configures none: every request must authenticate
            return new Decision(Access.AUTHENTICATED, null, null, "Spring Boot's default security");
        }
        AuthzRule r = c.decide(method, p, actuatorBase());
        if (r == null) {
            if (c.rules().isEmpty() && !c.adapter()) return new Decision(Access.OTHER, null, c, "no authorization rules");
            // authorizeRequests lets unmatched requests through; authorizeHttpRequests denies them
            return c.legacy() || c.rules().isEmpty() ? new Decision(Access.PERMIT_ALL, null, c, "no rule matches")
                    : new Decision(Access.DENY_ALL, null, c, "no rule matches (denied)");
        }
        Access a = r.access();
        if (a == Access.OTHER) a = r.expr().contains("permitAll") ? Access.PERMIT_ALL : Access.ROLE;
        return new Decision(a, r, c, r.expr());
    }

    /** The actuator base path as Spring Security sees it ({@code management.endpoints.web.base-path}, default /actuator). */
    public String actuatorBase() {
        String b = value(SpringConfig.of(project), "management.endpoints.web.base-path");
        return b == null ? "/actuator" : trim(b).isEmpty() ? "" : trim(b);
    }

    /**
     * The controls on one route, in the order Spring runs them (filters, then method security, then
     * argument validation).
     *
     * @param method  the HTTP method (ALL for a mapping without one)
     * @param path    the full route path (context path included)
     * @param handler the handler method
     * @param mapped  the method carrying the mapping (an OpenAPI interface's), or the handler
     * @param owners  the classes whose annotations apply: the controller, then its supertypes
     * @param inputs  the handler parameters bound to request input, as the routes model read them
     */
    public List<Control> route(String method, String path, Fn handler, Fn mapped, List<ClassInfo> owners, List<Route.ParamInput> inputs) {
        return route(method, path, handler, mapped, owners, inputs, handler == null ? null : handler.file());
    }

    /**
     * {@link #route(String, String, Fn, Fn, List, List)} for a route declared in {@code file}'s build module (a framework
     * route with no handler: an actuator endpoint of the Boot application in that file; s32 ird0's directory service had
     * its actuator rows under the portal service's chain).
     */
    public List<Control> route(String method, String path, Fn handler, Fn mapped, List<ClassInfo> owners, List<Route.ParamInput> inputs, String file) {
        List<Control> out = new ArrayList<>(globalRateLimits);
        Decision d = decide(method, path, file);
        if (d != null && d.access().requiresAuth()) {
            Location at = d.rule() != null ? d.rule().at() : d.chain() != null ? d.chain().at() : handler == null ? null : handler.location();
            out.add(new Control(ControlKind.AUTH, "spring-security", at, Set.of(), d.rule() != null && !d.rule().catchAll() ? "route" : "global"));
        }
        // a project filter or interceptor that checks a credential header on the paths it covers
        for (AuthFilter af : authFilters) {
            if (af.covers(path, matchPath(path))) out.add(new Control(ControlKind.AUTH, af.name(), af.at(), Set.of(), "global"));
        }
        List<Decorator> annotations = new ArrayList<>();
        if (handler != null) annotations.addAll(handler.decorators());
        if (mapped != null && mapped != handler) annotations.addAll(mapped.decorators());
        for (ClassInfo c : owners) if (c != null) annotations.addAll(c.decorators());
        for (Decorator a : annotations) {
            String n = a.name();
            if (!Set.of("PreAuthorize", "Secured", "RolesAllowed").contains(n)) continue;
            if (!security.enforces(n)) break; // method security not enabled for it: the annotation does nothing
            String expr = a.args().isEmpty() ? "" : SpringSecurity.text(a.args().get(0));
            if (expr.contains("permitAll") || expr.contains("isAnonymous") || expr.equals("\"true\"")) break;
            out.add(new Control(ControlKind.AUTH, "@" + n, a.location(), Set.of(), "route"));
            break; // the method's annotation wins over the class's
        }
        for (Decorator a : annotations) {
            if (a.name().equals("RateLimiter") && (a.callee() == null || !SpringSecurity.text(a.callee()).contains("guava"))) {
                out.add(new Control(ControlKind.RATE_LIMIT, "resilience4j", a.location(), Set.of(), "route"));
                break;
            }
            if (limitAnnotations.contains(a.name())) {
                out.add(new Control(ControlKind.RATE_LIMIT, "@" + a.name(), a.location(), Set.of(), "route"));
                break;
            }
        }
        if (inputs != null) {
            for (Route.ParamInput in : inputs) {
                if (!in.validated()) continue;
                String name = in.part().equals("body") ? "@Valid" : "@Validated";
                out.add(new Control(ControlKind.VALIDATION, name, in.location(), Set.of(in.part()), "route"));
            }
        }
        return out;
    }

    /**
     * A project servlet filter or MVC interceptor that authenticates: it reads a credential header and turns the request
     * away with 401 or 403. Where it runs: an interceptor on its registration's path patterns (none: every path), a filter
     * on every path but those its {@code shouldNotFilter} skips (by a prefix of the request URI); {@code uri} true when
     * the patterns are prefixes of the whole request URI (context path included), false for Ant patterns within it.
     */
    private record AuthFilter(String name, Location at, List<String> include, List<String> exclude, boolean uri) {
        boolean covers(String fullPath, String servletPath) {
            String p = uri ? fullPath : servletPath;
            boolean in = include.isEmpty() || include.stream().anyMatch(x -> uri ? p.startsWith(x) : AntPaths.matches(x, p));
            return in && exclude.stream().noneMatch(x -> uri ? p.startsWith(x) || p.equals(x) : AntPaths.matches(x, p));
        }
    }

    private final List<AuthFilter> authFilters = new ArrayList<>();

    /** Response statuses that refuse a caller: 401 and 403, as a number or a servlet / Spring constant. */
    private static final Set<String> REFUSALS = Set.of("SC_UNAUTHORIZED", "SC_FORBIDDEN", "UNAUTHORIZED", "FORBIDDEN");
    /** A header that carries a credential: Authorization, an API key, a token, a signature or a shared secret. */
    private static final java.util.regex.Pattern CREDENTIAL_HEADER = java.util.regex.Pattern.compile(
            "(?i).*(authorization|api[-_]?key|token|signature|secret|auth).*");

    /**
     * The project's authenticating filters and interceptors ({@link AuthFilter}): a class extending
     * {@code OncePerRequestFilter} / {@code GenericFilterBean} or implementing {@code Filter} / {@code HandlerInterceptor}
     * (no rate limiter), made a bean or registered, whose methods read a credential header and answer 401/403
     * ({@code response.sendError(SC_UNAUTHORIZED)}, {@code setStatus(401)}, a {@code ResponseStatusException(UNAUTHORIZED)}).
     */
    private void authFilters() {
        Set<Location> limiters = new HashSet<>();
        for (Control c : globalRateLimits) if (c.location() != null) limiters.add(c.location());
        for (FileFacts f : project.files().values()) {
            if (!"java".equals(f.language()) || project.isTestPath(f.path())) continue;
            for (ClassInfo c : f.classes().values()) {
                if (limiters.contains(c.location())) continue;
                List<String> supers = new ArrayList<>();
                if (c.superClass() != null) supers.add(SpringSecurity.text(c.superClass()));
                for (Val i : c.implemented()) supers.add(SpringSecurity.text(i));
                boolean interceptor = supers.stream().anyMatch(x -> x.endsWith("HandlerInterceptor") || x.endsWith("HandlerInterceptorAdapter"));
                boolean filter = !interceptor && supers.stream().anyMatch(x -> x.endsWith("OncePerRequestFilter") || x.equals("Filter")
                        || x.endsWith(".Filter") || x.endsWith("GenericFilterBean"));
                if (!interceptor && !filter || !authenticates(c)) continue;
                if (interceptor) {
                    for (List<List<String>> reg : interceptorRegistrations(c)) {
                        authFilters.add(new AuthFilter(c.name(), c.location(), reg.get(0), reg.get(1), false));
                    }
                } else if (registeredFilter(c) && !passesWithoutCredential(c)) {
                    List<List<String>> skip = skipped(c, f);
                    if (skip != null) authFilters.add(new AuthFilter(c.name(), c.location(), skip.get(0), skip.get(1), true));
                }
            }
        }
    }

    /** Whether the class reads a credential header and answers 401/403 in one of its methods. */
    private static boolean authenticates(ClassInfo c) {
        boolean reads = false, refuses = false;
        for (Fn m : c.methods()) {
            for (Fn fn : dev.backcheck.concepts.RequestPaths.handlerFunctions(m)) {
                for (CallSite cs : fn.calls()) {
                    if (readsCredential(cs)) reads = true;
                    if (answersRefusal(cs)) refuses = true;
                }
            }
        }
        return reads && refuses;
    }

    /** {@code request.getHeader("Authorization")} (or another credential header). */
    private static boolean readsCredential(CallSite cs) {
        String name = cs.methodName();
        if ("getHeader".equals(name) && !cs.args().isEmpty() && Val.constString(cs.arg(0)) != null
                && CREDENTIAL_HEADER.matcher(Val.constString(cs.arg(0))).matches()) return true;
        return Vals.anyPartDeep(cs.callee(), v -> credentialHeader(v), 50);
    }

    private static boolean credentialHeader(Val v) {
        return v instanceof Req q && q.part().equals("headers") && !q.path().isEmpty() && CREDENTIAL_HEADER.matcher(q.path().get(0)).matches();
    }

    /** {@code response.sendError(401)}, {@code setStatus(SC_FORBIDDEN)}, {@code new ResponseStatusException(UNAUTHORIZED)}. */
    private static boolean answersRefusal(CallSite cs) {
        String name = cs.methodName();
        boolean status = "sendError".equals(name) || "setStatus".equals(name) || "status".equals(name)
                || cs.isNew() && "ResponseStatusException".equals(name);
        return status && cs.args().stream().anyMatch(a -> Vals.anyPartDeep(a, v -> v instanceof Lit l && l.value() instanceof Number n
                && (n.intValue() == 401 || n.intValue() == 403) || REFUSALS.contains(String.valueOf(Vals.lastName(v))), 50));
    }

    /**
     * A filter that authenticates only the requests that carry a credential (the usual Spring Security JWT filter):
     * without one it hands the request on ({@code filterChain.doFilter}) untouched, and it refuses only a credential
     * that is sent and fails. Such a filter fills the security context; whether a request without a credential is
     * served is decided by the chain's authorization rules, which Spring Security's {@code AuthorizationFilter} applies
     * after it ({@code permitAll} grants the anonymous request, {@code authenticated()} denies it), not by the filter.
     * Read on its {@code doFilterInternal} / {@code doFilter}: every refusal (a 401/403 answer, a helper method of the
     * class that answers one, an exception made) runs only under a test that the credential is present
     * ({@code jwt != null}, {@code header.startsWith("Bearer ")}, {@code StringUtils.hasText(token)}), or in a catch
     * whose try block uses the credential only under such a test; and some {@code doFilter} call of the chain is not
     * under one. A refusal the filter makes without a credential (or one it cannot place) keeps it a gate.
     */
    private static boolean passesWithoutCredential(ClassInfo c) {
        Fn m = null;
        int chainAt = -1;
        for (Fn x : c.methods()) {
            if (!"doFilterInternal".equals(x.name()) && !"doFilter".equals(x.name())) continue;
            for (int i = 0; i < x.params().size(); i++) {
                String t = x.params().get(i).type();
                if (t != null && (t.equals("FilterChain") || t.endsWith(".FilterChain"))) {
                    m = x;
                    chainAt = i;
                }
            }
        }
        if (m == null) return false;
        String chain = m.params().get(chainAt).name();
        // what the credential is: the header read, or a method of the class that reads it (extractToken(request))
        Set<String> readers = new HashSet<>();
        for (Fn x : c.methods()) if (x != m && x.calls().stream().anyMatch(SpringControls::readsCredential)) readers.add(x.name());
        java.util.function.Predicate<Val> credential = v -> Vals.anyPartDeep(v, p -> credentialHeader(p)
                || p instanceof Call k && k.callee() instanceof This t && t.path().size() == 1 && readers.contains(t.path().get(0)), 50);
        Set<String> refusing = new HashSet<>();
        for (Fn x : c.methods()) {
            if (x != m && x.calls().stream().anyMatch(cs -> answersRefusal(cs))) refusing.add(x.name());
        }
        boolean passes = false;
        for (CallSite cs : m.calls()) {
            boolean present = cs.guards().stream().anyMatch(g -> presence(g, credential));
            String name = cs.methodName();
            if ("doFilter".equals(name) && !present && (SpringSecurity.text(cs.callee()).contains("FilterChain")
                    || cs.callee() instanceof Member mb && mb.object() instanceof Val.Param p && p.name().equals(chain))) passes = true;
            boolean refusal = answersRefusal(cs)
                    || cs.callee() instanceof This t && t.path().size() == 1 && refusing.contains(t.path().get(0))
                    || cs.isNew() && name != null && (name.endsWith("Exception") || name.endsWith("Error"));
            if (!refusal || present) continue;
            Fn.Catch in = null;
            for (Fn.Catch k : m.catches()) if (k.inBody(cs.location())) in = k;
            if (in == null) return false;
            // a catch: the credential is used in its try block only once it is known to be there
            for (CallSite u : m.calls()) {
                if (!in.inBlock(u.location())) continue;
                boolean uses = u.args().stream().anyMatch(credential) || u.callee() instanceof Member mb && credential.test(mb.object());
                if (uses && u.guards().stream().noneMatch(g -> presence(g, credential))) return false;
            }
        }
        return passes;
    }

    /** A guard that holds only when the credential was sent: {@code x != null}, {@code x.startsWith("Bearer ")}, {@code hasText(x)}. */
    private static boolean presence(CallSite.Guard g, java.util.function.Predicate<Val> credential) {
        boolean nullRight = g.right() instanceof Lit l && l.value() == null, nullLeft = g.left() instanceof Lit l && l.value() == null;
        if (("!=".equals(g.op()) && g.holds() || "==".equals(g.op()) && !g.holds()) && (nullRight && credential.test(g.left())
                || nullLeft && credential.test(g.right()))) return true;
        // x.equals("literal") / "literal".equals(x) holding: x is there
        if ("==".equals(g.op()) && g.holds() && (credential.test(g.left()) && Val.constString(g.right()) != null
                || credential.test(g.right()) && Val.constString(g.left()) != null)) return true;
        if ("truthy".equals(g.op()) && g.left() instanceof Call k) {
            String n = Vals.lastName(k.callee());
            boolean on = k.callee() instanceof Member mb && credential.test(mb.object()) || k.args().stream().anyMatch(credential);
            if (!on || n == null) return false;
            if (g.holds() && Set.of("startsWith", "hasText", "hasLength", "isNotBlank", "isNotEmpty", "nonNull").contains(n)) return true;
            if (!g.holds() && Set.of("isEmpty", "isBlank", "isNull").contains(n)) return true;
        }
        return false;
    }

    /**
     * The path patterns of each registration of an interceptor class ({@code registry.addInterceptor(x)
     * .addPathPatterns("/api/**").excludePathPatterns("/api/health")}): [include, exclude] per registration.
     */
    private List<List<List<String>>> interceptorRegistrations(ClassInfo target) {
        List<List<List<String>>> out = new ArrayList<>();
        for (FileFacts f : project.files().values()) {
            if (!"java".equals(f.language()) || project.isTestPath(f.path())) continue;
            for (ClassInfo owner : f.classes().values()) {
                for (Fn m : owner.methods()) {
                    for (CallSite cs : m.calls()) {
                        if (!"addInterceptor".equals(cs.methodName()) || cs.args().isEmpty() || !names(cs.arg(0), target, owner)) continue;
                        List<String> include = new ArrayList<>(), exclude = new ArrayList<>();
                        for (CallSite chained : m.calls()) {
                            String n = chained.methodName();
                            if (!"addPathPatterns".equals(n) && !"excludePathPatterns".equals(n)) continue;
                            if (!Vals.anyPartDeep(chained.callee(), v -> v instanceof Call ic && "addInterceptor".equals(Vals.lastName(ic.callee()))
                                    && ic.args().equals(cs.args()), 50)) continue;
                            for (Val a : chained.args()) patterns(a, "addPathPatterns".equals(n) ? include : exclude);
                        }
                        out.add(List.of(include, exclude));
                    }
                }
            }
        }
        return out;
    }

    private static void patterns(Val a, List<String> into) {
        String s = Val.constString(a);
        if (s != null) into.add(s);
        else if (a instanceof Arr arr) for (Val x : arr.items()) patterns(x, into);
        else if (a instanceof Call c && Set.of("of", "asList").contains(String.valueOf(Vals.lastName(c.callee())))) for (Val x : c.args()) patterns(x, into);
    }

    /** {@code new X()}, a field of type X, or a {@code @Bean} method of the same class returning X. */
    private static boolean names(Val arg, ClassInfo target, ClassInfo owner) {
        if (arg instanceof New n) return target.name().equals(Vals.lastName(n.callee()));
        if (arg instanceof This t && t.path().size() == 1) {
            for (ClassInfo.Prop p : owner.props()) if (p.name().equals(t.path().get(0)) && target.name().equals(p.type())) return true;
            for (Fn.Param p : owner.ctorParams()) if (p.name().equals(t.path().get(0)) && target.name().equals(p.type())) return true;
        }
        if (arg instanceof Call c && c.callee() instanceof This t && t.path().size() == 1) {
            Fn bean = owner.method(t.path().get(0));
            return bean != null && bean.returns().stream().anyMatch(r -> r instanceof New n && target.name().equals(Vals.lastName(n.callee())));
        }
        if (arg instanceof Param p) return target.name().equals(p.name()) || p.name().equalsIgnoreCase(target.name());
        return false;
    }

    /** A filter Spring runs: a bean ({@code @Component}), or made with {@code new} somewhere in the project (a chain's addFilterBefore). */
    private boolean registeredFilter(ClassInfo c) {
        if (c.decorators().stream().anyMatch(d -> Set.of("Component", "Service", "Configuration", "Named").contains(d.name()))) return true;
        for (FileFacts f : project.files().values()) {
            if (!"java".equals(f.language()) || project.isTestPath(f.path())) continue;
            for (ClassInfo o : f.classes().values()) {
                for (Fn m : o.methods()) {
                    for (CallSite cs : m.calls()) if (cs.isNew() && c.name().equals(Vals.lastName(cs.callee()))) return true;
                }
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern STARTS_WITH = java.util.regex.Pattern.compile("\\.(startsWith|equals)\\(\\s*\"([^\"]+)\"\\s*\\)");

    /**
     * What a filter's {@code shouldNotFilter} skips, as [include, exclude] prefixes of the request URI: none (every
     * path) without one; {@code return !uri.startsWith("/api/")} includes that prefix only; a test of prefixes without a
     * negation ({@code uri.startsWith("/public") || uri.equals("/health")}) excludes them. Null when it decides otherwise.
     */
    private List<List<String>> skipped(ClassInfo c, FileFacts f) {
        Fn m = c.method("shouldNotFilter");
        if (m == null) return List.of(List.of(), List.of());
        Location at = m.location();
        List<String> lines = at == null ? List.of() : dev.backcheck.concepts.SourceLines.read(project, at.path());
        if (at == null || at.endLine() > lines.size()) return null;
        StringBuilder body = new StringBuilder();
        for (int i = at.line() - 1; i < at.endLine(); i++) body.append(lines.get(i)).append('\n');
        String text = body.toString();
        int open = text.indexOf('{');
        if (open < 0) return null;
        text = text.substring(open + 1);
        List<String> prefixes = new ArrayList<>();
        java.util.regex.Matcher sm = STARTS_WITH.matcher(text);
        while (sm.find()) prefixes.add(sm.group(2));
        if (prefixes.isEmpty()) return null;
        String stripped = text.replaceAll("\"[^\"]*\"", "\"\"");
        long statements = stripped.chars().filter(ch -> ch == ';').count();
        if (statements != 1 || !stripped.contains("getRequestURI") && !stripped.contains("getServletPath")) return null;
        boolean negated = stripped.matches("(?s)\\s*return\\s*!\\s*\\(?\\s*\\w+\\s*\\.\\s*get(RequestURI|ServletPath)\\(\\)\\s*\\.startsWith\\(\"\"\\)\\s*\\)?\\s*;\\s*}\\s*");
        if (negated && prefixes.size() == 1) return List.of(List.of(prefixes.get(0)), List.of());
        if (stripped.contains("!")) return null;
        return List.of(List.of(), prefixes);
    }

    /**
     * App-wide controls: Spring Security's default response headers (unless a chain disables them), CORS
     * configuration, and rate-limiting filters.
     */
    public List<Application.Mount> mounts() {
        List<Application.Mount> out = new ArrayList<>();
        if (securityOnClasspath) {
            boolean disabled = false;
            Location at = null;
            for (SecurityChain c : security.chains()) {
                if (c.headersDisabled() != null) disabled = true;
                else if (at == null) at = c.at();
            }
            if (!disabled || at != null) {
                out.add(new Application.Mount(new Control(ControlKind.HEADERS, "spring-security", at, Set.of(), "global"), "", List.of()));
            }
        }
        for (SpringCors.Config c : SpringCors.of(project).configs()) {
            out.add(new Application.Mount(new Control(ControlKind.CORS, "spring-cors", c.at(), Set.of(), "global"), "", List.of()));
            break;
        }
        for (Control c : globalRateLimits) out.add(new Application.Mount(c, "", List.of()));
        return out;
    }

    /** Where a chain turns Spring Security's headers off, or null. */
    public Location headersDisabledAt() {
        for (SecurityChain c : security.chains()) if (c.headersDisabled() != null) return c.headersDisabled();
        return null;
    }

    /**
     * Rate-limiting filters and interceptors of the project: a class that uses Bucket4j, or whose name says it
     * limits rates, and is a servlet filter ({@code OncePerRequestFilter}, {@code Filter}, {@code GenericFilterBean})
     * or a {@code HandlerInterceptor}.
     */
    private void rateLimitFilters() {
        for (FileFacts f : project.files().values()) {
            if (!"java".equals(f.language()) || project.isTestPath(f.path())) continue;
            boolean bucket4j = f.imports().values().stream().anyMatch(i -> i.module() != null && i.module().startsWith("io.github.bucket4j"));
            boolean r4j = f.imports().values().stream().anyMatch(i -> i.module() != null && i.module().startsWith("io.github.resilience4j.ratelimiter"));
            for (ClassInfo c : f.classes().values()) {
                boolean named = c.name().toLowerCase(Locale.ROOT).contains("ratelimit") || c.name().toLowerCase(Locale.ROOT).contains("throttl");
                List<String> supers = new ArrayList<>();
                if (c.superClass() != null) supers.add(SpringSecurity.text(c.superClass()));
                for (Val i : c.implemented()) supers.add(SpringSecurity.text(i));
                boolean filter = supers.stream().anyMatch(s -> s.endsWith("OncePerRequestFilter") || s.endsWith("Filter")
                        || s.endsWith("GenericFilterBean") || s.endsWith("HandlerInterceptor") || s.endsWith("HandlerInterceptorAdapter"));
                if (!filter) continue;
                String lib = bucket4j ? "bucket4j" : r4j ? "resilience4j" : named ? c.name() : limiterTaken(c);
                if (lib == null) continue;
                globalRateLimits.add(new Control(ControlKind.RATE_LIMIT, lib, c.location(), Set.of(), "global"));
            }
        }
    }

    /**
     * Bucket4j's and resilience4j's calls that take a token or a permit (read from bucket4j-core's Bucket and
     * BlockingBucket: tryConsume, tryConsumeAndReturnRemaining, tryConsumeAsMuchAsPossible; resilience4j RateLimiter:
     * acquirePermission, reservePermission).
     */
    private static final Set<String> LIMITER_TAKES = Set.of("tryConsume", "tryConsumeAndReturnRemaining", "tryConsumeAsMuchAsPossible",
            "acquirePermission", "reservePermission");

    /**
     * A filter or interceptor that rate-limits through a limiter kept elsewhere (a service holding the Bucket4j buckets):
     * it takes a token or permit ({@link #LIMITER_TAKES}) and turns the request away with 429 Too Many Requests. Named
     * "bucket4j" or "resilience4j" after the call; null when it does neither.
     */
    private static String limiterTaken(ClassInfo c) {
        String took = null;
        boolean tooMany = false;
        for (Fn m : c.methods()) {
            for (Fn fn : dev.backcheck.concepts.RequestPaths.handlerFunctions(m)) {
                for (CallSite cs : fn.calls()) {
                    String name = cs.methodName();
                    if (name != null && LIMITER_TAKES.contains(name)) took = name.contains("Permission") ? "resilience4j" : "bucket4j";
                    for (Val a : cs.args()) {
                        if (dev.backcheck.lang.facts.Vals.anyPartDeep(a, v -> v instanceof Val.Lit l && l.value() instanceof Number n && n.intValue() == 429
                                || "TOO_MANY_REQUESTS".equals(dev.backcheck.lang.facts.Vals.lastName(v)), 100)) tooMany = true;
                    }
                }
            }
        }
        return tooMany ? took : null;
    }

    /** Calls that count requests: a Redis INCR or script, an atomic counter, a permit or token taken. */
    private static final Set<String> COUNTING = Set.of("increment", "incr", "incrBy", "incrementAndGet", "getAndIncrement",
            "tryAcquire", "tryConsume", "consume", "execute", "addAndGet");
    private static final java.util.regex.Pattern ANNOTATION_POINTCUT = java.util.regex.Pattern.compile("@annotation\\(\\s*([\\w.$]+)\\s*\\)");

    /**
     * A project annotation enforced by an {@code @Aspect} whose advice counts requests (a Redis INCR/script, an
     * atomic counter, a permit) and throws when over the count: a hand-written rate limiter applied per handler
     * ({@code @Limit(count = 10, period = 60)}). The pointcut names it ({@code @annotation(x.Limit)}), directly in
     * the advice or through a {@code @Pointcut} method the advice refers to.
     */
    private void limitAspects() {
        for (FileFacts f : project.files().values()) {
            if (!"java".equals(f.language()) || project.isTestPath(f.path())) continue;
            for (ClassInfo c : f.classes().values()) {
                if (c.decorators().stream().noneMatch(d -> d.name().equals("Aspect"))) continue;
                Map<String, String> pointcuts = new HashMap<>();
                for (Fn m : c.methods()) {
                    for (Decorator d : m.decorators()) {
                        if (d.name().equals("Pointcut") && !d.args().isEmpty()) pointcuts.put(m.name(), SpringSecurity.text(d.args().get(0)));
                    }
                }
                for (Fn m : c.methods()) {
                    for (Decorator d : m.decorators()) {
                        if (!Set.of("Around", "Before").contains(d.name()) || d.args().isEmpty()) continue;
                        String expr = SpringSecurity.text(d.args().get(0));
                        for (Map.Entry<String, String> pc : pointcuts.entrySet()) {
                            if (expr.contains(pc.getKey() + "()")) expr = expr + " " + pc.getValue();
                        }
                        java.util.regex.Matcher am = ANNOTATION_POINTCUT.matcher(expr);
                        if (!am.find() || !counts(m, c) || m.throwsTypes().isEmpty() && !m.statuses().contains(429)) continue;
                        String q = am.group(1);
                        limitAnnotations.add(q.substring(q.lastIndexOf('.') + 1));
                    }
                }
            }
        }
    }

    /**
     * Where a project method carries a rate-limit annotation an aspect enforces ({@code @Limit} on a handler),
     * also when the method's mapping is one the routes model does not read (a project meta-annotation).
     */
    public List<Location> limitAnnotated() {
        List<Location> out = new ArrayList<>();
        if (limitAnnotations.isEmpty()) return out;
        for (FileFacts f : project.files().values()) {
            if (!"java".equals(f.language()) || project.isTestPath(f.path())) continue;
            for (ClassInfo c : f.classes().values()) {
                for (Fn m : c.methods()) for (Decorator d : m.decorators()) if (limitAnnotations.contains(d.name())) out.add(d.location());
            }
        }
        out.sort(Comparator.comparing(Location::path).thenComparingInt(Location::line));
        return out;
    }

    /** The advice, or a method of its class it calls, counts requests. */
    private static boolean counts(Fn advice, ClassInfo c) {
        List<Fn> all = new ArrayList<>();
        all.add(advice);
        all.addAll(advice.nested());
        for (Fn x : all) for (CallSite cs : x.calls()) if (COUNTING.contains(String.valueOf(cs.methodName()))) return true;
        return false;
    }

    private static final List<String> SECURITY_DEPS = List.of("org.springframework.boot:spring-boot-starter-security",
            "org.springframework.security:spring-security-web", "org.springframework.security:spring-security-config",
            "org.springframework.boot:spring-boot-starter-oauth2-resource-server", "org.keycloak:keycloak-spring-boot-starter");

    private static boolean dependsOnSecurity(Project project) {
        for (String d : SECURITY_DEPS) if (project.dependsOn(d)) return true;
        return false;
    }

    private static String trim(String p) {
        if (p == null) return "";
        String t = p.strip();
        while (t.endsWith("/")) t = t.substring(0, t.length() - 1);
        if (!t.isEmpty() && !t.startsWith("/")) t = "/" + t;
        return t;
    }

    /** The default profile's value of {@code key} (placeholders filled), or null. */
    private static String value(SpringConfig c, String key) {
        SpringConfig.Entry e = c.value(key, null);
        return e == null ? null : c.resolve(e.value(), e.module());
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }
}
