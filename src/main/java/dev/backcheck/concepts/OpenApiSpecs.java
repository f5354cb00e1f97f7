package dev.backcheck.concepts;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.backcheck.findings.Level;
import dev.backcheck.findings.Location;
import dev.backcheck.findings.Notification;
import dev.backcheck.lang.facts.*;
import dev.backcheck.lang.facts.Val.*;
import dev.backcheck.model.Analysis;
import dev.backcheck.model.Application;
import dev.backcheck.model.Project;
import dev.backcheck.model.Route;

import java.util.*;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * OpenAPI documentation, the concept: the OpenAPI/Swagger documents in the tree (openapi.{json,yaml,yml},
 * swagger.*, any YAML/JSON whose top level has {@code openapi:}/{@code swagger:}), each read with the line of
 * every documented operation and its base paths ({@code servers[].url}, Swagger 2 {@code basePath}), path
 * items given by {@code $ref} to other files of the tree followed; swagger-jsdoc {@code @openapi}/{@code @swagger}
 * JSDoc blocks read as one more document; and the libraries that generate a spec from the code
 * ({@code @nestjs/swagger} SwaggerModule, {@code @fastify/swagger} in dynamic mode, {@code @hono/zod-openapi},
 * tsoa, swagger-autogen...) where the spec is the code. Drift compares a document's operations with the
 * application model's routes (method and normalised path; parameter names ignored; base paths and the
 * applications' common prefix tried). Unreadable documents become notifications, never a failure.
 */
public final class OpenApiSpecs {

    /** One documented operation: HTTP method (upper case), path as written in the document, where it is written. */
    public record Operation(String method, String path, Location location) { }

    /**
     * One document: where it is ({@code file}; for swagger-jsdoc the first block), its version string, the base paths
     * its servers give ("" for none), and its operations in document order. {@code source} is "file" or "swagger-jsdoc".
     */
    public record Spec(String file, String version, Location location, List<String> basePaths, List<Operation> operations, String source) { }

    /** A library that produces or serves the spec: package, how it is used, where; {@code specIsCode} when the spec is generated from the code. */
    public record Generator(String library, String how, Location location, boolean specIsCode) { }

    /**
     * What differs between one document and the routes of the applications it describes. {@code alongside}: the other
     * documents that describe the same applications (an API split into public, admin and v1 documents); a route is
     * undocumented only when none of them lists it, and it is given once, with the first of the documents.
     */
    public record Drift(Spec spec, List<Application> apps, List<Route> undocumented, List<Operation> unserved, int matched,
                        List<Spec> alongside) {
        Drift(Spec spec, List<Application> apps, List<Route> undocumented, List<Operation> unserved, int matched) {
            this(spec, apps, undocumented, unserved, matched, List.of());
        }
    }

    static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    private static final Pattern YAML_TOP = Pattern.compile("(?m)^[\"']?(openapi|swagger)[\"']?\\s*:");
    private static final Pattern JSON_KEY = Pattern.compile("\"(openapi|swagger)\"\\s*:\\s*\"");
    /** Libraries that generate the document from the code (routes, decorators, schemas). */
    private static final Map<String, String> GENERATED = new TreeMap<>(Map.ofEntries(
            Map.entry("@hono/zod-openapi", "OpenAPIHono routes"), Map.entry("hono-openapi", "describeRoute"),
            Map.entry("chanfana", "chanfana routes"), Map.entry("tsoa", "tsoa controllers"),
            Map.entry("@asteasolutions/zod-to-openapi", "OpenAPI registry"), Map.entry("swagger-autogen", "swagger-autogen"),
            Map.entry("express-jsdoc-swagger", "JSDoc comments"), Map.entry("routing-controllers-openapi", "routing-controllers metadata"),
            Map.entry("fastify-openapi-glue", "routes generated from the document"), Map.entry("openapi-backend", "routes generated from the document"),
            Map.entry("express-openapi", "routes generated from the document"), Map.entry("oas3-tools", "routes generated from the document"),
            Map.entry("@ts-rest/open-api", "ts-rest contract"), Map.entry("trpc-openapi", "tRPC procedures"),
            Map.entry("trpc-to-openapi", "tRPC procedures"), Map.entry("@elysiajs/swagger", "Elysia routes")));
    /** Libraries that serve, validate against or collect a document written by hand (it exists somewhere). */
    private static final Map<String, String> SERVED = new TreeMap<>(Map.of(
            "swagger-jsdoc", "@openapi JSDoc blocks", "express-openapi-validator", "validates requests against the document",
            "swagger-ui-express", "serves a document", "@fastify/swagger-ui", "serves a document", "@hono/swagger-ui", "serves a document",
            "@scalar/express-api-reference", "serves a document", "@scalar/hono-api-reference", "serves a document",
            "redoc-express", "serves a document", "openapi-types", "document typed in code",
            "@useoptic/express-middleware", "Optic records the traffic into an OpenAPI spec"));
    /** apiDoc's route annotations ({@code @api {get} /users/:id Get a user}): the API documented as HTML by the apidoc tool. */
    private static final Pattern APIDOC = Pattern.compile("@api\\s+\\{(?i:get|post|put|patch|delete|head|options)}\\s+\\S");

    private final Project project;
    private final List<Spec> specs = new ArrayList<>();
    private final List<Generator> generators = new ArrayList<>();
    /** Paths where a documentation UI is served (SwaggerModule.setup('api/docs', ..) serves /api/docs and what is under it). */
    private final List<Location> uiPaths = new ArrayList<>();
    private final List<Notification> problems = new ArrayList<>();
    private volatile List<Drift> drift; // computed again by a thread that asks meanwhile (same value)
    /** Documents a package.json script overwrites with another document of the tree (build copies), by path. */
    private final Set<String> copies = new TreeSet<>();

    private OpenApiSpecs(Project p) {
        this.project = p;
        for (Map.Entry<String, String> e : p.texts().entrySet()) {
            String path = e.getKey();
            if (!candidate(path) || p.isTestPath(path) || ImportIndex.of(p).templatePackage(path)) continue;
            try {
                Spec s = readFile(path, e.getValue());
                if (s != null) specs.add(s);
            } catch (Exception | StackOverflowError ex) {
                problems.add(new Notification(Level.WARNING, "bad-openapi-document", path, 0, 0,
                        "could not read this OpenAPI/Swagger document (" + oneLine(ex) + "); api/openapi-* rules ignore it"));
            }
        }
        for (FileFacts f : p.files().values()) {
            if (p.isTestPath(f.path())) continue;
            generators(f);
        }
        generatorCalls();
        springdoc();
        generators.sort(Comparator.comparing(Generator::location, Location.ORDER).thenComparing(Generator::library));
        if (generators.stream().anyMatch(g -> g.library().equals("swagger-jsdoc"))) jsdoc();
        specs.sort(Comparator.comparing(Spec::location, Location.ORDER));
        problems.sort(Notification.ORDER);
        findCopies();
    }

    /**
     * Documents that are build copies of another: a package.json script copies one document of the tree onto this one
     * ({@code "copy:openapi": "cp ../../packages/openapi/openapi.yaml ./docs/public/openapi.yaml"}; cp, copyfile(s),
     * cpy, cpx, ncp, shx cp, or node -e with fs.copyFileSync/cpSync), or into its folder. Drift is judged against the
     * source only: the copy is refreshed from it at build time.
     */
    public Set<String> copies() {
        return Collections.unmodifiableSet(copies);
    }

    private static final Set<String> COPY_COMMANDS = Set.of("cp", "copy", "copyfile", "copyfiles", "cpy", "cpx", "ncp", "cp-cli", "cpy-cli");
    private static final Pattern NODE_COPY = Pattern.compile("(?:copyFileSync|cpSync|copyFile|copySync|copy)\\(\\s*['\"`]([^'\"`]+)['\"`]\\s*,\\s*['\"`]([^'\"`]+)['\"`]");

    private void findCopies() {
        Set<String> files = new HashSet<>();
        Map<String, Set<String>> sources = new TreeMap<>();
        for (Spec s : specs) if (s.source().equals("file")) files.add(s.file());
        if (files.size() < 2) return;
        for (Map.Entry<String, String> e : project.texts().entrySet()) {
            String path = e.getKey();
            if (!path.equals("package.json") && !path.endsWith("/package.json") || path.contains("node_modules/")) continue;
            String base = dir(path);
            for (String command : dev.backcheck.workspace.PackageJson.scripts(e.getValue()).values()) {
                List<String[]> pairs = new ArrayList<>();
                Matcher nm = NODE_COPY.matcher(command);
                while (nm.find()) pairs.add(new String[]{nm.group(1), nm.group(2)});
                for (String part : command.split("&&|\\|\\||;|\\|")) {
                    List<String> words = new ArrayList<>();
                    for (String w : part.trim().split("\\s+")) {
                        w = w.replaceAll("^['\"]|['\"]$", "");
                        if (!w.isEmpty()) words.add(w);
                    }
                    while (!words.isEmpty() && (words.get(0).equals("npx") || words.get(0).equals("shx") || words.get(0).equals("pnpm")
                            || words.get(0).equals("exec") || words.get(0).equals("yarn") || words.get(0).equals("bunx"))) words.remove(0);
                    if (words.size() < 3 || !COPY_COMMANDS.contains(words.get(0))) continue;
                    List<String> args = new ArrayList<>();
                    for (String w : words.subList(1, words.size())) if (!w.startsWith("-")) args.add(w);
                    if (args.size() < 2) continue;
                    String dst = args.get(args.size() - 1);
                    for (String src : args.subList(0, args.size() - 1)) pairs.add(new String[]{src, dst});
                }
                for (String[] pair : pairs) {
                    String src = normalise(base, pair[0]), dst = normalise(base, pair[1]);
                    if (src == null || dst == null || !files.contains(src)) continue;
                    String name = src.substring(src.lastIndexOf('/') + 1);
                    String target = files.contains(dst) ? dst : files.contains(dst.isEmpty() ? name : dst + "/" + name) ? (dst.isEmpty() ? name : dst + "/" + name) : null;
                    if (target != null && !target.equals(src)) sources.computeIfAbsent(target, k -> new TreeSet<>()).add(src);
                }
            }
        }
        // a copy of a copy still has a source; two documents each copied onto the other are both kept
        for (Map.Entry<String, Set<String>> c : sources.entrySet()) {
            boolean cycle = false;
            for (String src : c.getValue()) cycle |= sources.getOrDefault(src, Set.of()).contains(c.getKey());
            if (!cycle) copies.add(c.getKey());
        }
    }

    /**
     * True when the literal at {@code at} is an API document's example value: the value of an {@code example} or
     * {@code examples} key, or inside an object or array that is such a value ({@code content: { 'application/json':
     * { schema, example: { password: 'Str0ng!pass' } } }}, zod-openapi's {@code .openapi({ example: '..' })}).
     */
    public static boolean inExample(String src, Location at) {
        if (src == null || at == null) return false;
        int i = offsetOf(src, at.line(), at.column());
        if (i < 0) return false;
        if (EXAMPLE_KEY.matcher(src.substring(Math.max(0, i - 60), i)).find()) return true;
        int depth = 0, levels = 0;
        for (int j = i - 1; j >= 0 && j > i - 4000 && levels < 6; j--) {
            char c = src.charAt(j);
            if (c == '}' || c == ']' || c == ')') depth++;
            else if (c == '{' || c == '[' || c == '(') {
                if (depth > 0) {
                    depth--;
                    continue;
                }
                levels++;
                if (c == '(') return false;
                if (EXAMPLE_KEY.matcher(src.substring(Math.max(0, j - 60), j)).find()) return true;
            }
        }
        return false;
    }

    /**
     * {@code example:} or {@code examples:} (also quoted) right before a value, or a key that ends so: a project's own
     * route documentation table names them {@code bodyExamples}, {@code response_examples} or {@code x-example}.
     */
    private static final Pattern EXAMPLE_KEY = Pattern.compile(
            "(?<![\\w$-])['\"]?(?:examples?|[\\w$]*[a-z0-9]Examples?|[\\w$-]*[-_][eE]xamples?)['\"]?\\s*:\\s*$");

    private static int offsetOf(String src, int line, int column) {
        int l = 1, i = 0;
        while (l < line) {
            int n = src.indexOf('\n', i);
            if (n < 0) return -1;
            i = n + 1;
            l++;
        }
        return i + column - 1 <= src.length() ? i + column - 1 : -1;
    }

    public static OpenApiSpecs of(Project p) {
        return p.derived(OpenApiSpecs.class, OpenApiSpecs::new);
    }

    /** The documents read (files, then the swagger-jsdoc blocks as one document), sorted by location. */
    public List<Spec> specs() {
        return Collections.unmodifiableList(specs);
    }

    /** Spec generators and the libraries that serve or validate against a document, sorted by location. */
    public List<Generator> generators() {
        return Collections.unmodifiableList(generators);
    }

    /**
     * Paths a documentation UI is served at, each with the call that serves it (the location's message is the path,
     * with a leading slash): {@code SwaggerModule.setup('api/docs', app, document)} serves {@code /api/docs} and the
     * assets and JSON beside it whatever the application's global prefix (setup does not take it unless told to).
     */
    public List<Location> uiPaths() {
        return Collections.unmodifiableList(uiPaths);
    }

    /** Documents that could not be read: one notification each. */
    public List<Notification> problems() {
        return Collections.unmodifiableList(problems);
    }

    /** True when a library generates the spec from the code (the spec cannot drift from the routes). */
    public boolean specIsCode() {
        return generators.stream().anyMatch(Generator::specIsCode);
    }

    /**
     * True when the project has any OpenAPI document (one that could not be read included), JSDoc spec, generator or a
     * library serving a document.
     */
    public boolean documented() {
        return !specs.isEmpty() || !generators.isEmpty() || problems.stream().anyMatch(n -> n.line() == 0);
    }

    /** Evidence that API documentation exists: the documents and the generators, by location. */
    public List<Location> evidence() {
        List<Location> out = new ArrayList<>();
        for (Spec s : specs) out.add(s.location().withMessage(s.source().equals("file") ? "OpenAPI document " + s.file() : "swagger-jsdoc blocks"));
        for (Generator g : generators) out.add(g.location().withMessage(g.library() + " (" + g.how() + ")"));
        out.sort(Location.ORDER);
        return out;
    }

    // ------------------------------------------------------------------ documents in the tree

    /**
     * YAML/JSON files the workspace reads so this concept can look for OpenAPI documents in them: named like a spec
     * (openapi, swagger, api, spec, contract, oas) or in a docs/openapi/swagger/spec/api/contracts/generated folder; a
     * document named and placed otherwise is not found.
     */
    public static boolean candidateName(String rel) {
        String lower = rel.toLowerCase(Locale.ROOT);
        String name = lower.substring(lower.lastIndexOf('/') + 1);
        if (name.equals("package.json") || name.equals("package-lock.json") || name.equals("pnpm-lock.yaml") || name.startsWith("tsconfig")
                || name.startsWith("jsconfig") || name.equals("composer.json") || name.endsWith(".schema.json")) return false;
        if (!name.endsWith(".json") && !name.endsWith(".yaml") && !name.endsWith(".yml")) return false;
        if (name.contains("openapi") || name.contains("swagger") || name.contains("api") || name.contains("spec") || name.contains("contract")
                || name.startsWith("oas")) return true;
        for (String seg : lower.split("/")) {
            if (seg.equals("docs") || seg.equals("doc") || seg.equals("openapi") || seg.equals("swagger") || seg.equals("spec")
                    || seg.equals("specs") || seg.equals("api") || seg.equals("apis") || seg.equals("contracts") || seg.equals("generated")) return true;
        }
        return false;
    }

    private static boolean candidate(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return lower.endsWith(".json") || lower.endsWith(".yaml") || lower.endsWith(".yml");
    }

    private static boolean yaml(String path) {
        return !path.toLowerCase(Locale.ROOT).endsWith(".json");
    }

    private Spec readFile(String path, String text) throws Exception {
        boolean looks = yaml(path) ? YAML_TOP.matcher(text).find() : JSON_KEY.matcher(text).find();
        if (!looks) return null;
        Doc d = Doc.parse(path, text);
        JsonNode root = d.root;
        if (root == null || !root.isObject()) return null;
        JsonNode v = root.has("openapi") ? root.get("openapi") : root.get("swagger");
        if (v == null || !v.isValueNode() || !v.asText().matches("\\d.*")) return null;
        String version = v.asText();
        Location at = d.at(root.has("openapi") ? "/openapi" : "/swagger");
        List<String> bases = new ArrayList<>();
        if (root.path("basePath").isTextual()) bases.add(basePath(root.path("basePath").asText()));
        for (JsonNode s : root.path("servers")) bases.add(serverBase(s));
        if (bases.isEmpty()) bases.add("");
        List<Operation> ops = new ArrayList<>();
        Map<String, Doc> docs = new HashMap<>();
        docs.put(path, d);
        JsonNode paths = root.path("paths");
        String pathsPtr = "/paths";
        Doc pathsDoc = d;
        if (paths.has("$ref")) {
            Target t = follow(d, paths.path("$ref").asText(), docs);
            if (t != null) {
                paths = t.node;
                pathsDoc = t.doc;
                pathsPtr = t.pointer;
            }
        }
        if (paths.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> pe = it.next();
                if (!pe.getKey().startsWith("/")) continue;
                JsonNode item = pe.getValue();
                Doc itemDoc = pathsDoc;
                String itemPtr = pathsPtr + "/" + esc(pe.getKey());
                if (item.has("$ref")) {
                    Target t = follow(pathsDoc, item.path("$ref").asText(), docs);
                    if (t == null) {
                        // a path item we cannot read: documented with every method unknown; keep the path with ANY
                        ops.add(new Operation("ANY", pe.getKey(), pathsDoc.at(itemPtr)));
                        continue;
                    }
                    item = t.node;
                    itemDoc = t.doc;
                    itemPtr = t.pointer;
                }
                if (!item.isObject()) continue;
                for (Iterator<String> mi = item.fieldNames(); mi.hasNext(); ) {
                    String m = mi.next();
                    if (!METHODS.contains(m.toLowerCase(Locale.ROOT))) continue;
                    ops.add(new Operation(m.toUpperCase(Locale.ROOT), pe.getKey(), itemDoc.at(itemPtr + "/" + esc(m))));
                }
            }
        }
        return new Spec(path, version, at, List.copyOf(bases), List.copyOf(ops), "file");
    }

    private record Target(Doc doc, JsonNode node, String pointer) { }

    /** A {@code $ref} to another file of the tree (never outside the scan root) or inside the same document. */
    private Target follow(Doc from, String ref, Map<String, Doc> docs) {
        if (ref == null || ref.isEmpty()) return null;
        int hash = ref.indexOf('#');
        String file = hash < 0 ? ref : ref.substring(0, hash);
        String frag = hash < 0 ? "" : ref.substring(hash + 1);
        Doc d = from;
        if (!file.isEmpty()) {
            if (file.contains("://")) return null;
            String target = normalise(dir(from.path), file);
            if (target == null) return null;
            d = docs.get(target);
            if (d == null) {
                String text = project.texts().get(target);
                if (text == null) return null;
                try {
                    d = Doc.parse(target, text);
                } catch (Exception | StackOverflowError e) {
                    problems.add(new Notification(Level.WARNING, "bad-openapi-document", target, 0, 0,
                            "could not read this file a $ref of " + from.path + " names (" + oneLine(e) + "); its operations are not known"));
                    return null;
                }
                docs.put(target, d);
            }
        }
        JsonNode n = frag.isEmpty() ? d.root : d.root == null ? null : d.root.at(frag.startsWith("/") ? frag : "/" + frag);
        if (n == null || n.isMissingNode()) return null;
        return new Target(d, n, frag.isEmpty() ? "" : (frag.startsWith("/") ? frag : "/" + frag));
    }

    private static String dir(String path) {
        int i = path.lastIndexOf('/');
        return i < 0 ? "" : path.substring(0, i);
    }

    /** {@code rel} resolved against {@code dir}; null when it leaves the scan root. */
    static String normalise(String dir, String rel) {
        Deque<String> parts = new ArrayDeque<>();
        if (!rel.startsWith("/")) for (String s : dir.split("/")) if (!s.isEmpty()) parts.addLast(s);
        for (String s : rel.split("/")) {
            if (s.isEmpty() || s.equals(".")) continue;
            if (s.equals("..")) {
                if (parts.isEmpty()) return null;
                parts.removeLast();
            } else parts.addLast(s);
        }
        if (rel.startsWith("/")) return null;
        return String.join("/", parts);
    }

    /** The path part of a server URL ("https://api.x.com/v1" → "/v1"), variables replaced by their defaults. */
    static String serverBase(JsonNode server) {
        String url = server.path("url").asText("");
        JsonNode vars = server.path("variables");
        Matcher m = Pattern.compile("\\{([^}]*)}").matcher(url);
        StringBuilder sb = new StringBuilder();
        while (m.find()) m.appendReplacement(sb, Matcher.quoteReplacement(vars.path(m.group(1)).path("default").asText("")));
        m.appendTail(sb);
        return basePath(sb.toString());
    }

    static String basePath(String url) {
        String u = url.strip();
        int scheme = u.indexOf("://");
        if (scheme >= 0) {
            int slash = u.indexOf('/', scheme + 3);
            u = slash < 0 ? "" : u.substring(slash);
        }
        int q = u.indexOf('?');
        if (q >= 0) u = u.substring(0, q);
        while (u.endsWith("/")) u = u.substring(0, u.length() - 1);
        if (!u.isEmpty() && !u.startsWith("/")) u = "/" + u;
        return u;
    }

    private static String esc(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        m = m.replaceAll("\\s+", " ").strip();
        return m.length() > 160 ? m.substring(0, 160) + "..." : m;
    }

    /** A parsed YAML/JSON document with the line and column of every key (JSON pointer → location). */
    static final class Doc {
        final String path;
        JsonNode root;
        final Map<String, int[]> locs = new HashMap<>();

        private Doc(String path) {
            this.path = path;
        }

        static Doc parse(String path, String text) throws java.io.IOException {
            Doc d = new Doc(path);
            JsonFactory f = yaml(path) ? new YAMLFactory() : new JsonFactory();
            try (JsonParser p = f.createParser(text)) {
                if (p.nextToken() == null) return d;
                d.root = d.read(p, "", 0);
            }
            return d;
        }

        private JsonNode read(JsonParser p, String ptr, int depth) throws java.io.IOException {
            if (depth > 200) throw new java.io.IOException("nesting deeper than 200 levels");
            JsonNodeFactory nf = JsonNodeFactory.instance;
            JsonToken t = p.currentToken();
            if (t == JsonToken.START_OBJECT) {
                ObjectNode o = nf.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    JsonLocation l = p.currentTokenLocation();
                    String cp = ptr + "/" + esc(name);
                    if (depth < 8) locs.put(cp, new int[]{(int) Math.max(1, l.getLineNr()), (int) Math.max(1, l.getColumnNr())});
                    p.nextToken();
                    o.set(name, read(p, cp, depth + 1));
                }
                return o;
            }
            if (t == JsonToken.START_ARRAY) {
                ArrayNode a = nf.arrayNode();
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    if (p.currentToken() == null) throw new java.io.IOException("unexpected end of input");
                    a.add(read(p, ptr + "/" + i++, depth + 1));
                }
                return a;
            }
            if (t == null) throw new java.io.IOException("unexpected end of input");
            return switch (t) {
                case VALUE_STRING -> nf.textNode(p.getText());
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> numberOrText(p);
                case VALUE_TRUE -> nf.booleanNode(true);
                case VALUE_FALSE -> nf.booleanNode(false);
                case VALUE_NULL -> nf.nullNode();
                default -> nf.textNode(String.valueOf(p.getText()));
            };
        }

        private static JsonNode numberOrText(JsonParser p) throws java.io.IOException {
            try {
                return p.currentToken() == JsonToken.VALUE_NUMBER_INT ? JsonNodeFactory.instance.numberNode(p.getBigIntegerValue())
                        : JsonNodeFactory.instance.numberNode(p.getDecimalValue());
            } catch (Exception e) {
                return JsonNodeFactory.instance.textNode(p.getText());
            }
        }

        /** Where the key at {@code pointer} is written (the file's first line when unknown). */
        Location at(String pointer) {
            int[] lc = locs.get(pointer);
            return lc == null ? Location.at(path, 1, 1) : Location.at(path, lc[0], lc[1]);
        }
    }

    // ------------------------------------------------------------------ generators and serving libraries

    /**
     * Spring builds: springdoc-openapi (org.springdoc:springdoc-openapi-*, 1.x and 2.x starters) generates the document from
     * the controllers and serves it at /v3/api-docs unless {@code springdoc.api-docs.enabled} is false in the default
     * profile; SpringFox (io.springfox:springfox-*) does the same at /v2/api-docs.
     */
    private void springdoc() {
        Location at = SpringConfig.dependencyAt(project, n -> n.startsWith("org.springdoc:springdoc-openapi"));
        if (at != null) {
            SpringConfig.Entry off = SpringConfig.of(project).value("springdoc.api-docs.enabled", null);
            if (off == null || !"false".equalsIgnoreCase(off.value().strip())) {
                generators.add(new Generator("springdoc-openapi", "generated from the Spring controllers", at, true));
            }
        }
        Location fox = SpringConfig.dependencyAt(project, n -> n.startsWith("io.springfox:springfox-"));
        if (fox != null) generators.add(new Generator("springfox", "generated from the Spring controllers", fox, true));
    }

    private void generators(FileFacts f) {
        Set<String> seen = new TreeSet<>();
        for (Import i : f.imports().values()) {
            String m = i.module();
            if (m.equals("@nestjs/swagger") || m.equals("@fastify/swagger") || m.equals("fastify-swagger")) continue; // by use, below
            if (GENERATED.containsKey(m) && seen.add(m)) generators.add(new Generator(m, GENERATED.get(m), i.location(), true));
            else if (SERVED.containsKey(m) && seen.add(m)) generators.add(new Generator(m, SERVED.get(m), i.location(), false));
        }
        if (generators.stream().noneMatch(g -> g.library().equals("apidoc"))) {
            for (FileFacts.Comment c : f.comments()) {
                if (c.text() != null && APIDOC.matcher(c.text()).find()) {
                    generators.add(new Generator("apidoc", "@api comment blocks", Location.at(f.path(), Math.max(1, c.line()), 1), false));
                    break;
                }
            }
        }
    }

    /**
     * Generators found by use: SwaggerModule.createDocument/setup (in a file importing @nestjs/swagger) and the
     * registration of @fastify/swagger, once per library and file. The calls of those names come from CallNames, in
     * walk order (no walk over every call); the import pass above leaves these libraries to this one, and the list is
     * sorted by location and library after both.
     */
    private void generatorCalls() {
        Map<FileFacts, Set<String>> seenIn = new IdentityHashMap<>();
        Map<FileFacts, Boolean> nestIn = new IdentityHashMap<>();
        for (CallNames.At c : CallNames.of(project).named(Set.of("createDocument", "setup", "register"))) {
            FileFacts f = c.file();
            if (project.isTestPath(f.path())) continue;
            CallSite cs = c.cs();
            Set<String> seen = seenIn.computeIfAbsent(f, k -> new TreeSet<>());
            boolean nest = nestIn.computeIfAbsent(f, k -> k.imports().values().stream().anyMatch(i -> i.module().equals("@nestjs/swagger")));
            String mn = cs.methodName();
            if (nest && ("createDocument".equals(mn) || "setup".equals(mn))) {
                String q = project.qname(cs.callee(), f);
                if (q != null && q.startsWith("@nestjs/swagger.SwaggerModule.") && "setup".equals(mn) && cs.arg(0) != null) {
                    String path = Val.constString(project.resolve(cs.arg(0), f).val());
                    if (path != null && !path.isBlank()) uiPaths.add(cs.location().withMessage("/" + path.replaceFirst("^/+", "")));
                }
                if (q != null && q.startsWith("@nestjs/swagger.SwaggerModule.") && seen.add("@nestjs/swagger"))
                    generators.add(new Generator("@nestjs/swagger", "SwaggerModule." + mn, cs.location(), true));
            }
            if ("register".equals(mn) && cs.arg(0) != null) {
                String root = project.rootModule(cs.arg(0), f);
                if (root != null && (root.equals("@fastify/swagger") || root.equals("fastify-swagger")) && seen.add(root)) {
                    Val opts = cs.arg(1) == null ? null : project.resolve(cs.arg(1), f).val();
                    boolean stat = opts instanceof Obj o && "static".equals(Val.constString(Val.member(o, "mode")));
                    generators.add(new Generator(root, stat ? "static document" : "routes' schemas", cs.location(), !stat));
                }
            }
        }
    }

    // ------------------------------------------------------------------ swagger-jsdoc blocks

    private static final Pattern JSDOC_TAG = Pattern.compile("(?m)^[\\s*]*@(openapi|swagger)\\b[ \\t]*$");

    /** The {@code @openapi}/{@code @swagger} blocks of the code, as one document (base path from the swagger-jsdoc definition). */
    private void jsdoc() {
        List<Operation> ops = new ArrayList<>();
        Location first = null;
        for (FileFacts f : project.files().values()) {
            // (a project template's JSDoc documents the generated project's API, not this one's: ImportIndex#templatePackage)
            if (project.isTestPath(f.path()) || ImportIndex.of(project).templatePackage(f.path())) continue;
            for (FileFacts.Comment c : f.comments()) {
                String text = c.text();
                if (text == null || !text.contains("@openapi") && !text.contains("@swagger")) continue;
                Matcher m = JSDOC_TAG.matcher(text);
                if (!m.find()) continue;
                String[] lines = text.split("\n", -1);
                int tagLine = 0;
                for (int i = 0; i < lines.length; i++) if (lines[i].matches("[\\s*]*@(openapi|swagger)\\b\\s*")) { tagLine = i; break; }
                StringBuilder body = new StringBuilder();
                for (int i = tagLine + 1; i < lines.length; i++) {
                    String l = lines[i].replaceFirst("^\\s*\\*(?!/) ?", "").replaceFirst("\\s*\\*/\\s*$", "");
                    if (l.matches("\\s*@\\w+.*") && !l.matches("\\s*@(openapi|swagger).*")) break;
                    body.append(l).append('\n');
                }
                int base = c.line() + tagLine + 1;
                try {
                    Doc d = Doc.parse(f.path() + ".jsdoc.yaml", body.toString());
                    if (d.root == null || !d.root.isObject()) continue;
                    for (Iterator<Map.Entry<String, JsonNode>> it = d.root.fields(); it.hasNext(); ) {
                        Map.Entry<String, JsonNode> e = it.next();
                        if (!e.getKey().startsWith("/") || !e.getValue().isObject()) continue;
                        for (Iterator<String> mi = e.getValue().fieldNames(); mi.hasNext(); ) {
                            String meth = mi.next();
                            if (!METHODS.contains(meth.toLowerCase(Locale.ROOT))) continue;
                            int[] lc = d.locs.get("/" + esc(e.getKey()) + "/" + esc(meth));
                            Location at = Location.at(f.path(), base + (lc == null ? 0 : lc[0] - 1), 1);
                            ops.add(new Operation(meth.toUpperCase(Locale.ROOT), e.getKey(), at));
                            if (first == null) first = at;
                        }
                    }
                } catch (Exception | StackOverflowError e) {
                    problems.add(new Notification(Level.WARNING, "bad-openapi-document", f.path(), c.line(), 1,
                            "could not read this @openapi JSDoc block as YAML (" + oneLine(e) + "); its operations are not known"));
                }
            }
        }
        if (first == null) return;
        List<String> bases = jsdocBases();
        specs.add(new Spec(first.path(), "swagger-jsdoc", first, bases, List.copyOf(ops), "swagger-jsdoc"));
    }

    /** Base paths from {@code swaggerJsdoc({ definition: { servers: [{ url }] } })} (or swaggerDefinition / basePath) when written as literals. */
    private List<String> jsdocBases() {
        List<String> out = new ArrayList<>();
        for (FileFacts f : project.files().values()) {
            if (f.imports().values().stream().noneMatch(i -> i.module().equals("swagger-jsdoc"))) continue;
            for (Fn fn : Analysis.functions(f)) {
                for (CallSite cs : fn.calls()) {
                    if (cs.arg(0) == null || !"swagger-jsdoc".equals(project.rootModule(cs.callee(), f))) continue;
                    Val opts = project.resolve(cs.arg(0), f).val();
                    for (String k : List.of("definition", "swaggerDefinition")) {
                        Val def = project.resolve(Val.member(opts, k), f).val();
                        String bp = urlText(project.resolve(Val.member(def, "basePath"), f).val());
                        if (bp != null) out.add(basePath(bp));
                        if (project.resolve(Val.member(def, "servers"), f).val() instanceof Arr a) {
                            for (Val s : a.items()) {
                                String url = urlText(project.resolve(Val.member(project.resolve(s, f).val(), "url"), f).val());
                                if (url != null) out.add(basePath(url));
                            }
                        }
                    }
                }
            }
        }
        if (out.isEmpty()) out.add("");
        return List.copyOf(new TreeSet<>(out));
    }

    /** A URL written in code: a constant, or a template whose text after the last hole is a path (`http://localhost:${port}/v1` → "/v1"). */
    private static String urlText(Val v) {
        String c = Val.constString(v);
        if (c != null) return c;
        if (v instanceof Tpl t && !t.holes().isEmpty()) {
            String tail = t.quasis().get(t.quasis().size() - 1);
            if (tail.startsWith("/")) return tail;
        }
        return null;
    }

    // ------------------------------------------------------------------ drift

    /**
     * A path for comparison: parameters ({@code :id}, {@code :id(\\d+)}, {@code {id}}, {@code *}) become {@code {}},
     * an unresolved model segment ({@code {unknown}}) stays a wildcard {@code ?}; empty segments and the trailing slash dropped.
     */
    public static String normalise(String path, boolean code) {
        StringBuilder sb = new StringBuilder();
        for (String seg : path.split("/")) {
            if (seg.isEmpty()) continue;
            String s;
            if (code && seg.matches("\\{[^}]*}")) s = "?";
            else if (seg.equals("*") || seg.matches("\\{[^}]*}") || seg.matches(":[A-Za-z0-9_]+(\\([^)]*\\))?\\??")) s = "{}";
            else s = seg.replaceAll("\\{[^}]*}", "{}").replaceAll(":[A-Za-z0-9_]+(\\([^)]*\\))?\\??", "{}");
            sb.append('/').append(s);
        }
        return sb.length() == 0 ? "/" : sb.toString();
    }

    /** The document's operations against the routes of the applications it describes; no entry for a spec generated from code. */
    public List<Drift> drift() {
        if (drift != null) return drift;
        List<Drift> out = new ArrayList<>();
        if (!specIsCode()) {
            ServerCode sc = ServerCode.of(project);
            for (Spec s : specs) {
                if (copies.contains(s.file())) continue; // a build copy of another document: judged against the source
                List<Application> owners = owners(s, sc);
                if (owners.isEmpty()) continue;
                out.add(compare(s, owners));
            }
        }
        drift = List.copyOf(together(out));
        return drift;
    }

    /**
     * Documents that describe the same applications together (each related to them): a route listed by any of them is
     * documented. The first document in the project's order carries the routes none lists, with the others named
     * alongside; the others carry no undocumented route (each keeps its own unserved operations).
     */
    private static List<Drift> together(List<Drift> all) {
        List<List<Drift>> groups = new ArrayList<>();
        for (Drift d : all) {
            if (!related(d)) continue;
            List<Drift> to = null;
            for (List<Drift> g : groups) if (sameApps(g.get(0).apps(), d.apps())) to = g;
            if (to == null) groups.add(to = new ArrayList<>());
            to.add(d);
        }
        Map<Drift, Drift> replaced = new IdentityHashMap<>();
        for (List<Drift> group : groups) {
            if (group.size() < 2) continue;
            Set<Route> none = Collections.newSetFromMap(new IdentityHashMap<>());
            none.addAll(group.get(0).undocumented());
            for (Drift d : group.subList(1, group.size())) {
                Set<Route> here = Collections.newSetFromMap(new IdentityHashMap<>());
                here.addAll(d.undocumented());
                none.retainAll(here);
            }
            List<Route> first = new ArrayList<>();
            for (Route r : group.get(0).undocumented()) if (none.contains(r)) first.add(r);
            List<Spec> others = new ArrayList<>();
            for (Drift d : group.subList(1, group.size())) others.add(d.spec());
            Drift head = group.get(0);
            replaced.put(head, new Drift(head.spec(), head.apps(), List.copyOf(first), head.unserved(), head.matched(), List.copyOf(others)));
            for (Drift d : group.subList(1, group.size())) {
                List<Spec> rest = new ArrayList<>();
                for (Drift o : group) if (o != d) rest.add(o.spec());
                replaced.put(d, new Drift(d.spec(), d.apps(), List.of(), d.unserved(), d.matched(), List.copyOf(rest)));
            }
        }
        if (replaced.isEmpty()) return all;
        List<Drift> out = new ArrayList<>();
        for (Drift d : all) out.add(replaced.getOrDefault(d, d));
        return out;
    }

    private static boolean sameApps(List<Application> a, List<Application> b) {
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) if (a.get(i) != b.get(i)) return false;
        return true;
    }

    /**
     * Applications in the document's package; every application when its package has none, unless that package is a
     * service in a language not modelled here (a pyproject.toml, go.mod, ... beside its package.json: a FastAPI service's
     * openapi.json in apps/ai-engine describes that service, not the Node backend beside it): none then.
     */
    private List<Application> owners(Spec s, ServerCode sc) {
        String pkg = sc.packageDir(s.file());
        List<Application> mine = new ArrayList<>(), all = new ArrayList<>();
        for (Application a : sc.apps()) {
            if (a.routes().isEmpty()) continue;
            all.add(a);
            if (sc.packageDir(a.location().path()).equals(pkg)) mine.add(a);
        }
        if (mine.isEmpty() && otherLanguageService(s.file(), pkg)) return List.of();
        return mine.isEmpty() ? all : mine;
    }

    /**
     * A folder between the document and its package (both included, the root not) holding the manifest of a service in
     * another language: apps/ai-engine/pyproject.toml for apps/ai-engine/openapi.json.
     */
    private boolean otherLanguageService(String file, String pkg) {
        OtherLanguages other = OtherLanguages.of(project);
        int cut = file.lastIndexOf('/');
        for (String d = cut < 0 ? "" : file.substring(0, cut); !d.isEmpty(); d = d.lastIndexOf('/') < 0 ? "" : d.substring(0, d.lastIndexOf('/'))) {
            if (!pkg.isEmpty() && !(d.equals(pkg) || d.startsWith(pkg + "/"))) break;
            if (other.serviceFolder(d)) return true;
        }
        return false;
    }

    private Drift compare(Spec s, List<Application> apps) {
        List<Route> routes = new ArrayList<>();
        for (Application a : apps) routes.addAll(a.routes());
        // prefixes the document's paths may sit under: its base paths, and each leading part of the routes' common prefix
        Set<String> prefixes = new TreeSet<>();
        for (String b : s.basePaths()) prefixes.add(normalise(b, false).equals("/") ? "" : normalise(b, false));
        prefixes.add("");
        String common = null;
        for (Route r : routes) {
            if (notInContract(r) || r.method().equals("ALL")) continue;
            String n = normalise(r.path(), true);
            common = common == null ? n : commonPrefix(common, n);
        }
        if (common != null) {
            StringBuilder acc = new StringBuilder();
            for (String seg : common.split("/")) {
                if (seg.isEmpty()) continue;
                if (seg.equals("{}") || seg.equals("?")) break;
                acc.append('/').append(seg);
                prefixes.add(acc.toString());
            }
        }
        // wildcard routes that hand the request to a library (better-auth's /api/auth/*): the library serves the paths under them
        List<Route> delegating = new ArrayList<>();
        for (Route r : routes) if (wildcardPrefix(r) != null && delegates(r)) delegating.add(r);
        List<Operation> unserved = new ArrayList<>();
        Set<Route> documented = Collections.newSetFromMap(new IdentityHashMap<>());
        int matched = 0;
        for (Operation op : s.operations()) {
            boolean hit = false;
            for (String pre : prefixes) {
                String want = normalise(pre + "/" + op.path(), false);
                for (Route r : routes) {
                    if (!methodMatches(op.method(), r.method())) continue;
                    if (pathMatches(normalise(r.path(), true), want)) {
                        documented.add(r);
                        hit = true;
                    }
                }
            }
            if (hit) matched++;
            else if (!underLibrary(op, prefixes, delegating)) unserved.add(op);
        }
        List<Route> undocumented = new ArrayList<>();
        for (Route r : routes) {
            // catch-alls, CORS preflight answers (OPTIONS) and wildcard paths are not operations a contract lists
            if (documented.contains(r) || notInContract(r) || r.path().contains("{") || r.path().contains("*")
                    || r.method().equals("ALL") || r.method().equals("OPTIONS")) continue;
            if (project.isTestPath(r.location().path())) continue;
            undocumented.add(r);
        }
        undocumented.sort(Comparator.comparing(Route::location, Location.ORDER).thenComparing(Route::method));
        return new Drift(s, List.copyOf(apps), List.copyOf(undocumented), List.copyOf(unserved), matched);
    }

    /**
     * The literal path in front of a route's trailing wildcard segment ({@code /api/auth/*}, {@code /auth/**},
     * {@code /files/:path*}, {@code /x/*rest}), normalised; null for other routes and for a wildcard at the root (a
     * not-found or single-page catch-all).
     */
    static String wildcardPrefix(Route r) {
        if (!r.isHttp()) return null;
        String p = r.path();
        int slash = p.lastIndexOf('/');
        if (slash <= 0) return null;
        String last = p.substring(slash + 1);
        if (!(last.startsWith("*") || last.startsWith(":") && last.endsWith("*") || last.matches("\\{\\*[^}]*}|\\{[^}]*\\*}"))) return null;
        String pre = normalise(p.substring(0, slash), true);
        return pre.equals("/") || pre.contains("{}") || pre.contains("?") ? null : pre;
    }

    /**
     * A wildcard route whose handler hands the request to a library: an authentication library's catch-all
     * ({@code app.on(['POST','GET'], '/api/auth/*', c => auth.handler(c.req.raw))}, {@code app.all('/api/auth/*',
     * toNodeHandler(auth))}), a handler value a package builds ({@code createProxyMiddleware(..)}), or a handler that
     * passes the whole request to a function that is not the project's.
     */
    private boolean delegates(Route r) {
        if (ExternalApi.authLibrary(r)) return true;
        Location at = r.location();
        FileFacts file = at == null ? null : project.files().get(at.path());
        if (file == null) return false;
        if (r.handler() == null) {
            // the registration's last argument is built by a package: app.all('/proxy/*', createProxyMiddleware({...}))
            for (Fn fn : Analysis.functions(file)) {
                for (CallSite cs : fn.calls()) {
                    if (cs.location() == null || cs.location().line() != at.line() || cs.args().isEmpty()) continue;
                    if (cs.arg(cs.args().size() - 1) instanceof Call c && project.rootModule(c.callee(), file) != null) return true;
                }
            }
            return false;
        }
        FileFacts hf = dev.backcheck.frameworks.ModelSupport.analysis(project).fnFile(r.handler());
        if (hf == null) return false;
        List<Fn> fns = new ArrayList<>();
        fns.add(r.handler());
        fns.addAll(r.handler().nested());
        for (Fn fn : fns) {
            for (CallSite cs : fn.calls()) {
                boolean whole = false;
                for (Val a : cs.args()) whole |= wholeRequest(a);
                if (!whole) continue;
                if (project.rootModule(cs.callee(), hf) != null) return true;
                String m = cs.methodName();
                // auth.handler(c.req.raw) on an instance a project factory made (createAuth(db)): the library's handler
                if ("handler".equals(m) && project.dependsOn("better-auth")) return true;
            }
        }
        return false;
    }

    /** The request itself as a handler argument: Express's req, Hono's c.req.raw. */
    private static boolean wholeRequest(Val a) {
        // (req.body, req.query, req.headers are parts of it: handing one to a library is no delegation of the request)
        if (a instanceof Req q) return "raw".equals(q.part()) && (q.path().isEmpty() || q.path().equals(List.of("raw")));
        if (a instanceof Param p) return p.index() == 0 && (p.path().isEmpty() || p.path().equals(List.of("req", "raw")));
        return false;
    }

    /** A documented operation under a delegating wildcard route, for its method: the library answers it. */
    private static boolean underLibrary(Operation op, Set<String> prefixes, List<Route> delegating) {
        for (Route r : delegating) {
            if (!r.method().equals("ALL") && !methodMatches(op.method(), r.method())) continue;
            String pre = wildcardPrefix(r).toLowerCase(Locale.ROOT);
            for (String base : prefixes) {
                String want = normalise(base + "/" + op.path(), false).toLowerCase(Locale.ROOT);
                if (want.startsWith(pre + "/")) return true;
            }
        }
        return false;
    }

    private static final Pattern DOC_ROUTE = Pattern.compile("(?i).*/(openapi|swagger|api-docs?|docs?|spec|swagger-ui|redoc|reference)([.-](json|ya?ml|html))?(/.*)?");

    /**
     * Routes a contract does not list: GraphQL fields and tRPC procedures (not HTTP paths), health, metrics, docs,
     * static files, the root, the routes serving the document itself (by path, or a documentation library's routes
     * wherever they are mounted), a library's endpoints for a platform (Inngest).
     */
    public static boolean notInContract(Route r) {
        return !r.isHttp() || ApiVersioning.infra(r.path()) || DOC_ROUTE.matcher(r.path()).matches() || LibraryEndpoints.forPlatform(r)
                || LibraryEndpoints.docsUi(r) || LibraryEndpoints.dashboard(r);
    }

    /**
     * True when a document and the routes share enough to be about each other: at least one operation matches, and
     * the matches are at least a fifth of the smaller side (a leftover document of another service, a spec of a
     * provider the app calls, or a prefix the model does not know share less).
     */
    public static boolean related(Drift d) {
        int routes = 0;
        for (Application a : d.apps()) for (Route r : a.routes()) if (!notInContract(r) && !r.method().equals("ALL")) routes++;
        int smaller = Math.min(d.spec().operations().size(), routes);
        return d.matched() > 0 && d.matched() * 5 >= smaller;
    }

    private static String commonPrefix(String a, String b) {
        String[] x = a.split("/"), y = b.split("/");
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i < Math.min(x.length, y.length); i++) {
            if (!x[i].equals(y[i])) break;
            sb.append('/').append(x[i]);
        }
        return sb.toString();
    }

    private static boolean methodMatches(String op, String route) {
        // an ALL route (router.all, a catch-all) answers any method but documents none: it does not count as a match
        return !route.equals("ALL") && (op.equals("ANY") || op.equals(route) || op.equals("HEAD") && route.equals("GET"));
    }

    /** A code path (normalised, ? = a segment the model could not resolve, matching one or more) against a document path. */
    static boolean pathMatches(String code, String doc) {
        // Express and Nest route case-insensitively by default, Fastify and Hono do not: compared without case either way
        code = code.toLowerCase(Locale.ROOT);
        doc = doc.toLowerCase(Locale.ROOT);
        if (code.equals(doc)) return true;
        if (!code.contains("?")) return false;
        StringBuilder re = new StringBuilder();
        for (String seg : code.split("/")) {
            if (seg.isEmpty()) continue;
            re.append(seg.equals("?") ? "(/[^/]+)+" : "/" + Pattern.quote(seg));
        }
        return doc.matches(re.length() == 0 ? "/" : re.toString());
    }
}
