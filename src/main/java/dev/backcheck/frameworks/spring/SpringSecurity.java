package dev.backcheck.frameworks.spring;

import dev.backcheck.findings.Location;
import dev.backcheck.frameworks.spring.SecurityChain.Access;
import dev.backcheck.frameworks.spring.SecurityChain.AuthzRule;
import dev.backcheck.lang.facts.*;
import dev.backcheck.lang.facts.Val.*;
import dev.backcheck.model.Project;

import java.util.*;

/**
 * Spring Security as configured in a project, the concept: the filter chains
 * ({@link SecurityChain}: {@code SecurityFilterChain} beans, {@code WebSecurityConfigurerAdapter.configure},
 * WebFlux {@code SecurityWebFilterChain}), paths taken out of security with {@code web.ignoring()}, and
 * whether method security is on ({@code @EnableMethodSecurity}, {@code @EnableGlobalMethodSecurity}).
 * A method that configures an {@code HttpSecurity} parameter is a chain; its calls are read as the DSL
 * reads: chained ({@code .authorizeRequests().antMatchers(..).permitAll().and().csrf().disable()}) and with
 * customizer lambdas ({@code .authorizeHttpRequests(a -> a.requestMatchers(..).permitAll())}), in source
 * order.
 */
public final class SpringSecurity {
    private final List<SecurityChain> chains = new ArrayList<>();
    private final List<AuthzRule> ignoring = new ArrayList<>();
    private boolean prePost;
    private boolean secured;
    private boolean jsr250;
    private Location methodSecurityAt;

    private SpringSecurity(Project project) {
        /** Methods read into another chain: helpers given the chain's HttpSecurity or a configurer. */
        Set<Fn> inlined = Collections.newSetFromMap(new IdentityHashMap<>());
        List<SecurityChain> built = new ArrayList<>();
        Map<SecurityChain, Fn> methodOf = new IdentityHashMap<>();
        for (FileFacts f : project.files().values()) {
            if (!"java".equals(f.language()) || project.isTestPath(f.path())) continue;
            for (ClassInfo c : f.classes().values()) {
                for (Decorator d : c.decorators()) enabling(d);
                boolean configurer = isConfigurer(c);
                for (Fn m : c.methods()) {
                    Fn.Param http = httpParam(m);
                    if (http != null && !configurer && !(inactiveProfile(c.decorators(), project) || inactiveProfile(m.decorators(), project))) {
                        SecurityChain ch = chain(m, http, c, project, f, inlined);
                        if (ch != null) {
                            built.add(ch);
                            methodOf.put(ch, m);
                        }
                    }
                    Fn.Param web = webParam(m);
                    if (web != null) ignoring(m, web.name(), c, project, f);
                    for (Fn n : m.nested()) {
                        // a WebSecurityCustomizer bean: web -> web.ignoring().requestMatchers(...)
                        Fn.Param w = webParam(n);
                        if (w != null) ignoring(n, w.name(), c, project, f);
                    }
                }
            }
        }
        for (SecurityChain ch : built) if (!inlined.contains(methodOf.get(ch))) chains.add(ch);
        // the order Spring tries them in: @Order (lowest first), then, for equal orders, scoped chains before a chain
        // for every request (Spring refuses a chain after an any-request one), then declaration order
        chains.sort(Comparator.comparingInt(SecurityChain::order)
                .thenComparing(ch -> ch.scope().isEmpty())
                .thenComparing(SecurityChain::at, Location.ORDER));
    }

    /**
     * A bean or configuration class made only under named profiles none of which the project turns on:
     * {@code @Profile("nosecurity")} (a permit-all chain for local runs) beside the real chain, while no
     * {@code spring.profiles.active} / {@code SPRING_PROFILES_ACTIVE} of the tree names it. Spring does not create it in a
     * default run. A negated or compound expression ({@code "!nosecurity"}, {@code "dev & local"}) or the {@code default}
     * profile is left as it is.
     */
    private static boolean inactiveProfile(List<Decorator> decorators, Project project) {
        for (Decorator d : decorators) {
            if (!"Profile".equals(d.name()) || d.args().isEmpty()) continue;
            List<String> names = new ArrayList<>();
            for (Val a : d.args()) {
                if (a instanceof Val.Arr arr) for (Val x : arr.items()) names.add(Val.constString(x));
                else names.add(Val.constString(a));
            }
            for (String n : names) {
                if (n == null || !n.matches("[A-Za-z0-9_.-]+") || n.equals("default")) return false;
                if (profileNamed(project, n)) return false;
            }
            return true;
        }
        return false;
    }

    /** Whether a configuration or deployment file of the tree activates the profile {@code name} (a mention beside "profiles"). */
    private static boolean profileNamed(Project project, String name) {
        java.util.regex.Pattern p = java.util.regex.Pattern.compile("(?i)profiles?[._-]?(active|include)?[^\\n]*\\b" + java.util.regex.Pattern.quote(name) + "\\b");
        for (dev.backcheck.concepts.SpringConfig.Entry e : dev.backcheck.concepts.SpringConfig.of(project).entries()) {
            if ((e.key().equals("spring.profiles.active") || e.key().equals("spring.profiles.include") || e.key().startsWith("spring.profiles.group"))
                    && e.value().matches("(?s).*\\b" + java.util.regex.Pattern.quote(name) + "\\b.*")) return true;
        }
        // (deployment files: compose, env files, scripts; not documentation that says how one could turn it on)
        for (Map.Entry<String, String> t : project.texts().entrySet()) {
            String low = t.getKey().toLowerCase(Locale.ROOT);
            if (low.endsWith(".md") || low.endsWith(".mdx") || low.endsWith(".txt") || low.endsWith(".rst") || low.endsWith(".adoc")
                    || low.endsWith(".html")) continue;
            if (t.getValue().contains(name) && p.matcher(t.getValue()).find()) return true;
        }
        return false;
    }

    public static SpringSecurity of(Project project) {
        return project.derived(SpringSecurity.class, SpringSecurity::new);
    }

    /** The filter chains configured in code, by file and line. */
    public List<SecurityChain> chains() {
        return Collections.unmodifiableList(chains);
    }

    /** Paths excluded from every chain with {@code web.ignoring()}: no security at all. */
    public List<AuthzRule> ignoring() {
        return Collections.unmodifiableList(ignoring);
    }

    /** Where method security is enabled, or null. */
    public Location methodSecurityAt() {
        return methodSecurityAt;
    }

    /** True when {@code annotation} (PreAuthorize, PostAuthorize, Secured, RolesAllowed) is enforced. */
    public boolean enforces(String annotation) {
        return switch (annotation) {
            case "PreAuthorize", "PostAuthorize", "PreFilter", "PostFilter" -> prePost;
            case "Secured" -> secured;
            case "RolesAllowed", "DenyAll" -> jsr250;
            default -> false;
        };
    }

    /** The chain a request path goes through: the first, in Spring's order, whose scope covers it. */
    public SecurityChain chainFor(String servletPath) {
        return chainFor(servletPath, "/actuator");
    }

    /** The chain a request path goes through, with the actuator base path for endpoint-scoped chains. */
    public SecurityChain chainFor(String servletPath, String actuatorBase) {
        return chainFor(servletPath, actuatorBase, null, null);
    }

    /**
     * The chain a request path of a route declared in build module {@code module} goes through: chains of modules
     * that do not run with it (separate apps of a multi-module tree) are skipped.
     */
    public SecurityChain chainFor(String servletPath, String actuatorBase, Project project, String module) {
        for (SecurityChain c : chains) {
            if (module != null && project != null
                    && !BuildModules.of(project).related(module, dev.backcheck.concepts.SpringConfig.moduleOf(c.at().path()))) continue;
            if (c.covers(servletPath, actuatorBase)) return c;
        }
        return null;
    }

    /** True when some chain is configured in a module that runs with {@code module} (any chain when module is null). */
    public boolean hasChainFor(Project project, String module) {
        for (SecurityChain c : chains) {
            if (module == null || BuildModules.of(project).related(module, dev.backcheck.concepts.SpringConfig.moduleOf(c.at().path()))) return true;
        }
        return false;
    }

    /** True when every chain of a module that runs with {@code module} (any when null) has its scope read: no matcher left unknown. */
    public boolean scopesRead(Project project, String module) {
        for (SecurityChain c : chains) {
            if (module != null && !BuildModules.of(project).related(module, dev.backcheck.concepts.SpringConfig.moduleOf(c.at().path()))) continue;
            if (c.scope().stream().anyMatch(p -> p.contains("{unknown}"))) return false;
        }
        return true;
    }

    private void enabling(Decorator d) {
        switch (d.name()) {
            case "EnableMethodSecurity" -> {
                // Security 6: prePostEnabled defaults to true; securedEnabled and jsr250Enabled to false
                prePost = !flag(d, "prePostEnabled", true) ? prePost : true;
                secured |= flag(d, "securedEnabled", false);
                jsr250 |= flag(d, "jsr250Enabled", false);
                methodSecurityAt = d.location();
            }
            case "EnableGlobalMethodSecurity" -> {
                prePost |= flag(d, "prePostEnabled", false);
                secured |= flag(d, "securedEnabled", false);
                jsr250 |= flag(d, "jsr250Enabled", false);
                methodSecurityAt = d.location();
            }
            default -> { }
        }
    }

    private static boolean flag(Decorator d, String name, boolean dflt) {
        for (Val a : d.args()) {
            if (a instanceof Obj o && o.props().get(name) instanceof Lit l && l.value() instanceof Boolean b) return b;
        }
        return dflt;
    }

    /**
     * A configurer applied to a chain ({@code SecurityConfigurerAdapter}, {@code AbstractHttpConfigurer}): its
     * {@code configure(HttpSecurity)} adds to the chain that applies it ({@code .apply(..)}, {@code .with(..)}), it
     * is no chain of its own.
     */
    private static boolean isConfigurer(ClassInfo c) {
        if (c.superClass() == null) return false;
        String s = simple(text(c.superClass()));
        return s.equals("SecurityConfigurerAdapter") || s.equals("AbstractHttpConfigurer");
    }

    private static Fn.Param httpParam(Fn m) {
        for (Fn.Param p : m.params()) {
            String t = simple(p.type());
            if (t.equals("HttpSecurity") || t.equals("ServerHttpSecurity")) return p;
        }
        return null;
    }

    private static Fn.Param webParam(Fn m) {
        for (Fn.Param p : m.params()) if (simple(p.type()).equals("WebSecurity")) return p;
        return null;
    }

    static String simple(String type) {
        if (type == null) return "";
        String t = type.strip();
        int lt = t.indexOf('<');
        if (lt >= 0) t = t.substring(0, lt);
        int dot = t.lastIndexOf('.');
        return dot >= 0 ? t.substring(dot + 1) : t;
    }

    // ---- reading the DSL

    /** One call of a flattened chain: method name, arguments, where. */
    record Step(String name, List<Val> args, Location at) { }

    /** Builds the chain a configure method / bean method sets up on its HttpSecurity parameter. */
    private SecurityChain chain(Fn m, Fn.Param http, ClassInfo owner, Project project, FileFacts f, Set<Fn> inlined) {
        Builder b = new Builder(project, f, owner, inlined);
        b.adapter = owner.superClass() != null && text(owner.superClass()).endsWith("WebSecurityConfigurerAdapter")
                || m.name().equals("configure");
        b.self = m;
        b.read(m, http.name(), simple(http.type()));
        if (b.touched == 0) return null;
        // @Order on the bean method, or on the adapter class; an adapter is @Order(100) by default
        Integer order = order(m.decorators(), project, f);
        if (order == null && b.adapter) order = order(owner.decorators(), project, f);
        if (order == null) order = b.adapter ? 100 : Integer.MAX_VALUE;
        return new SecurityChain(m.location(), b.adapter, b.legacy, List.copyOf(b.scope), List.copyOf(b.rules), b.csrfDisabled,
                b.sessionLogin, b.stateless, b.bearer, b.headersDisabled, List.copyOf(b.filters), order, b.csrfAt, List.copyOf(b.csrfIgnoring),
                b.served());
    }

    /** The value of an {@code @Order} among {@code ds}: a number, {@code Ordered.HIGHEST_PRECEDENCE + 1}, a constant. */
    static Integer order(List<Decorator> ds, Project project, FileFacts f) {
        for (Decorator d : ds) {
            if (!d.name().equals("Order")) continue;
            Val v = d.args().isEmpty() ? null : d.args().get(0);
            if (v instanceof Obj o) v = o.props().get("value");
            if (v == null) return Integer.MAX_VALUE; // @Order() is LOWEST_PRECEDENCE
            Long n = orderValue(v, project, f, 0);
            return n == null ? null : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, n));
        }
        return null;
    }

    private static Long orderValue(Val v, Project project, FileFacts f, int depth) {
        if (depth > 4 || v == null) return null;
        if (v instanceof Lit l && l.value() instanceof Number n) return n.longValue();
        if (v instanceof Concat c) {
            long sum = 0;
            for (Val p : c.parts()) {
                Long x = orderValue(p, project, f, depth + 1);
                if (x == null) return null;
                sum += x;
            }
            return sum;
        }
        String t = text(v);
        if (t.endsWith("HIGHEST_PRECEDENCE")) return (long) Integer.MIN_VALUE;
        if (t.endsWith("LOWEST_PRECEDENCE")) return (long) Integer.MAX_VALUE;
        if (t.endsWith("BASIC_AUTH_ORDER")) return (long) Integer.MAX_VALUE - 5; // SecurityProperties
        if (t.endsWith("ACCESS_OVERRIDE_ORDER")) return (long) Integer.MAX_VALUE - 2; // Boot 1.x ManagementServerProperties
        try {
            Project.Resolved r = project.resolve(v, f);
            if (r != null && r.val() != null && r.val() != v) return orderValue(r.val(), project, r.file() == null ? f : r.file(), depth + 1);
        } catch (RuntimeException e) {
            return null;
        }
        return null;
    }

    private void ignoring(Fn m, String web, ClassInfo owner, Project project, FileFacts f) {
        Builder b = new Builder(project, f, owner, Collections.newSetFromMap(new IdentityHashMap<>()));
        b.ignoringMode = true;
        b.read(m, web, "WebSecurity");
        ignoring.addAll(b.rules);
    }

    /** Reads DSL calls rooted at a parameter, in source order, following customizer lambdas. */
    private static final class Builder {
        final Project project;
        final FileFacts file;
        /** The configuration class: its helper methods and method references are read into the chain. */
        final ClassInfo owner;
        final Set<Fn> inlined;
        /** The chain method itself (a call back to it is {@code super.configure(http)}). */
        Fn self;
        int depth;
        /** Parameter types of the configuring method: a filter passed in as a parameter is named by its type. */
        final Map<String, String> paramTypes = new HashMap<>();
        boolean adapter;
        boolean legacy;
        boolean ignoringMode;
        int touched;
        final List<String> scope = new ArrayList<>();
        final List<AuthzRule> rules = new ArrayList<>();
        final List<SecurityChain.Filter> filters = new ArrayList<>();
        Location csrfDisabled;
        Location csrfAt;
        final List<String> csrfIgnoring = new ArrayList<>();
        Location sessionLogin;
        boolean stateless;
        Location bearer;
        Location headersDisabled;
        /** {@code logout(..)} configured and not disabled: where, and its URL or request matcher as read (null: the default). */
        Location logoutAt;
        String logoutUrl;
        String logoutMethod;
        /** {@code formLogin(..)} configured and not disabled: where, its login page and processing URL (null: the default). */
        Location formLoginAt;
        String loginPage;
        String loginProcessingUrl;
        /** {@code oauth2Login(..)} configured and not disabled: where, its authorization request base and redirection URL. */
        Location oauth2LoginAt;
        String oauth2AuthorizationBase;
        String oauth2Redirection;

        /** The endpoints the chain's logout and form-login filters answer ({@link SecurityChain.Served}). */
        List<SecurityChain.Served> served() {
            List<SecurityChain.Served> out = new ArrayList<>();
            if (formLoginAt != null) {
                // AbstractAuthenticationFilterConfigurer: loginPage(x) makes x the processing URL unless one is set
                String url = loginProcessingUrl != null ? loginProcessingUrl : loginPage != null ? loginPage : "/login";
                if (!url.contains("{unknown}")) out.add(new SecurityChain.Served("POST", url, "login", formLoginAt));
            }
            if (oauth2LoginAt != null) {
                // OAuth2AuthorizationRequestRedirectFilter on {base}/{registrationId} (default /oauth2/authorization), and
                // OAuth2LoginAuthenticationFilter on the redirection URL (default /login/oauth2/code/*): GET both
                String base = oauth2AuthorizationBase != null ? oauth2AuthorizationBase : "/oauth2/authorization";
                String back = oauth2Redirection != null ? oauth2Redirection : "/login/oauth2/code/*";
                if (!base.contains("{unknown}")) {
                    out.add(new SecurityChain.Served("GET", base.replaceAll("/+$", "") + "/:registrationId", "oauth2-authorization", oauth2LoginAt));
                }
                if (!back.contains("{unknown}")) {
                    String b = back.replace("{registrationId}", ":registrationId").replace("{action}", ":action");
                    if (b.endsWith("/*")) b = b.substring(0, b.length() - 1) + ":registrationId";
                    out.add(new SecurityChain.Served("GET", b, "oauth2-callback", oauth2LoginAt));
                }
            }
            if (logoutAt != null && (logoutUrl == null || !logoutUrl.contains("{unknown}"))) {
                out.add(new SecurityChain.Served(logoutMethod != null ? logoutMethod : "POST", logoutUrl != null ? logoutUrl : "/logout", "logout", logoutAt));
            }
            return out;
        }

        Builder(Project project, FileFacts file, ClassInfo owner, Set<Fn> inlined) {
            this.project = project;
            this.file = file;
            this.owner = owner;
            this.inlined = inlined;
        }

        /** Reads every call chain of {@code fn} rooted at its parameter {@code root} (of type {@code type}, or any). */
        void read(Fn fn, String root, String type) {
            read(fn, root, type, "http");
        }

        /**
         * Reads the chains of {@code fn} rooted at {@code root} in the configurer context {@code ctx}, and, in source
         * order with them, the helper methods of the configuration class it hands its root to
         * ({@code configureAuthorization(http)}, {@code auth -> rules(auth)}), read as part of the same chain.
         */
        void read(Fn fn, String root, String type, String ctx) {
            for (Fn.Param p : fn.params()) if (p.type() != null && !p.type().isBlank()) paramTypes.put(p.name(), simple(p.type()));
            List<Object[]> items = new ArrayList<>();
            for (List<Step> chain : chains(fn, root, type)) items.add(new Object[] {chain.get(0).at(), chain});
            for (CallSite c : fn.calls()) {
                if (!(c.callee() instanceof This t) || t.path().size() != 1) continue;
                for (int i = 0; i < c.args().size(); i++) {
                    Val a = c.args().get(i);
                    boolean isRoot = a instanceof Param p && p.path().isEmpty() && p.name().equals(root)
                            || a instanceof Local l && l.path().isEmpty() && l.name().equals(root);
                    if (isRoot) {
                        items.add(new Object[] {c.location(), new Object[] {t.path().get(0), c.args().size(), i}});
                        break;
                    }
                }
            }
            items.sort((x, y) -> Location.ORDER.compare((Location) x[0], (Location) y[0]));
            for (Object[] it : items) {
                if (it[1] instanceof List<?> l) {
                    @SuppressWarnings("unchecked") List<Step> chain = (List<Step>) l;
                    boolean saved = guardedOff;
                    guardedOff = saved || offAsConfigured(topCall.get(chain), fn);
                    try {
                        walk(chain, ctx);
                    } finally {
                        guardedOff = saved;
                    }
                } else {
                    Object[] h = (Object[]) it[1];
                    helper((String) h[0], (Integer) h[1], (Integer) h[2], ctx, fn);
                }
            }
        }

        /** A helper method of the configuration class that receives the chain's root as argument {@code index}. */
        private void helper(String name, int arity, int index, String ctx, Fn caller) {
            if (depth > 4 || owner == null) return;
            if (ctx.equals("http") && name.equals("configure") && self != null && caller == self && self.name().equals("configure")) {
                // another base class's configure (Keycloak's adapter...) sets up what that library sets up: not modelled
                if (owner.superClass() == null || !simple(text(owner.superClass())).equals("WebSecurityConfigurerAdapter")) return;
                // super.configure(http) in a WebSecurityConfigurerAdapter: Spring's default chain
                // (authorizeRequests anyRequest().authenticated(), formLogin(), httpBasic())
                touched++;
                legacy = true;
                rules.add(new AuthzRule(List.of(), List.of(), true, false, Access.AUTHENTICATED, "authenticated()", self.location()));
                if (sessionLogin == null) sessionLogin = self.location();
                return;
            }
            for (Fn m : owner.methods()) {
                if (m == caller || m == self || !m.name().equals(name) || m.params().size() != arity) continue;
                inlined.add(m);
                depth++;
                try {
                    Fn.Param p = m.params().get(index);
                    read(m, p.name(), p.type() == null || p.type().isBlank() ? null : simple(p.type()), ctx);
                } finally {
                    depth--;
                }
                return;
            }
        }

        /**
         * The call chains of a function whose receiver root is the parameter (or local) named {@code root}, or a
         * receiver the front end typed as {@code type}: only the outermost call of each chain (one not used as the
         * receiver of another), flattened root first, in source order.
         */
        List<List<Step>> chains(Fn fn, String root, String type) {
            List<CallSite> calls = new ArrayList<>(fn.calls());
            calls.sort(Comparator.comparing(CallSite::location, Location.ORDER));
            List<List<Step>> out = new ArrayList<>();
            List<CallSite> tops = new ArrayList<>();
            for (CallSite c : calls) {
                List<Step> steps = call(c.callee(), c.args(), c.location(), root, type);
                if (steps == null || steps.isEmpty()) continue;
                // keep only the longest chain: a prefix chain's last call is the receiver of a later one
                for (int k = out.size() - 1; k >= 0; k--) {
                    if (isPrefix(out.get(k), steps)) {
                        out.remove(k);
                        tops.remove(k);
                    }
                }
                boolean covered = false;
                for (List<Step> prev : out) if (isPrefix(steps, prev) || prev.equals(steps)) covered = true;
                if (!covered) {
                    out.add(steps);
                    tops.add(c);
                }
            }
            // each call of a chain starts where the chain starts; the calls of one chain are listed receiver first,
            // so the i-th call at that start is the i-th step: point each step at its method name
            Map<String, List<CallSite>> byStart = new LinkedHashMap<>();
            for (CallSite c : fn.calls()) byStart.computeIfAbsent(start(c.location()), k -> new ArrayList<>()).add(c);
            for (int k = 0; k < out.size(); k++) {
                List<Step> steps = out.get(k);
                List<CallSite> group = byStart.get(start(steps.get(steps.size() - 1).at()));
                if (group == null || group.size() != steps.size()) continue;
                List<Step> named = new ArrayList<>();
                for (int i = 0; i < steps.size(); i++) {
                    Step st = steps.get(i);
                    CallSite cs = group.get(i);
                    Location cl = cs.calleeLocation();
                    if (!st.name().equals(cs.methodName()) || cl == null || cl.endLine() <= 0) {
                        named = null;
                        break;
                    }
                    int col = Math.max(1, cl.endColumn() - st.name().length());
                    named.add(new Step(st.name(), st.args(), Location.at(cl.path(), cl.endLine(), col)));
                }
                if (named != null) out.set(k, named);
            }
            for (int k = 0; k < out.size(); k++) topCall.put(out.get(k), tops.get(k));
            return out;
        }

        /** The outermost call of each chain {@link #chains} returned (its guards are the chain's). */
        private final Map<List<Step>, CallSite> topCall = new IdentityHashMap<>();

        /**
         * True while the chain being walked runs under a condition the repository's configuration makes false
         * ({@link #offAsConfigured}): what it disables is not disabled in the app as configured.
         */
        private boolean guardedOff;

        /**
         * True when a guard of {@code cs} is false as the repository configures the app: {@code if (csrfEnabled)} ..
         * {@code else http.csrf(AbstractHttpConfigurer::disable)} where {@code @Value("${app.csrf-enabled:true}")} and no
         * config file of any profile sets the key otherwise. A condition whose value is not known is not false.
         */
        private boolean offAsConfigured(CallSite cs, Fn fn) {
            if (cs == null || cs.guards().isEmpty()) return false;
            dev.backcheck.concepts.ConfigValues cv = dev.backcheck.concepts.ConfigValues.of(project);
            for (CallSite.Guard g : cs.guards()) {
                String left = configured(cv, g.left(), fn);
                if (left == null) continue;
                Boolean holds;
                if (g.op().equals("truthy")) {
                    holds = left.equalsIgnoreCase("true") ? Boolean.TRUE : left.equalsIgnoreCase("false") ? Boolean.FALSE : null;
                } else if (g.op().equals("==") || g.op().equals("!=")) {
                    String right = g.right() == null ? null : configured(cv, g.right(), fn);
                    holds = right == null ? null : left.equals(right) == g.op().equals("==");
                } else {
                    holds = null;
                }
                if (holds != null && holds != g.holds()) return true;
            }
            return false;
        }

        /**
         * The value {@code v} has as configured, when every profile agrees: a literal, or a config key's default-profile
         * value (its fallback when no file sets it) that no other profile's file changes; else null.
         */
        private String configured(dev.backcheck.concepts.ConfigValues cv, Val v, Fn fn) {
            if (v instanceof Lit l && l.value() != null) return String.valueOf(l.value());
            dev.backcheck.concepts.ConfigValues.Value got = cv.value(v, file, fn);
            if (got.text() == null) return null;
            switch (got.kind()) {
                case LITERAL, ENV_DEFAULT -> { }
                case ENV -> { }
                default -> { return null; }
            }
            if (got.name() != null) {
                for (dev.backcheck.concepts.SpringConfig.Entry e : dev.backcheck.concepts.SpringConfig.of(project).entries(got.name())) {
                    String ev = e.value() == null ? null : e.value().trim();
                    if (ev == null || !ev.equals(got.text())) return null;
                }
            }
            return got.text();
        }

        private static String start(Location l) {
            return l == null ? "" : l.path() + ":" + l.line() + ":" + l.column();
        }

        /** The steps of one call rooted at the parameter, or null when its receiver is something else. */
        private List<Step> call(Val callee, List<Val> args, Location at, String root, String type) {
            Val receiver;
            String name;
            if (callee instanceof Member m) {
                receiver = m.object();
                name = m.prop();
            } else if (callee instanceof Param p && !p.path().isEmpty()) {
                receiver = new Param(p.index(), p.name(), p.path().subList(0, p.path().size() - 1));
                name = p.path().get(p.path().size() - 1);
            } else if (callee instanceof Local l && !l.path().isEmpty()) {
                receiver = new Local(l.name(), l.path().subList(0, l.path().size() - 1));
                name = l.path().get(l.path().size() - 1);
            } else if (callee instanceof Ref r && r.path() != null && !r.path().isEmpty()) {
                receiver = new Ref(r.module(), r.export(), r.path().subList(0, r.path().size() - 1));
                name = r.path().get(r.path().size() - 1);
            } else {
                return null;
            }
            List<Step> out = receiver(receiver, root, type);
            if (out == null) return null;
            out.add(new Step(name, args, at));
            return out;
        }

        private List<Step> receiver(Val v, String root, String type) {
            if (v instanceof Call c) return call(c.callee(), c.args(), c.site(), root, type);
            boolean isRoot = v instanceof Param p && p.path().isEmpty() && p.name().equals(root)
                    || v instanceof Local l && l.path().isEmpty() && l.name().equals(root)
                    || type != null && v instanceof Ref r && (r.path() == null || r.path().isEmpty()) && type.equals(r.export());
            return isRoot ? new ArrayList<>() : null;
        }

        private static boolean isPrefix(List<Step> a, List<Step> b) {
            if (a.size() >= b.size()) return false;
            for (int i = 0; i < a.size(); i++) {
                if (!a.get(i).name().equals(b.get(i).name())) return false;
                if (!start(a.get(i).at()).equals(start(b.get(i).at()))) return false;
            }
            return true;
        }

        /** The DSL, step by step: which configurer a call opens, and what it sets. */
        void walk(List<Step> steps, String context) {
            touched++;
            String ctx = context;
            List<String> methods = new ArrayList<>();
            List<String> patterns = new ArrayList<>();
            boolean any = false;
            boolean actuator = false;
            boolean haveMatcher = false;
            for (Step s : steps) {
                String n = s.name();
                switch (n) {
                    case "and" -> {
                        ctx = "http";
                        continue;
                    }
                    case "authorizeRequests", "authorizeHttpRequests", "authorizeExchange" -> {
                        legacy = n.equals("authorizeRequests");
                        ctx = "authorize";
                        lambdas(s, "authorize");
                        continue;
                    }
                    case "ignoring" -> {
                        ctx = "authorize";
                        continue;
                    }
                    case "csrf" -> {
                        ctx = "csrf";
                        lambdas(s, "csrf");
                        if (disablesByReference(s)) {
                            if (!guardedOff) csrfDisabled = s.at();
                        } else if (csrfAt == null) csrfAt = s.at();
                        continue;
                    }
                    case "headers" -> {
                        ctx = "headers";
                        lambdas(s, "headers");
                        if (disablesByReference(s)) headersDisabled = s.at();
                        continue;
                    }
                    case "formLogin", "oauth2Login", "saml2Login", "rememberMe" -> {
                        if (!disablesByReference(s) && sessionLogin == null) sessionLogin = s.at();
                        if (n.equals("formLogin") && !ignoringMode) {
                            formLoginAt = disablesByReference(s) ? null : s.at();
                            // formLogin(f -> f.loginPage("/signin").loginProcessingUrl("/api/login")): the URLs it serves
                            if (formLoginAt != null) lambdas(s, n);
                        }
                        if (n.equals("oauth2Login") && !ignoringMode) {
                            oauth2LoginAt = disablesByReference(s) ? null : s.at();
                            // oauth2Login(o -> o.authorizationEndpoint(a -> a.baseUri("/api/oauth2/authorize")))
                            if (oauth2LoginAt != null) lambdas(s, n);
                        }
                        ctx = n;
                        continue;
                    }
                    case "logout" -> {
                        if (!ignoringMode) {
                            logoutAt = disablesByReference(s) ? null : s.at();
                            if (logoutAt != null) lambdas(s, n);
                            ctx = n;
                            continue;
                        }
                    }
                    case "oauth2ResourceServer" -> {
                        if (bearer == null) bearer = s.at();
                        ctx = n;
                        continue;
                    }
                    case "apply", "with" -> {
                        if (ctx.equals("http") && !s.args().isEmpty()) applied(s.args().get(0));
                        ctx = "http";
                        continue;
                    }
                    case "sessionManagement" -> {
                        ctx = "session";
                        lambdas(s, "session");
                        continue;
                    }
                    case "sessionCreationPolicy" -> {
                        if (!s.args().isEmpty() && text(s.args().get(0)).endsWith("STATELESS")) stateless = true;
                        continue;
                    }
                    case "addFilterBefore", "addFilterAfter", "addFilterAt", "addFilter" -> {
                        if (!s.args().isEmpty()) {
                            Val fa = s.args().get(0);
                            String name = fa instanceof Param fp && fp.path().isEmpty() && paramTypes.containsKey(fp.name())
                                    ? paramTypes.get(fp.name()) : filterName(fa);
                            filters.add(new SecurityChain.Filter(name, s.at()));
                            if (bearer == null && looksLikeTokenFilter(name)) bearer = s.at();
                        }
                        continue;
                    }
                    case "securityMatcher", "antMatcher", "mvcMatcher", "regexMatcher", "requestMatcher" -> {
                        if (ctx.equals("http")) {
                            for (Val a : s.args()) scope.addAll(scopeStrings(a));
                            continue;
                        }
                    }
                    case "securityMatchers", "requestMatchers" -> {
                        // the chain's scope: 6.x securityMatchers(m -> m.requestMatchers(..)), 5.x
                        // requestMatchers().antMatchers(..).and() / requestMatchers(m -> m.antMatchers(..))
                        if (ctx.equals("http")) {
                            ctx = "scope";
                            lambdas(s, "scope");
                            continue;
                        }
                        if (ctx.equals("scope")) {
                            for (Val a : s.args()) if (!(a instanceof FnVal)) scope.addAll(scopeStrings(a));
                            continue;
                        }
                    }
                    case "disable" -> {
                        if (ctx.equals("csrf") && csrfDisabled == null && !guardedOff) csrfDisabled = s.at();
                        if (ctx.equals("headers") && headersDisabled == null) headersDisabled = s.at();
                        if ((ctx.equals("formLogin") || ctx.equals("rememberMe")) && sessionLogin != null && sessionLogin.line() <= s.at().line()) sessionLogin = null;
                        if (ctx.equals("formLogin")) formLoginAt = null;
                        if (ctx.equals("oauth2Login")) oauth2LoginAt = null;
                        if (ctx.equals("logout")) logoutAt = null;
                        continue;
                    }
                    default -> { }
                }
                if (ctx.startsWith("logout") && !s.args().isEmpty()) {
                    if (n.equals("logoutUrl")) {
                        List<String> u = strings(s.args().get(0));
                        logoutUrl = u.isEmpty() ? "{unknown}" : u.get(0);
                        if (logoutAt == null) logoutAt = s.at();
                    } else if (n.equals("logoutRequestMatcher")) {
                        // new AntPathRequestMatcher("/api/logout", "GET"), antMatcher(HttpMethod.POST, "/logout")
                        List<String> ps = strings(s.args().get(0));
                        logoutUrl = ps.isEmpty() ? "{unknown}" : ps.get(0);
                        logoutMethod = "ALL";
                        String t = text(s.args().get(0));
                        for (String m : List.of("GET", "POST", "PUT", "DELETE", "PATCH")) {
                            if (t.contains("\"" + m + "\"") || t.contains("HttpMethod." + m)) logoutMethod = m;
                        }
                        if (logoutAt == null) logoutAt = s.at();
                    }
                }
                if (ctx.startsWith("oauth2Login") && !s.args().isEmpty()) {
                    if (n.equals("authorizationEndpoint") || n.equals("redirectionEndpoint")) {
                        if (s.args().get(0) instanceof FnVal) {
                            lambdas(s, "oauth2Login." + n);
                            continue;
                        }
                    } else if (n.equals("baseUri") || n.equals("loginProcessingUrl")) {
                        List<String> us = strings(s.args().get(0));
                        String u = us.isEmpty() ? "{unknown}" : us.get(0);
                        if (ctx.startsWith("oauth2Login.authorizationEndpoint") && n.equals("baseUri")) oauth2AuthorizationBase = u;
                        else if (ctx.startsWith("oauth2Login.redirectionEndpoint") && n.equals("baseUri") || !ctx.contains("Endpoint") && n.equals("loginProcessingUrl")) oauth2Redirection = u;
                    }
                }
                if (ctx.startsWith("formLogin") && !s.args().isEmpty() && (n.equals("loginPage") || n.equals("loginProcessingUrl"))) {
                    List<String> us = strings(s.args().get(0));
                    String u = us.isEmpty() ? "{unknown}" : us.get(0);
                    if (n.equals("loginPage")) loginPage = u;
                    else loginProcessingUrl = u;
                }
                if (ctx.equals("scope")) {
                    if (Set.of("antMatchers", "mvcMatchers", "regexMatchers", "pathMatchers").contains(n)) {
                        for (Val a : s.args()) if (!isHttpMethod(a, text(a))) scope.addAll(scopeStrings(a));
                    }
                    continue;
                }
                if (ctx.startsWith("csrf") && (n.equals("ignoringRequestMatchers") || n.equals("ignoringAntMatchers"))) {
                    for (Val a : s.args()) {
                        if (isHttpMethod(a, text(a))) continue;
                        List<String> ps = strings(a);
                        csrfIgnoring.addAll(ps.isEmpty() ? List.of("{unknown}") : ps);
                    }
                }
                // a sub-configurer (headers.frameOptions(), csrf.ignoringRequestMatchers()): a disable after it is its own
                if (!ctx.equals("authorize") && !ctx.equals("http") && !ctx.equals("session")) {
                    ctx = ctx + "." + n;
                    continue;
                }
                if (!ctx.equals("authorize")) continue;
                switch (n) {
                    case "requestMatchers", "antMatchers", "mvcMatchers", "regexMatchers", "pathMatchers", "dispatcherTypeMatchers" -> {
                        methods.clear();
                        patterns.clear();
                        any = false;
                        actuator = false;
                        haveMatcher = true;
                        if (n.equals("dispatcherTypeMatchers")) {
                            haveMatcher = false; // forwards and error dispatches: no route of its own
                            continue;
                        }
                        for (Val a : s.args()) {
                            String t = text(a);
                            if (isHttpMethod(a, t)) methods.add(t.substring(t.lastIndexOf('.') + 1));
                            else if (t.contains("EndpointRequest")) {
                                List<String> ids = endpointIds(a);
                                if (ids == null) actuator = true;
                                else for (String id : ids) patterns.add(SecurityChain.ACTUATOR + "/" + id + "/**");
                            }
                            else patterns.addAll(strings(a));
                        }
                        if (patterns.isEmpty() && !actuator && !methods.isEmpty()) patterns.add("/**");
                    }
                    case "anyRequest", "anyExchange" -> {
                        methods.clear();
                        patterns.clear();
                        any = true;
                        actuator = false;
                        haveMatcher = true;
                    }
                    case "permitAll", "authenticated", "fullyAuthenticated", "hasRole", "hasAnyRole", "hasAuthority",
                         "hasAnyAuthority", "denyAll", "anonymous", "access", "hasIpAddress", "rememberMe" -> {
                        if (!haveMatcher && !ignoringMode) continue;
                        Access a = switch (n) {
                            case "permitAll" -> Access.PERMIT_ALL;
                            case "authenticated", "fullyAuthenticated" -> Access.AUTHENTICATED;
                            case "hasRole", "hasAnyRole", "hasAuthority", "hasAnyAuthority" -> Access.ROLE;
                            case "denyAll" -> Access.DENY_ALL;
                            case "anonymous" -> Access.ANONYMOUS;
                            default -> Access.OTHER;
                        };
                        String expr = n + "(" + String.join(", ", s.args().stream().map(SpringSecurity::text).toList()) + ")";
                        rules.add(new AuthzRule(List.copyOf(methods), List.copyOf(patterns), any, actuator, a, expr, s.at()));
                        haveMatcher = false;
                    }
                    default -> { }
                }
            }
            if (ignoringMode && haveMatcher) {
                rules.add(new AuthzRule(List.copyOf(methods), List.copyOf(patterns), any, actuator, Access.PERMIT_ALL, "ignoring()",
                        steps.get(steps.size() - 1).at()));
            }
        }

        /**
         * Customizer lambdas given to a configurer call: their chains are read in that configurer's context; so are a
         * method reference to a method of the configuration class ({@code authorizeHttpRequests(this::authz)}) and
         * a call of one that returns the customizer ({@code authorizeHttpRequests(authorizationRules())}).
         */
        private void lambdas(Step s, String ctx) {
            for (Val a : s.args()) {
                if (a instanceof FnVal fv && !fv.fn().params().isEmpty()) {
                    String p = fv.fn().params().get(0).name();
                    read(fv.fn(), p, null, ctx);
                    // a method reference or a lambda whose body only disables: c -> c.disable()
                } else if (owner != null && depth <= 4) {
                    String name = ownMethodRef(a);
                    if (name != null) {
                        for (Fn m : owner.methods()) {
                            if (!m.name().equals(name) || m.params().size() != 1 || m == self) continue;
                            inlined.add(m);
                            depth++;
                            try {
                                Fn.Param p = m.params().get(0);
                                read(m, p.name(), p.type() == null || p.type().isBlank() ? null : simple(p.type()), ctx);
                            } finally {
                                depth--;
                            }
                            break;
                        }
                    } else if (a instanceof Call c && c.args().isEmpty() && c.callee() instanceof This t && t.path().size() == 1) {
                        for (Fn m : owner.methods()) {
                            if (!m.name().equals(t.path().get(0)) || !m.params().isEmpty() || m == self) continue;
                            for (Val r : m.returns()) {
                                if (r instanceof FnVal fv && !fv.fn().params().isEmpty()) {
                                    depth++;
                                    try {
                                        read(fv.fn(), fv.fn().params().get(0).name(), null, ctx);
                                    } finally {
                                        depth--;
                                    }
                                }
                            }
                            break;
                        }
                    }
                }
            }
        }

        /**
         * A configurer applied with {@code .apply(new TokenConfigurer(..))} / {@code .with(tokenConfigurer(), ..)}:
         * its {@code configure(HttpSecurity)} / {@code init(HttpSecurity)} read into this chain.
         */
        private void applied(Val a) {
            if (depth > 4) return;
            Val v = a;
            if (v instanceof Call c && c.args().isEmpty() && c.callee() instanceof This t && t.path().size() == 1 && owner != null) {
                Fn m = owner.method(t.path().get(0));
                v = m == null || m.returns().isEmpty() ? null : m.returns().get(0);
            }
            if (!(v instanceof New n)) return;
            Project.ClassHit hit;
            try {
                hit = project.classNamed(simple(text(n.callee())), file);
            } catch (RuntimeException e) {
                return;
            }
            if (hit == null) return;
            for (Fn m : hit.info().methods()) {
                Fn.Param p = httpParam(m);
                if (p == null || !(m.name().equals("configure") || m.name().equals("init"))) continue;
                depth++;
                try {
                    read(m, p.name(), simple(p.type()), "http");
                } finally {
                    depth--;
                }
            }
        }

        /** The method name of {@code this::name} or {@code OwnerClass::name}, or null. */
        private String ownMethodRef(Val a) {
            if (a instanceof This t && t.path().size() == 1) return t.path().get(0);
            if (a instanceof Ref r && r.path() != null && r.path().size() == 1 && owner.name().equals(r.export())) return r.path().get(0);
            if (a instanceof Member m && m.object() instanceof Ref r && (r.path() == null || r.path().isEmpty())
                    && owner.name().equals(r.export())) return m.prop();
            return null;
        }

        /** {@code csrf(AbstractHttpConfigurer::disable)}, {@code csrf(CsrfConfigurer::disable)}. */
        private static boolean disablesByReference(Step s) {
            for (Val a : s.args()) {
                String t = text(a);
                if (t.endsWith("::disable") || t.endsWith(".disable") && !(a instanceof Call)) return true;
            }
            return false;
        }

        /** Scope patterns of a chain matcher: path patterns, or the actuator's for {@code EndpointRequest}. */
        private List<String> scopeStrings(Val a) {
            String t = text(a);
            if (t.contains("EndpointRequest")) {
                List<String> ids = endpointIds(a);
                if (ids == null) return List.of(SecurityChain.ACTUATOR + "/**");
                List<String> out = new ArrayList<>();
                for (String id : ids) out.add(SecurityChain.ACTUATOR + "/" + id + "/**");
                return out;
            }
            if (isHttpMethod(a, t)) return List.of();
            return strings(a);
        }

        private List<String> strings(Val a) {
            List<String> out = new ArrayList<>();
            Val v = a;
            if (!(v instanceof Lit) && !(v instanceof Arr)) {
                Project.Resolved r = project.resolve(v, file);
                if (r != null && r.val() != null) v = r.val();
            }
            if (v instanceof Lit l && l.value() instanceof String s) out.add(s);
            else if (v instanceof Arr arr) for (Val x : arr.items()) out.addAll(strings(x));
            else if (v instanceof OneOf o) for (Val x : o.options()) out.addAll(strings(x));
            else if (v instanceof Call || v instanceof New) {
                // new AntPathRequestMatcher("/x"), antMatcher("/x"), AntPathRequestMatcher.antMatcher(GET, "/x")
                List<Val> args = v instanceof Call c ? c.args() : ((New) v).args();
                for (Val x : args) if (!isHttpMethod(x, text(x))) out.addAll(strings(x));
            } else {
                out.add("{unknown}");
            }
            return out;
        }
    }

    /**
     * The endpoint ids of {@code EndpointRequest.to(HealthEndpoint.class, "info")}, or null for
     * {@code toAnyEndpoint()} (every endpoint; an {@code excluding(...)} only narrows it, which still reads as all).
     */
    private static List<String> endpointIds(Val a) {
        if (!(a instanceof Call c)) return null;
        String callee = text(c.callee());
        if (!callee.endsWith(".to") && !callee.equals("to")) return null;
        List<String> ids = new ArrayList<>();
        for (Val x : c.args()) {
            if (x instanceof Lit l && l.value() instanceof String str) {
                ids.add(str);
                continue;
            }
            String t = text(x);
            if (t.endsWith(".class")) t = t.substring(0, t.length() - 6);
            t = t.substring(t.lastIndexOf('.') + 1);
            if (t.endsWith("Endpoint")) t = t.substring(0, t.length() - "Endpoint".length());
            if (t.isEmpty()) return null;
            ids.add(Character.toLowerCase(t.charAt(0)) + t.substring(1));
        }
        return ids.isEmpty() ? null : ids;
    }

    private static boolean isHttpMethod(Val a, String t) {
        String last = t.substring(t.lastIndexOf('.') + 1);
        return t.contains("HttpMethod") && Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "TRACE").contains(last);
    }

    private static boolean looksLikeTokenFilter(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.contains("jwt") || n.contains("token") || n.contains("bearer") || n.contains("apikey") || n.contains("api_key");
    }

    private static String filterName(Val v) {
        if (v instanceof New n) return text(n.callee());
        if (v instanceof Call c && c.callee() instanceof Member m) return m.prop();
        if (v instanceof Call c) return text(c.callee());
        String t = text(v);
        return t.isEmpty() ? "<filter>" : t;
    }

    /** A short source-like rendering of a value: literals, names, member chains. */
    static String text(Val v) {
        if (v == null) return "";
        if (v instanceof Lit l) return l.value() instanceof String s ? "\"" + s + "\"" : String.valueOf(l.value());
        if (v instanceof Member m) return text(m.object()) + "." + m.prop();
        if (v instanceof Local l) return join(l.name(), l.path());
        if (v instanceof Param p) return join(p.name(), p.path());
        if (v instanceof Global g) return join(g.name(), g.path());
        if (v instanceof Ref r) return join(r.export() == null ? r.module() : r.export(), r.path());
        if (v instanceof ClassRef c) return c.name();
        if (v instanceof This t) return join("this", t.path());
        if (v instanceof Call c) return text(c.callee()) + "()";
        if (v instanceof New n) return "new " + text(n.callee()) + "()";
        if (v instanceof Unknown u) return u.kind() == null ? "" : u.kind();
        return "";
    }

    private static String join(String head, List<String> path) {
        if (path == null || path.isEmpty()) return head == null ? "" : head;
        return (head == null ? "" : head) + "." + String.join(".", path);
    }
}
