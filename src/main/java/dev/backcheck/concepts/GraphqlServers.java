package dev.backcheck.concepts;

import dev.backcheck.findings.Location;
import dev.backcheck.frameworks.ModelSupport;
import dev.backcheck.lang.facts.*;
import dev.backcheck.lang.facts.Val.*;
import dev.backcheck.model.Analysis;
import dev.backcheck.model.Control;
import dev.backcheck.model.ControlKind;
import dev.backcheck.model.Project;

import java.util.*;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GraphQL servers and their operations, computed once per project.
 *
 * <p>Servers: Apollo Server 4 ({@code new ApolloServer} from {@code @apollo/server}, served by
 * {@code startStandaloneServer}, {@code expressMiddleware} or an {@code @as-integrations/*} adapter), apollo-server 2/3,
 * graphql-yoga ({@code createYoga}, {@code createServer}, v1 {@code GraphQLServer}), Mercurius
 * ({@code app.register(mercurius, opts)}), {@code @nestjs/graphql} ({@code GraphQLModule.forRoot}/{@code forRootAsync}),
 * express-graphql ({@code graphqlHTTP}). Each with its options object as far as it resolves.
 *
 * <p>Operations (root fields of Query, Mutation, Subscription) written outside NestJS: schema-first resolver maps
 * ({@code { Query: {...}, Mutation: {...} }}, across files, with spreads, wrappers such as
 * {@code combineResolvers(isAuthenticated, fn)} or {@code authenticated(fn)}) and TypeGraphQL resolver classes
 * ({@code @Resolver}, {@code @Query}, {@code @Mutation}, {@code @Authorized}, {@code @UseMiddleware}, {@code @Arg}).
 * NestJS code-first resolvers are modelled by the Nest model, which knows the application's guards and pipes.
 * Each operation carries the controls the GraphQL layer gives it: graphql-shield rules, {@code @Authorized}, auth
 * wrappers and directives, a resolver that rejects a caller without {@code context.user}, schema validation of its
 * arguments.
 *
 * <p>SDL (in {@code .graphql}/{@code .gql} files read as texts, {@code gql}/{@code graphql} tagged templates and
 * template literals) gives each root field's arguments and their types, so an operation taking only scalars
 * (typed by GraphQL itself) is told from one taking a free-form input object.
 */
public final class GraphqlServers {
    /** Packages whose presence makes a project a GraphQL project. */
    public static final List<String> PACKAGES = List.of("graphql", "@apollo/server", "apollo-server", "apollo-server-express",
            "apollo-server-fastify", "apollo-server-koa", "apollo-server-lambda", "apollo-server-micro", "graphql-yoga",
            "@graphql-yoga/node", "mercurius", "@nestjs/graphql", "type-graphql", "express-graphql", "graphql-http", "@pothos/core", "nexus", "@nexus/schema");

    /** Packages that bound a query's depth, complexity or aliases. */
    private static final List<String> LIMIT_PACKAGES = List.of("graphql-depth-limit", "graphql-query-complexity",
            "graphql-validation-complexity", "@escape.tech/graphql-armor", "@envelop/depth-limit", "graphql-cost-analysis",
            "@graphile/depth-limit", "graphql-armor", "@envelop/query-complexity", "graphql-limit", "graphql-query-complexity-apollo-plugin");

    private static final Set<String> ROOTS = Set.of("Query", "Mutation", "Subscription");
    private static final Set<String> SCALARS = Set.of("ID", "String", "Int", "Float", "Boolean");
    /** Error classes a resolver throws to turn away a caller who is not signed in or not allowed. */
    private static final Set<String> AUTH_ERRORS = Set.of("AuthenticationError", "ForbiddenError", "UnauthorizedException",
            "ForbiddenException", "UnauthenticatedError", "UnauthorizedError", "NotAuthenticatedError", "NotAuthorizedError");
    /** Context fields that identify the caller. */
    private static final Pattern CALLER = Pattern.compile("(?i)(user|userid|user_id|uid|id|sub|currentuser|me|viewer|auth|session|account|isauth(enticated)?|token|claims|identity|principal|member|admin)");
    /** Names of wrappers, middleware and directives that authenticate. */
    private static final Pattern AUTH_NAME = Pattern.compile("(?i).*(auth|loggedin|logged_in|signedin|protect|guard|requireuser|ensureuser|withuser|isadmin|hasrole|role|permission|private|jwt|authorized|iam|cognito).*");
    /** Calls that change stored data (ORM and driver methods). */
    private static final Pattern WRITE_CALL = Pattern.compile("(create|createMany|update|updateMany|upsert|delete|deleteMany|insert|insertOne|insertMany|"
            + "updateOne|deleteOne|save|remove|destroy|findOneAndUpdate|findByIdAndUpdate|findByIdAndDelete|findOneAndDelete|set|del|hset|incr)");
    private static final Pattern RATE_NAME = Pattern.compile("(?i).*(ratelimit|rate_limit|throttle|limiter).*");

    /** A GraphQL server. {@code library}: apollo, apollo-server (2/3), yoga, mercurius, nestjs, express-graphql. */
    public record Server(String library, Location at, FileFacts file, Obj options, FileFacts optionsFile, CallSite site, String driver) {
        /** The option as written (resolved in {@link #optionsFile}), or null. */
        public Val option(String key) {
            return options == null ? null : options.props().get(key);
        }
    }

    /** One argument of a root field: name and GraphQL type as written ("CreatePostInput!", "[ID!]"). */
    public record Arg(String name, String type) { }

    /** A root field declared in SDL. */
    public record SdlField(String type, String field, Location at, List<Arg> args, List<String> directives) { }

    /**
     * A root operation outside NestJS. {@code type}: QUERY, MUTATION, SUBSCRIPTION; {@code style}: resolver-map or
     * type-graphql; {@code argsParam}: the resolver parameter that holds the arguments (1 in a resolver map), -1 when
     * they are bound by decorators; {@code argTypes}: the argument types when known (SDL or @Arg), else empty.
     */
    public record Operation(String type, String field, Location at, Fn resolver, FileFacts file, String style,
                            List<Control> controls, int argsParam, List<Arg> argTypes) { }

    private final Project project;
    private final List<Server> servers = new ArrayList<>();
    private final List<Operation> operations = new ArrayList<>();
    private final List<SdlField> sdl = new ArrayList<>();
    private final Set<String> inputTypes = new HashSet<>();
    private final Set<String> enumsAndScalars = new HashSet<>();
    /** graphql-shield: type → field (or "*" / "" for the whole type) → rule. */
    private final Map<String, Map<String, Val>> shieldRules = new TreeMap<>();
    private FileFacts shieldFile;
    private Location shieldAt;
    private Val shieldFallback;
    private final List<Location> limits = new ArrayList<>();
    private final List<Location> introspectionOff = new ArrayList<>();
    /** TypeGraphQL buildSchema calls: whether they validate arguments (validate option / version default). */
    private Boolean typeGraphqlValidates;
    private final boolean active;

    public static GraphqlServers of(Project p) {
        return p.derived(GraphqlServers.class, GraphqlServers::new);
    }

    /**
     * Pothos' complexity plugin ({@code @pothos/plugin-complexity}) enforces a limit only when the builder's options give
     * one: {@code complexity: { limit: { complexity, depth, breadth } }} (or a function returning them); with
     * {@code defaultComplexity} alone it only computes. A file that loads the plugin and hands a builder such options.
     */
    private void pothosComplexity(FileFacts f) {
        if (f.imports().values().stream().noneMatch(i -> i.module().equals("@pothos/plugin-complexity"))) return;
        for (Fn fn : Analysis.functions(f)) {
            for (CallSite cs : fn.calls()) {
                for (Val a : cs.args()) {
                    if (dev.backcheck.lang.facts.Vals.anyPartDeep(a, v -> v instanceof Val.Obj o && o.props().get("complexity") instanceof Val.Obj c
                            && c.props().containsKey("limit"), 400)) {
                        limits.add(cs.location());
                        return;
                    }
                }
            }
        }
    }

    private GraphqlServers(Project project) {
        this.project = project;
        this.active = PACKAGES.stream().anyMatch(project::dependsOn) || project.files().values().stream()
                .anyMatch(f -> f.imports().values().stream().anyMatch(i -> PACKAGES.contains(i.module())));
        if (!active) return;
        try {
            for (FileFacts f : project.files().values()) {
                if (project.isTestPath(f.path()) || !"ts".equals(f.language())) continue;
                for (Import i : f.imports().values()) {
                    if ("NoSchemaIntrospectionCustomRule".equals(i.export()) || i.module().contains("disable-introspection")) {
                        introspectionOff.add(new Location(f.path(), 1, 1, 1, 1, null));
                    }
                    if (LIMIT_PACKAGES.stream().anyMatch(p -> i.module().equals(p) || i.module().startsWith(p + "-") || i.module().startsWith(p + "/"))) {
                        limits.add(new Location(f.path(), 1, 1, 1, 1, null));
                    }
                }
                for (Fn fn : Analysis.functions(f)) for (CallSite cs : fn.calls()) call(cs, f, fn);
                pothosComplexity(f);
                sdlOfStrings(f);
            }
            for (Map.Entry<String, String> t : project.texts().entrySet()) {
                String p = t.getKey().toLowerCase(Locale.ROOT);
                if ((p.endsWith(".graphql") || p.endsWith(".gql") || p.endsWith(".graphqls")) && !project.isTestPath(t.getKey())) {
                    parseSdl(t.getValue(), t.getKey(), 1);
                }
            }
            resolverMaps();
            typeGraphql();
            codeFirst();
            // a server or resolver in a file no process runs (nothing an entry or a Next.js route loads reaches it) is not served
            ImportIndex index = ImportIndex.of(project);
            servers.removeIf(s -> index.notRun(s.at().path()));
            operations.removeIf(o -> index.notRun(o.file().path()));
            operations.sort(Comparator.comparing(Operation::at, Location.ORDER).thenComparing(Operation::field));
            servers.sort(Comparator.comparing(Server::at, Location.ORDER));
        } catch (RuntimeException | StackOverflowError e) {
            // bad input: what was found so far stands
        }
    }

    public boolean active() {
        return active;
    }

    public List<Server> servers() {
        return Collections.unmodifiableList(servers);
    }

    /** Root operations outside NestJS (resolver maps, TypeGraphQL), in source order. */
    public List<Operation> operations() {
        return Collections.unmodifiableList(operations);
    }

    public List<SdlField> sdl() {
        return Collections.unmodifiableList(sdl);
    }

    /** True when a depth, complexity or alias limit library is used anywhere in the project's code. */
    public boolean limitLibrary() {
        return !limits.isEmpty();
    }

    /** Packages that bound the aliases of one query (directly, or by a cost that counts each aliased field). */
    private static final List<String> ALIAS_PACKAGES = List.of("graphql-no-alias", "@escape.tech/graphql-armor",
            "@escape.tech/graphql-armor-max-aliases", "@escape.tech/graphql-armor-cost-limit", "graphql-query-complexity",
            "graphql-validation-complexity", "graphql-cost-analysis", "@envelop/query-complexity", "graphql-query-complexity-apollo-plugin");

    /** True when the project imports a library that limits aliases or query cost. */
    public boolean aliasLimit() {
        for (FileFacts f : project.files().values()) {
            if (project.isTestPath(f.path())) continue;
            for (Import i : f.imports().values()) {
                // the package or a path below it (no stream and no "p/" text per import: asked of every import of the project)
                String m = i.module();
                for (String p : ALIAS_PACKAGES) {
                    if (m.startsWith(p) && (m.length() == p.length() || m.charAt(p.length()) == '/')) return true;
                }
            }
        }
        return false;
    }

    /** True when introspection is turned off in code for every server (a disabling rule or plugin is used). */
    public boolean introspectionDisabledInCode() {
        return !introspectionOff.isEmpty();
    }

    // ------------------------------------------------------------------ servers

    private void call(CallSite cs, FileFacts f, Fn fn) {
        String q = project.qname(cs.callee(), f);
        String m = cs.methodName();
        if (q != null && (q.endsWith("NoSchemaIntrospectionCustomRule") || q.contains("disable-introspection")
                || q.endsWith("useDisableIntrospection") || q.endsWith("DisableIntrospection"))) {
            introspectionOff.add(cs.location());
        }
        for (Val a : cs.args()) {
            String aq = a instanceof FnVal ? null : project.qname(a, f);
            if (aq != null && (aq.endsWith("NoSchemaIntrospectionCustomRule") || aq.endsWith("useDisableIntrospection"))) introspectionOff.add(cs.location());
        }
        if ("shield".equals(m) && q != null && q.startsWith("graphql-shield")) shield(cs, f);
        if ("register".equals(m) && !cs.args().isEmpty()) {
            String a0 = project.qname(cs.args().get(0), f);
            if (a0 != null && (a0.equals("mercurius") || a0.equals("mercurius.default"))) {
                server("mercurius", cs, f, cs.arg(1), null);
                return;
            }
        }
        if (q == null) return;
        if (q.equals("@apollo/server/standalone.startStandaloneServer") || q.startsWith("@apollo/server/express4.")
                || q.startsWith("@as-integrations/") || q.equals("@apollo/server/express4")) {
            hosting(cs, f, q.contains("standalone"));
            return;
        }
        if (NODE_SERVERS.contains(q) && !cs.args().isEmpty()) {
            Project.Resolved y = project.resolve(cs.arg(0), f);
            if (y.val() instanceof Call c && c.site() != null) standalone.add(c.site());
            return;
        }
        if (q.startsWith("graphql-http") && q.endsWith(".createHandler")) {
            server("graphql-http", cs, f, cs.arg(0), null);
            return;
        }
        if ((q.equals("graphql.graphql") || q.equals("graphql.graphqlSync") || q.equals("graphql.execute") || q.equals("graphql.executeSync"))
                && !project.isTestPath(f.path())) {
            // graphql({ schema, source, rootValue }) / graphql(schema, source, rootValue): a hand-written endpoint
            Val o = project.resolve(cs.arg(0), f).val();
            Val rv = o instanceof Obj obj ? obj.props().get("rootValue") : cs.args().size() > 2 ? cs.arg(2) : null;
            if (rv != null) rootValues.add(Map.entry(rv, f));
            return;
        }
        switch (q) {
            case "@apollo/server.ApolloServer" -> { if (cs.isNew()) server("apollo", cs, f, cs.arg(0), null); }
            case "apollo-server.ApolloServer", "apollo-server-express.ApolloServer", "apollo-server-fastify.ApolloServer",
                 "apollo-server-koa.ApolloServer", "apollo-server-lambda.ApolloServer", "apollo-server-micro.ApolloServer",
                 "apollo-server-hapi.ApolloServer", "apollo-server-cloud-functions.ApolloServer" -> {
                if (cs.isNew()) server("apollo-server", cs, f, cs.arg(0), null);
            }
            case "graphql-yoga.createYoga", "graphql-yoga.createServer", "@graphql-yoga/node.createServer" -> server("yoga", cs, f, cs.arg(0), null);
            case "graphql-yoga.GraphQLServer" -> { if (cs.isNew()) server("yoga", cs, f, cs.arg(0), null); }
            case "express-graphql.graphqlHTTP", "express-graphql", "express-graphql.default" -> server("express-graphql", cs, f, cs.arg(0), null);
            case "@nestjs/graphql.GraphQLModule.forRoot" -> server("nestjs", cs, f, cs.arg(cs.args().size() > 1 ? 1 : 0), null);
            case "@nestjs/graphql.GraphQLModule.forRootAsync" -> {
                Val o = project.resolve(cs.arg(0), f).val();
                Val opts = null;
                FileFacts of = f;
                if (o instanceof Obj obj && obj.props().get("useFactory") != null) {
                    Project.FnRef fac = project.function(obj.props().get("useFactory"), f);
                    if (fac != null && !fac.fn().returns().isEmpty()) {
                        opts = fac.fn().returns().get(0);
                        of = fac.file();
                    }
                }
                server("nestjs", cs, of, opts, f);
            }
            case "type-graphql.buildSchema", "type-graphql.buildSchemaSync" -> {
                Val o = project.resolve(cs.arg(0), f).val();
                Val v = o instanceof Obj obj ? obj.props().get("validate") : null;
                boolean validates = v != null ? !(v instanceof Lit l && Boolean.FALSE.equals(l.value())) : typeGraphqlV1();
                typeGraphqlValidates = typeGraphqlValidates == null ? validates : typeGraphqlValidates && validates;
            }
            default -> { }
        }
    }

    /** type-graphql 1.x validates @Arg/@Args inputs with class-validator by default; 2.x does not. */
    private boolean typeGraphqlV1() {
        for (var man : project.manifests()) {
            var dep = man.dependencies().get("type-graphql");
            String v = dep == null ? null : dep.version();
            if (v != null) return v.replaceAll("^[^0-9]*", "").startsWith("1.") || v.replaceAll("^[^0-9]*", "").startsWith("0.");
        }
        return false;
    }

    private void server(String library, CallSite cs, FileFacts f, Val optsVal, FileFacts siteFile) {
        FileFacts sf = siteFile == null ? f : siteFile;
        if (project.isTestPath(sf.path())) return;
        Obj opts = null;
        FileFacts of = f;
        if (optsVal != null) {
            Project.Resolved r = project.resolve(optsVal, f);
            if (r.val() instanceof Obj o) {
                opts = o;
                of = r.file() == null ? f : r.file();
            }
        }
        String driver = null;
        if (library.equals("nestjs") && opts != null && opts.props().get("driver") != null) {
            String d = project.qname(opts.props().get("driver"), of);
            if (d != null) driver = d.contains("Mercurius") ? "mercurius" : d.contains("Yoga") ? "yoga" : "apollo";
        }
        if (library.equals("nestjs") && driver == null) driver = "apollo";
        servers.add(new Server(library, cs.location(), sf, opts, of, cs, driver));
    }

    private static final Set<String> NODE_SERVERS = Set.of("http.createServer", "https.createServer", "http2.createServer",
            "node:http.createServer", "node:https.createServer");
    /** Creation sites of servers started on their own (startStandaloneServer, Node's http.createServer(yoga)). */
    private final Set<Location> standalone = new HashSet<>();
    /** Creation site of a server → the context functions its integration builds the context with. */
    private final Map<Location, List<Project.FnRef>> contexts = new HashMap<>();

    /** startStandaloneServer(server, { context }) / expressMiddleware(server, { context }). */
    private void hosting(CallSite cs, FileFacts f, boolean alone) {
        Project.Resolved srv = project.resolve(cs.arg(0), f);
        Location site = srv.val() instanceof New n ? n.site() : srv.val() instanceof Call c ? c.site() : null;
        if (site == null) return;
        if (alone) standalone.add(site);
        Val o = project.resolve(cs.arg(1), f).val();
        if (o instanceof Obj obj && obj.props().get("context") != null) {
            Project.FnRef ctx = project.function(obj.props().get("context"), f);
            if (ctx != null) contexts.computeIfAbsent(site, k -> new ArrayList<>()).add(ctx);
        }
    }

    /** True when the server is started on its own, not mounted on an application of a modelled framework. */
    public boolean standalone(Server s) {
        if (standalone.contains(s.at())) return true;
        if (s.library().equals("yoga") && s.site() != null) {
            String q = project.qname(s.site().callee(), s.file());
            return q != null && (q.endsWith(".createServer") || q.endsWith("GraphQLServer"));
        }
        if (s.library().equals("apollo-server") && s.site() != null) {
            String q = project.qname(s.site().callee(), s.file());
            return "apollo-server.ApolloServer".equals(q);
        }
        return false;
    }

    /**
     * The authentication a server's context function applies to every operation: it throws an authentication error
     * (or rejects) when the request carries no valid user. Null when it only reads who the caller is.
     */
    public Control contextAuth(Server s) {
        List<Project.FnRef> fns = new ArrayList<>(contexts.getOrDefault(s.at(), List.of()));
        Val c = s.option("context");
        if (c != null) {
            Project.FnRef fn = project.function(c, s.optionsFile());
            if (fn != null) fns.add(fn);
        }
        for (Project.FnRef fn : fns) {
            for (String t : fn.fn().throwsTypes()) {
                if (AUTH_ERRORS.contains(t) && !fn.fn().checks().isEmpty()) {
                    return new Control(ControlKind.AUTH, "context", fn.fn().location(), Set.of(), "global");
                }
            }
        }
        return null;
    }

    /** The options as the defaults go: Nest passes its options to the driver's server. */
    public static String effectiveLibrary(Server s) {
        return s.library().equals("nestjs") ? (s.driver().equals("apollo") ? "apollo" : s.driver()) : s.library();
    }

    /**
     * Where {@code key: ...} of the server's options is written (the line of the key within the options' call), or
     * the server's creation site when it cannot be told.
     */
    public Location optionAt(Server s, String key) {
        Location span = s.site() != null ? s.site().location() : s.at();
        List<Location> spans = new ArrayList<>();
        if (s.optionsFile() != null && s.optionsFile() != s.file()) {
            // options built elsewhere (a factory, a config object): search that file
            List<String> lines = SourceLines.read(project, s.optionsFile().path());
            Location l = find(lines, s.optionsFile().path(), key, 1, lines.size());
            if (l != null) return l;
        }
        List<String> lines = SourceLines.read(project, span.path());
        Location l = find(lines, span.path(), key, span.line(), Math.max(span.endLine(), span.line()));
        if (l != null) return l;
        // options in a const above the call in the same file
        l = find(lines, span.path(), key, 1, lines.size());
        return l != null ? l : s.at();
    }

    private static Location find(List<String> lines, String path, String key, int from, int to) {
        Pattern p = Pattern.compile("(^|[\\s{,])['\"]?" + Pattern.quote(key) + "['\"]?\\s*[:,}]|(^|[\\s{,])" + Pattern.quote(key) + "\\s*$");
        for (int i = Math.max(1, from); i <= Math.min(lines.size(), to); i++) {
            Matcher m = p.matcher(lines.get(i - 1));
            if (m.find()) {
                int col = lines.get(i - 1).indexOf(key, m.start()) + 1;
                return new Location(path, i, col, i, col + key.length(), null);
            }
        }
        return null;
    }

    /** True when the value is the literal {@code true} (after resolution). */
    public boolean isTrue(Val v, FileFacts f) {
        if (v == null) return false;
        Val x = project.resolve(v, f).val();
        return x instanceof Lit l && Boolean.TRUE.equals(l.value());
    }

    /** True when the value is the literal {@code false} (after resolution). */
    public boolean isFalse(Val v, FileFacts f) {
        if (v == null) return false;
        Val x = project.resolve(v, f).val();
        return x instanceof Lit l && Boolean.FALSE.equals(l.value());
    }

    // ------------------------------------------------------------------ graphql-shield

    private void shield(CallSite cs, FileFacts f) {
        if (project.isTestPath(f.path())) return;
        Val rules = project.resolve(cs.arg(0), f).val();
        if (!(rules instanceof Obj o)) return;
        shieldFile = f;
        shieldAt = cs.location();
        for (Map.Entry<String, Val> e : o.props().entrySet()) {
            Map<String, Val> byField = shieldRules.computeIfAbsent(e.getKey(), k -> new TreeMap<>());
            Val tv = project.resolve(e.getValue(), f).val();
            if (tv instanceof Obj fo) {
                for (Map.Entry<String, Val> fe : fo.props().entrySet()) byField.put(fe.getKey(), fe.getValue());
            } else byField.put("", e.getValue());
        }
        Val opts = project.resolve(cs.arg(1), f).val();
        if (opts instanceof Obj oo) shieldFallback = oo.props().get("fallbackRule");
    }

    /** The graphql-shield control of a root field, or null when no rule (or {@code allow}) applies. */
    public Control shieldControl(String type, String field) {
        if (shieldFile == null) return null;
        String t = type.charAt(0) + type.substring(1).toLowerCase(Locale.ROOT);
        Map<String, Val> byField = shieldRules.get(t);
        Val rule = null;
        if (byField != null) {
            rule = byField.get(field);
            if (rule == null) rule = byField.get("*");
            if (rule == null) rule = byField.get("");
        }
        if (rule == null) rule = shieldFallback;
        if (rule == null || allows(rule)) return null;
        return new Control(ControlKind.AUTH, "graphql-shield", shieldAt, Set.of(), "route");
    }

    private boolean allows(Val rule) {
        String q = project.qname(rule, shieldFile);
        return q != null && q.equals("graphql-shield.allow");
    }

    // ------------------------------------------------------------------ SDL

    private static final Pattern ROOT_TYPE = Pattern.compile("(?:extend\\s+)?type\\s+(Query|Mutation|Subscription)\\b[^{]*\\{");
    private static final Pattern NAMED_TYPE = Pattern.compile("\\b(input|enum|scalar)\\s+([A-Za-z_][A-Za-z0-9_]*)");

    private void sdlOfStrings(FileFacts f) {
        for (FileFacts.Str s : f.strings()) {
            if (s.value().length() > 20 && (s.value().contains("type Query") || s.value().contains("type Mutation")
                    || s.value().contains("input ") || s.value().contains("type Subscription"))) {
                parseSdl(s.value(), f.path(), s.location().line());
            }
        }
        // tagged templates with holes (gql`... ${fragment}`): the constant parts
        for (Fn fn : Analysis.functions(f)) {
            for (CallSite cs : fn.calls()) {
                if (cs.args().size() == 2 && cs.args().get(0) instanceof Unknown u && "tagged-template".equals(u.kind())
                        && cs.args().get(1) instanceof Tpl t) {
                    parseSdl(String.join("", t.quasis()), f.path(), cs.argLocation(1).line());
                }
            }
        }
    }

    /** Root fields of {@code text} (SDL), lines counted from {@code firstLine}. Input, enum and scalar names too. */
    void parseSdl(String text, String path, int firstLine) {
        String clean = stripComments(text);
        Matcher nt = NAMED_TYPE.matcher(clean);
        while (nt.find()) {
            if (nt.group(1).equals("input")) inputTypes.add(nt.group(2));
            else enumsAndScalars.add(nt.group(2));
        }
        Matcher m = ROOT_TYPE.matcher(clean);
        while (m.find()) {
            String type = m.group(1).toUpperCase(Locale.ROOT);
            int i = m.end();
            int depth = 0;
            int n = clean.length();
            while (i < n) {
                char c = clean.charAt(i);
                if (c == '}') break;
                if (Character.isLetter(c) || c == '_') {
                    int s = i;
                    while (i < n && (Character.isLetterOrDigit(clean.charAt(i)) || clean.charAt(i) == '_')) i++;
                    String name = clean.substring(s, i);
                    int line = firstLine + countLines(clean, s);
                    List<Arg> args = new ArrayList<>();
                    while (i < n && Character.isWhitespace(clean.charAt(i))) i++;
                    if (i < n && clean.charAt(i) == '(') {
                        int e = i + 1;
                        depth = 1;
                        while (e < n && depth > 0) {
                            if (clean.charAt(e) == '(') depth++;
                            else if (clean.charAt(e) == ')') depth--;
                            e++;
                        }
                        args = args(clean.substring(i + 1, Math.max(i + 1, e - 1)));
                        i = e;
                    }
                    while (i < n && Character.isWhitespace(clean.charAt(i))) i++;
                    if (i < n && clean.charAt(i) == ':') {
                        i++;
                        // the type, then directives, up to the next field or the closing brace
                        int e = i;
                        int par = 0;
                        while (e < n) {
                            char d = clean.charAt(e);
                            if (d == '(') par++;
                            else if (d == ')') par--;
                            else if (par == 0 && d == '}') break;
                            else if (par == 0 && d == '\n') {
                                // directives written on the next line(s): field(args): Type\n    @isAuthenticated
                                int k = e + 1;
                                while (k < n && Character.isWhitespace(clean.charAt(k))) k++;
                                if (k >= n || clean.charAt(k) != '@') break;
                            }
                            e++;
                        }
                        String rest = clean.substring(i, e);
                        List<String> dirs = new ArrayList<>();
                        Matcher dm = Pattern.compile("@([A-Za-z_][A-Za-z0-9_]*)").matcher(rest);
                        while (dm.find()) dirs.add(dm.group(1));
                        int col = s - clean.lastIndexOf('\n', s - 1);
                        sdl.add(new SdlField(type, name, new Location(path, line, col, line, col + name.length(), null), args, dirs));
                        i = e;
                    }
                    continue;
                }
                i++;
            }
        }
    }

    private static List<Arg> args(String s) {
        List<Arg> out = new ArrayList<>();
        Matcher m = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)\\s*:\\s*(\\[?\\s*[A-Za-z_][A-Za-z0-9_]*\\s*!?\\s*\\]?\\s*!?)").matcher(s);
        while (m.find()) out.add(new Arg(m.group(1), m.group(2).replaceAll("\\s", "")));
        return out;
    }

    private static int countLines(String s, int upTo) {
        int n = 0;
        for (int i = 0; i < upTo && i < s.length(); i++) if (s.charAt(i) == '\n') n++;
        return n;
    }

    /** Comments and descriptions blanked (newlines kept, so lines still count). */
    private static String stripComments(String t) {
        StringBuilder sb = new StringBuilder(t.length());
        int i = 0, n = t.length();
        while (i < n) {
            char c = t.charAt(i);
            if (c == '#') {
                while (i < n && t.charAt(i) != '\n') { sb.append(' '); i++; }
                continue;
            }
            if (c == '"') {
                boolean block = t.startsWith("\"\"\"", i);
                int end = block ? t.indexOf("\"\"\"", i + 3) : t.indexOf('"', i + 1);
                if (end < 0) end = n - 1;
                int stop = Math.min(n, end + (block ? 3 : 1));
                for (; i < stop; i++) sb.append(t.charAt(i) == '\n' ? '\n' : ' ');
                continue;
            }
            sb.append(c);
            i++;
        }
        return sb.toString();
    }

    /** The SDL declaration of a root field, or null. */
    public SdlField sdlField(String type, String field) {
        return sdlField(type, field, null);
    }

    /** The SDL declaration of a root field nearest to {@code near} (the resolver's file: same folder first), or null. */
    public SdlField sdlField(String type, String field, String near) {
        SdlField best = null;
        int bestLen = -1;
        for (SdlField s : sdl) {
            if (!s.type().equals(type) || !s.field().equals(field)) continue;
            int l = near == null ? 0 : commonPrefix(s.at().path(), near);
            if (l > bestLen) {
                best = s;
                bestLen = l;
            }
        }
        return best;
    }

    private static int commonPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) n++;
        return n;
    }

    /** True when a GraphQL type (as written) is a built-in scalar or a declared enum/scalar other than JSON-like. */
    public boolean typedByGraphql(String type) {
        String base = type.replaceAll("[\\[\\]!]", "");
        if (SCALARS.contains(base)) return true;
        if (base.matches("(?i)json|jsonobject|any|object|upload")) return false;
        // an enum, a scalar, or a code-first input type of numbers and ids only (before the SDL's input list, which a
        // generated schema file also declares it in)
        return enumsAndScalars.contains(base);
    }

    public boolean isInputType(String type) {
        return inputTypes.contains(type.replaceAll("[\\[\\]!]", ""));
    }

    // ------------------------------------------------------------------ resolver maps

    private void resolverMaps() {
        Set<Fn> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Map.Entry<Val, FileFacts>> roots = new ArrayList<>();
        for (Server s : servers) {
            Val r = s.option("resolvers");
            if (r != null) roots.add(Map.entry(r, s.optionsFile()));
            Val schema = s.option("schema");
            if (schema != null) roots.add(Map.entry(schema, s.optionsFile()));
        }
        for (FileFacts f : project.files().values()) {
            if (project.isTestPath(f.path()) || !"ts".equals(f.language())) continue;
            for (Val v : f.symbols().values()) if (v instanceof Obj) roots.add(Map.entry(v, f));
            for (Val v : f.exports().values()) if (v instanceof Obj) roots.add(Map.entry(v, f));
        }
        for (Map.Entry<Val, FileFacts> e : roots) map(e.getKey(), e.getValue(), seen, 0);
        for (Server s : servers) {
            if (s.option("rootValue") != null) rootValues.add(Map.entry(s.option("rootValue"), s.optionsFile()));
            // mercurius: a function at the top of the resolvers object goes to the root value (defineResolvers)
            if (s.library().equals("mercurius") && s.option("resolvers") != null) rootValues.add(Map.entry(s.option("resolvers"), s.optionsFile()));
        }
        for (Map.Entry<Val, FileFacts> e : rootValues) rootValue(e.getKey(), e.getValue(), seen, 0);
    }

    /** A resolver map, an array of them, or a call merging them (merge, mergeResolvers, makeExecutableSchema, createSchema). */
    private void map(Val v, FileFacts f, Set<Fn> seen, int depth) {
        if (v == null || depth > 6) return;
        Project.Resolved r = project.resolve(v, f);
        Val x = r.val();
        FileFacts xf = r.file() == null ? f : r.file();
        if (x instanceof Arr a) {
            for (Val i : a.items()) map(i, xf, seen, depth + 1);
        } else if (x instanceof Call c) {
            for (Val a : c.args()) map(a, xf, seen, depth + 1);
        } else if (x instanceof Obj o) {
            if (o.props().containsKey("resolvers")) map(o.props().get("resolvers"), xf, seen, depth + 1);
            for (Map.Entry<String, Val> e : o.props().entrySet()) {
                if (e.getKey().startsWith("...")) {
                    map(e.getValue(), xf, seen, depth + 1);
                    continue;
                }
                if (!ROOTS.contains(e.getKey())) continue;
                fields(e.getKey().toUpperCase(Locale.ROOT), e.getValue(), xf, seen, 0);
            }
        }
    }

    private void fields(String type, Val v, FileFacts f, Set<Fn> seen, int depth) {
        if (depth > 6) return;
        Project.Resolved r = project.resolve(v, f);
        FileFacts xf = r.file() == null ? f : r.file();
        if (r.val() instanceof Call c) {
            // Query: merge(userQueries, postQueries)
            for (Val a : c.args()) fields(type, a, xf, seen, depth + 1);
            return;
        }
        if (!(r.val() instanceof Obj o)) return;
        for (Map.Entry<String, Val> e : o.props().entrySet()) {
            if (e.getKey().startsWith("...")) {
                fields(type, e.getValue(), xf, seen, depth + 1);
                continue;
            }
            field(type, e.getKey(), e.getValue(), xf, seen);
        }
    }

    /**
     * Controls of a NestJS resolver method beyond its guards and pipes: directives on its SDL declaration
     * (schema first), a shield rule, a body that turns away a caller without a user in the context.
     */
    public List<Control> fieldControls(String type, String field, Fn m, FileFacts f, Location at) {
        List<Control> out = new ArrayList<>(directiveControls(type, field, f.path()));
        Control sh = shieldControl(type, field);
        if (sh != null) out.add(sh);
        int ctx = -1;
        for (int i = 0; i < m.params().size(); i++) {
            for (Decorator d : m.params().get(i).decorators()) if ("Context".equals(d.name())) ctx = i;
        }
        String auth = ctx < 0 ? null : checksCaller(m, f, ctx, ModelSupport.analysis(project), 0);
        if (auth != null) out.add(new Control(ControlKind.AUTH, auth, at, Set.of(), "handler"));
        return out;
    }

    private List<Control> directiveControls(String type, String name, String near) {
        List<Control> controls = new ArrayList<>();
        SdlField decl = sdlField(type, name, near);
        Set<String> registered = registeredDirectives();
        if (decl != null) {
            for (String d : decl.directives()) {
                // graphql-tools' schemaDirectives map: a directive it does not list is only a name, nothing runs for it
                if (registered != null && !registered.contains(d)) continue;
                if (AUTH_NAME.matcher(d).matches()) controls.add(new Control(ControlKind.AUTH, "@" + d, decl.at(), Set.of(), "route"));
                else if (RATE_NAME.matcher(d).matches()) controls.add(new Control(ControlKind.RATE_LIMIT, "@" + d, decl.at(), Set.of(), "route"));
                else if (d.matches("(?i)constraint|length|validate")) controls.add(new Control(ControlKind.VALIDATION, "@" + d, decl.at(), Set.of("args"), "route"));
            }
        }
        return controls;
    }

    /**
     * Directives named like an auth check on the SDL declaration of {@code type.field} (found near {@code near}) that
     * the project's {@code schemaDirectives} map does not register: written, but nothing runs for them.
     */
    public List<String> unregisteredAuthDirectives(String type, String field, String near) {
        Set<String> reg = registeredDirectives();
        SdlField decl = sdlField(type, field, near);
        if (reg == null || decl == null) return List.of();
        return decl.directives().stream().filter(d -> !reg.contains(d) && AUTH_NAME.matcher(d).matches()).distinct().toList();
    }

    private Set<String> registered;
    private boolean registeredRead;

    /**
     * The directive names a {@code schemaDirectives} map registers (Apollo Server 2/3, graphql-tools before v7,
     * Nest's GraphQLModule options): the union of the keys of every such object literal in non-test code, or null
     * when the project writes none (directives are then implemented another way, e.g. a schema transformer).
     */
    private synchronized Set<String> registeredDirectives() {
        if (registeredRead) return registered;
        registeredRead = true;
        Set<String> names = null;
        for (FileFacts f : project.files().values()) {
            if (project.isTestPath(f.path())) continue;
            for (Fn fn : Analysis.functions(f)) {
                List<Val> vals = new ArrayList<>(fn.returns());
                for (CallSite cs : fn.calls()) vals.addAll(cs.args());
                for (Val v : vals) {
                    List<Obj> found = new ArrayList<>();
                    Vals.anyPart(v, x -> {
                        if (x instanceof Obj o && o.props().containsKey("schemaDirectives")) found.add(o);
                        return false;
                    });
                    for (Obj o : found) {
                        if (!(project.resolve(o.props().get("schemaDirectives"), f).val() instanceof Obj map)) return registered = null;
                        if (names == null) names = new TreeSet<>();
                        names.addAll(map.props().keySet());
                    }
                }
            }
        }
        return registered = names;
    }

    private void field(String type, String name, Val v, FileFacts f, Set<Fn> seen) {
        field(type, name, v, f, seen, 1, "resolver-map");
    }

    /** A root field's resolver: {@code argsParam} holds the arguments, the context follows it. */
    private void field(String type, String name, Val v, FileFacts f, Set<Fn> seen, int argsParam, String style) {
        List<Control> controls = new ArrayList<>();
        Project.FnRef fn = unwrap(v, f, controls, 0);
        if (fn == null || !seen.add(fn.fn()) || project.isTestPath(fn.file().path())) return;
        if (type == null) type = rootTypeOf(name, fn.file().path());
        if (type == null) return;
        SdlField decl = sdlField(type, name, fn.file().path());
        controls.addAll(directiveControls(type, name, fn.file().path()));
        Location at = fn.fn().location();
        resolverControls(fn.fn(), fn.file(), argsParam + 1, argsParam, at, controls);
        operations.add(new Operation(type, name, at, fn.fn(), fn.file(), style, controls, argsParam,
                decl == null ? List.of() : decl.args()));
    }

    /** The root type whose SDL declares {@code name} (nearest declaration to {@code near}), or null. */
    private String rootTypeOf(String name, String near) {
        String best = null;
        int bestLen = -1;
        for (SdlField s : sdl) {
            if (!s.field().equals(name)) continue;
            int l = commonPrefix(s.at().path(), near);
            if (l > bestLen) {
                best = s.type();
                bestLen = l;
            }
        }
        return best;
    }

    /** rootValue objects (express-graphql, graphql-http, graphql()) and function-valued mercurius resolvers. */
    private final List<Map.Entry<Val, FileFacts>> rootValues = new ArrayList<>();

    /**
     * A root value: {@code { createUser: (args, context) => ..., ...more }}; each function is the resolver of the root
     * field of that name (its root type from the SDL), called with the arguments first and the context second.
     */
    private void rootValue(Val v, FileFacts f, Set<Fn> seen, int depth) {
        if (v == null || depth > 6) return;
        Project.Resolved r = project.resolve(v, f);
        FileFacts xf = r.file() == null ? f : r.file();
        if (r.val() instanceof Call c) {
            for (Val a : c.args()) rootValue(a, xf, seen, depth + 1);
            return;
        }
        if (!(r.val() instanceof Obj o)) return;
        for (Map.Entry<String, Val> e : o.props().entrySet()) {
            if (e.getKey().startsWith("...")) {
                rootValue(e.getValue(), xf, seen, depth + 1);
                continue;
            }
            if (ROOTS.contains(e.getKey())) continue;
            if (project.function(e.getValue(), xf) == null && !(project.resolve(e.getValue(), xf).val() instanceof Call)) continue;
            field(null, e.getKey(), e.getValue(), xf, seen, 0, "root-value");
        }
    }

    /**
     * The resolver function a field's value denotes; wrappers add their controls: {@code combineResolvers(isAuth, fn)},
     * {@code authenticated(fn)}, {@code rateLimit(...)(fn)}, {@code { resolve: fn }} (subscriptions: {@code subscribe}).
     */
    private Project.FnRef unwrap(Val v, FileFacts f, List<Control> controls, int depth) {
        if (v == null || depth > 4) return null;
        Project.FnRef fn = project.function(v, f);
        if (fn != null) return fn;
        Project.Resolved r = project.resolve(v, f);
        FileFacts xf = r.file() == null ? f : r.file();
        if (r.val() instanceof Obj o) {
            Val inner = o.props().get("resolve");
            if (inner == null) inner = o.props().get("subscribe");
            return inner == null ? null : unwrap(inner, xf, controls, depth + 1);
        }
        if (r.val() instanceof Call c) {
            Project.FnRef last = null;
            List<Val> others = new ArrayList<>();
            for (int i = c.args().size() - 1; i >= 0; i--) {
                Val a = c.args().get(i);
                if (last == null) {
                    Project.FnRef af = unwrap(a, xf, controls, depth + 1);
                    if (af != null) {
                        last = af;
                        continue;
                    }
                }
                others.add(a);
            }
            if (last == null) return null;
            Location at = c.site() != null ? c.site() : last.fn().location();
            String callee = Vals.lastName(c.callee());
            String q = project.qname(c.callee(), xf);
            if (callee != null && !"combineResolvers".equals(callee) && !"pipeResolvers".equals(callee)) wrapper(callee, q, at, controls);
            for (Val o : others) {
                String n = nameOf(o, xf);
                if (n != null) wrapper(n, null, at, controls);
            }
            return last;
        }
        return null;
    }

    private void wrapper(String name, String qname, Location at, List<Control> controls) {
        if (RATE_NAME.matcher(name).matches() || qname != null && qname.startsWith("graphql-rate-limit")) {
            controls.add(new Control(ControlKind.RATE_LIMIT, qname != null && qname.startsWith("graphql-rate-limit") ? "graphql-rate-limit" : name, at, Set.of(), "route"));
        } else if (AUTH_NAME.matcher(name).matches()) {
            controls.add(new Control(ControlKind.AUTH, name, at, Set.of(), "route"));
        }
    }

    /** How a value is written: an identifier or the export it refers to. */
    private String nameOf(Val v, FileFacts f) {
        if (v instanceof Local l) return l.path().isEmpty() ? l.name() : l.path().get(l.path().size() - 1);
        if (v instanceof Ref r) return r.path().isEmpty() ? r.export() : r.path().get(r.path().size() - 1);
        Project.FnRef fn = project.function(v, f);
        if (fn != null && !fn.fn().name().isEmpty()) return fn.fn().name();
        return Vals.lastName(v);
    }

    /**
     * Controls a resolver applies itself: rejecting a caller without a user in the context (a check of
     * {@code context.user} that throws, an authentication error thrown, a token verified, also in a project
     * function it calls with the context), and schema validation of its arguments.
     */
    void resolverControls(Fn fn, FileFacts f, int contextParam, int argsParam, Location at, List<Control> controls) {
        Analysis analysis = ModelSupport.analysis(project);
        String auth = checksCaller(fn, f, contextParam, analysis, 0);
        if (auth != null) controls.add(new Control(ControlKind.AUTH, auth, at, Set.of(), "handler"));
        Analysis.Summary s = analysis.summary(fn, f);
        if (argsParam >= 0 && s.validatedParams().containsKey(argsParam)) {
            Set<String> libs = s.validationLibs().isEmpty() ? Set.of("schema") : new TreeSet<>(s.validationLibs());
            for (String lib : libs) controls.add(new Control(ControlKind.VALIDATION, lib, at, Set.of("args"), "handler"));
            return;
        }
        // a project function that validates the arguments by hand (const errors = validateRegister(options); if (errors) ...)
        Set<Integer> argParams = new HashSet<>();
        if (argsParam >= 0) argParams.add(argsParam);
        for (int i = 0; i < fn.params().size(); i++) {
            for (Decorator d : fn.params().get(i).decorators()) if ("Arg".equals(d.name()) || "Args".equals(d.name())) argParams.add(i);
        }
        for (CallSite cs : fn.calls()) {
            String n = cs.methodName();
            if (n == null || !n.matches("(?i)(validate|sanitize|check|assert)[A-Za-z0-9_]*") || n.matches("(?i)check(auth|user|login|permission).*")) continue;
            if (analysis.resolveCallee(cs.callee(), f, fn) == null) continue;
            boolean passes = false;
            for (Val a : cs.args()) if (Vals.anyPart(a, x -> x instanceof Param p && argParams.contains(p.index()))) passes = true;
            if (passes) {
                controls.add(new Control(ControlKind.VALIDATION, n, at, Set.of("args"), "handler"));
                return;
            }
        }
    }

    /** The name of the check that turns away a caller who is not signed in, or null. */
    private String checksCaller(Fn fn, FileFacts f, int contextParam, Analysis analysis, int depth) {
        if (fn == null || depth > 2) return null;
        boolean authError = false;
        for (String t : fn.throwsTypes()) if (AUTH_ERRORS.contains(t)) authError = true;
        if (authError) {
            // if (context.user) { ... } throw new AuthenticationError(...): the caller is tested around the work
            for (CallSite cs : fn.calls()) {
                for (CallSite.Guard g : cs.guards()) {
                    if (mentionsCaller(g.left(), contextParam) || mentionsCaller(g.right(), contextParam)) return depth == 0 ? "context check" : fnName(fn);
                }
            }
        }
        for (Fn.Check c : fn.checks()) {
            if (mentionsCaller(c.subject(), contextParam)) return depth == 0 ? "context check" : fnName(fn);
        }
        // if (session.type === 'Unauthenticated') return ...; prisma.user.update(...): every write runs only for a known caller
        boolean anyWrite = false, allGuarded = true;
        for (CallSite cs : fn.calls()) {
            String n = cs.methodName();
            if (n == null || !WRITE_CALL.matcher(n).matches()) continue;
            anyWrite = true;
            if (cs.guards().stream().noneMatch(g -> mentionsCaller(g.left(), contextParam) || mentionsCaller(g.right(), contextParam))) allGuarded = false;
        }
        if (anyWrite && allGuarded && contextParam >= 0) return depth == 0 ? "context check" : fnName(fn);
        for (CallSite.Guard g : fn.authTests()) {
            if (mentionsCaller(g.left(), contextParam) || mentionsCaller(g.right(), contextParam)) return depth == 0 ? "context check" : fnName(fn);
        }
        for (CallSite cs : fn.calls()) {
            String n = cs.methodName();
            // a project helper handed the context (requireUser(ctx), assertAuth(context.user))
            boolean passesContext = false;
            for (Val a : cs.args()) if (mentionsContext(a, contextParam)) passesContext = true;
            if (!passesContext) continue;
            Project.FnRef callee = analysis.resolveCallee(cs.callee(), f, fn);
            if (callee != null) {
                int idx = -1;
                for (int i = 0; i < cs.args().size(); i++) if (mentionsContext(cs.args().get(i), contextParam)) idx = i;
                String inner = checksCaller(callee.fn(), callee.file(), idx, analysis, depth + 1);
                if (inner != null) return n != null ? n : inner;
            } else if (n != null && AUTH_NAME.matcher(n).matches() && n.matches("(?i)(require|ensure|assert|check|verify|get).*|is.*|.*auth.*")) {
                return n;
            }
        }
        return null;
    }

    private static String fnName(Fn fn) {
        return fn.name().isEmpty() ? "context check" : fn.name();
    }

    private static boolean mentionsCaller(Val v, int contextParam) {
        if (v == null) return false;
        return Vals.anyPart(v, x -> {
            if (x instanceof Param p && (contextParam < 0 || p.index() == contextParam)) {
                for (String seg : p.path()) if (CALLER.matcher(seg).matches()) return true;
                return contextParam >= 0 && p.path().isEmpty() && p.name() != null && CALLER.matcher(p.name()).matches();
            }
            if (x instanceof Req q) return q.part().equals("user") || q.part().equals("session")
                    || q.part().equals("raw") && !q.path().isEmpty() && CALLER.matcher(q.path().get(0)).matches();
            return false;
        });
    }

    private static boolean mentionsContext(Val v, int contextParam) {
        if (v == null || contextParam < 0) return false;
        return Vals.anyPart(v, x -> x instanceof Param p && p.index() == contextParam);
    }

    // ------------------------------------------------------------------ Pothos, Nexus

    private void codeFirst() {
        GraphqlCodeFirst cf = new GraphqlCodeFirst(project, inputTypes, enumsAndScalars);
        cf.run();
        for (GraphqlCodeFirst.Found x : cf.found) {
            List<Control> controls = new ArrayList<>(x.controls());
            resolverControls(x.resolver(), x.file(), x.argsParam() + 1, x.argsParam(), x.at(), controls);
            operations.add(new Operation(x.type(), x.field(), x.at(), x.resolver(), x.file(), x.style(), controls, x.argsParam(), x.args()));
        }
    }

    /**
     * The parameter of a resolver (of a root operation outside NestJS) that holds the client's arguments, or -1 when
     * the arguments are bound by decorators or the function is no such resolver.
     */
    public int argsParam(Fn fn) {
        for (Operation op : operations) if (op.resolver() == fn) return op.argsParam();
        return -1;
    }

    /**
     * The request value a resolver's context parameter stands for ({@code ctx.token} when the server's context function
     * copies {@code req.headers.authorization} into {@code token}; {@code context.req.body}), or null. Only fields the
     * context function takes from the request count: not a user it verified, not a client it holds. express-graphql
     * with no context option hands the request itself.
     */
    public Val contextValue(Fn fn, Param p) {
        if (fn == null || p.path().isEmpty()) return null;
        Operation op = null;
        for (Operation o : operations) if (o.resolver() == fn) op = o;
        if (op == null || op.argsParam() < 0 || p.index() != op.argsParam() + 1) return null;
        Server s = null;
        int bestLen = -1;
        for (Server x : servers) {
            if (x.library().equals("nestjs")) continue;
            int l = commonPrefix(x.at().path(), op.file().path());
            if (l > bestLen) {
                s = x;
                bestLen = l;
            }
        }
        if (s == null) return null;
        List<Project.FnRef> fns = new ArrayList<>(contexts.getOrDefault(s.at(), List.of()));
        Val c = s.option("context");
        Project.FnRef own = c == null ? null : project.function(c, s.optionsFile());
        if (own != null) fns.add(own);
        if (fns.isEmpty()) {
            if (!s.library().equals("express-graphql") || c != null) return null;
            Val r = new Req("raw", List.of());
            for (String seg : p.path()) r = Val.member(r, seg);
            return r;
        }
        Set<String> keys = s.library().equals("mercurius") ? null : Set.of("req", "request");
        for (Project.FnRef f : fns) {
            Val v = RequestContext.field(project, f.fn(), f.file(), p.path(), 0, keys);
            if (v != null) return v;
        }
        return null;
    }

    /** True when {@code fn} is the resolver of a root operation this concept found (outside NestJS). */
    public boolean isResolver(Fn fn) {
        for (Operation op : operations) if (op.resolver() == fn) return true;
        return false;
    }

    // ------------------------------------------------------------------ TypeGraphQL

    private void typeGraphql() {
        for (FileFacts f : project.files().values()) {
            if (project.isTestPath(f.path()) || !"ts".equals(f.language())) continue;
            for (ClassInfo ci : f.classes().values()) {
                Decorator rd = decorator(ci.decorators(), "Resolver", f, "type-graphql");
                if (rd == null) continue;
                List<Control> classControls = new ArrayList<>();
                decoratorControls(ci.decorators(), f, classControls);
                for (Fn m : ci.methods()) {
                    for (Decorator d : m.decorators()) {
                        if (d.name() == null || !Set.of("Query", "Mutation", "Subscription").contains(d.name())) continue;
                        if (!"type-graphql".equals(project.rootModule(d.callee(), f))) continue;
                        String type = d.name().toUpperCase(Locale.ROOT);
                        String name = optionName(d, f);
                        if (name == null) name = m.name();
                        List<Control> controls = new ArrayList<>(classControls);
                        decoratorControls(m.decorators(), f, controls);
                        int ctxIdx = -1;
                        List<Arg> args = new ArrayList<>();
                        boolean validated = false;
                        for (int i = 0; i < m.params().size(); i++) {
                            Fn.Param p = m.params().get(i);
                            for (Decorator pd : p.decorators()) {
                                if ("Ctx".equals(pd.name())) ctxIdx = i;
                                if ("Arg".equals(pd.name()) || "Args".equals(pd.name())) {
                                    String an = Val.constString(pd.arg(0));
                                    String t = p.type() == null ? "unknown" : p.type();
                                    args.add(new Arg(an == null ? p.name() : an, graphqlTypeOfTs(t, f)));
                                    if (Boolean.TRUE.equals(typeGraphqlValidates) && hasValidators(t, f)) validated = true;
                                }
                            }
                        }
                        resolverControls(m, f, ctxIdx, -1, d.location(), controls);
                        if (validated) controls.add(new Control(ControlKind.VALIDATION, "class-validator", d.location(), Set.of("args"), "route"));
                        operations.add(new Operation(type, name, d.location(), m, f, "type-graphql", controls, -1, args));
                    }
                }
            }
        }
    }

    /** A TypeScript parameter type as GraphQL sees it: scalars by name, a class as an input type. */
    private String graphqlTypeOfTs(String t, FileFacts f) {
        String base = t.replace("[]", "");
        return switch (base) {
            case "string" -> "String";
            case "number" -> "Float";
            case "boolean" -> "Boolean";
            default -> {
                Project.ClassHit h = project.classNamed(base, f);
                if (h != null) inputTypes.add(base);
                yield base;
            }
        };
    }

    private boolean hasValidators(String type, FileFacts f) {
        Project.ClassHit h = type == null ? null : project.classNamed(type.replace("[]", ""), f);
        if (h == null) return false;
        for (ClassInfo.Prop p : h.info().props()) {
            for (Decorator d : p.decorators()) if ("class-validator".equals(project.rootModule(d.callee(), h.file()))) return true;
        }
        return false;
    }

    private void decoratorControls(List<Decorator> decs, FileFacts f, List<Control> out) {
        for (Decorator d : decs) {
            if (d.name() == null) continue;
            if (d.name().equals("Authorized") && "type-graphql".equals(project.rootModule(d.callee(), f))) {
                out.add(new Control(ControlKind.AUTH, "@Authorized", d.location(), Set.of(), "route"));
            } else if (d.name().equals("UseMiddleware") || d.name().equals("UseGuards") || d.name().equals("Directive")) {
                for (Val a : d.args()) {
                    String n = d.name().equals("Directive") ? Val.constString(a) : nameOf(a, f);
                    if (n == null) continue;
                    String clean = n.replaceAll("^@", "").replaceAll("\\(.*", "");
                    if (RATE_NAME.matcher(clean).matches()) out.add(new Control(ControlKind.RATE_LIMIT, clean, d.location(), Set.of(), "route"));
                    else if (AUTH_NAME.matcher(clean).matches()) out.add(new Control(ControlKind.AUTH, clean, d.location(), Set.of(), "route"));
                }
            }
        }
    }

    /** {@code @Mutation(() => Post, { name: 'createPost' })}: the name option, or null. */
    public String optionName(Decorator d, FileFacts f) {
        for (Val a : d.args()) {
            Val x = project.resolve(a, f).val();
            if (x instanceof Obj o && o.props().get("name") != null) {
                String n = Val.constString(project.resolve(o.props().get("name"), f).val());
                if (n != null) return n;
            }
            String s = Val.constString(x);
            if (s != null && !(a instanceof FnVal)) return s;
        }
        return null;
    }

    private Decorator decorator(List<Decorator> decs, String name, FileFacts f, String module) {
        for (Decorator d : decs) {
            if (name.equals(d.name()) && module.equals(project.rootModule(d.callee(), f))) return d;
        }
        return null;
    }
}
