package dev.backcheck.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.backcheck.concepts.OpenApiSpecs;
import dev.backcheck.concepts.ServerCode;
import dev.backcheck.lang.facts.*;
import dev.backcheck.lang.facts.Val.*;
import dev.backcheck.model.*;

import java.util.*;

/**
 * The route inventory as an OpenAPI 3.1 document: one path per route (parameters written {@code {id}}), its
 * methods, path parameters, query parameters the handler reads (or a DTO / schema declares), a request body
 * schema where the model knows one (Nest DTO with class-validator decorators, zod, TypeBox or a JSON schema
 * literal; else the body fields the handler reads), {@code security} from the auth controls (one security scheme
 * per kind: bearer JWT, session cookie, API key, basic) and info from package.json. Sorted, so the same code gives
 * the same document. Where each operation is declared is kept in {@code x-backcheck-source}.
 */
public final class OpenApiDocument {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS));
    private static final Set<String> METHODS = Set.of("GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE");
    private static final int MAX_DEPTH = 6;

    private final Project project;
    private final ObjectNode components = JSON.createObjectNode();
    private final Map<String, ObjectNode> schemes = new TreeMap<>();

    private OpenApiDocument(Project p) {
        this.project = p;
    }

    public static String json(Project p) {
        try {
            return JSON.writeValueAsString(build(p)) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String yaml(Project p) {
        try {
            return YAML.writeValueAsString(build(p));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The document as a tree. */
    public static ObjectNode build(Project p) {
        return new OpenApiDocument(p).document();
    }

    private ObjectNode document() {
        ObjectNode root = JSON.createObjectNode();
        root.put("openapi", "3.1.0");
        root.set("info", info());
        ArrayNode servers = root.putArray("servers");
        servers.addObject().put("url", "/").put("description", "the paths below are the full paths the code serves");
        List<Route> routes = new ArrayList<>();
        for (Application a : ServerCode.of(project).apps()) routes.addAll(a.routes());
        routes.sort(RoutesReport.ORDER);
        TreeMap<String, TreeMap<String, ObjectNode>> paths = new TreeMap<>();
        ArrayNode skipped = JSON.createArrayNode();
        for (Route r : routes) {
            if (!r.isHttp()) continue; // GraphQL fields and tRPC procedures are not OpenAPI paths
            if (!METHODS.contains(r.method())) {
                skipped.add(r.label() + " (" + r.location().path() + ":" + r.location().line() + ")");
                continue;
            }
            String path = templatePath(r.path());
            String m = r.method().toLowerCase(Locale.ROOT);
            TreeMap<String, ObjectNode> ops = paths.computeIfAbsent(path, k -> new TreeMap<>());
            if (ops.containsKey(m)) continue; // the same operation declared twice (two apps): the first by source order
            ops.put(m, operation(r, path));
        }
        ObjectNode ps = root.putObject("paths");
        // path items with their methods in the specification's order
        List<String> order = List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
        for (Map.Entry<String, TreeMap<String, ObjectNode>> e : paths.entrySet()) {
            ObjectNode item = ps.putObject(e.getKey());
            for (String m : order) if (e.getValue().containsKey(m)) item.set(m, e.getValue().get(m));
        }
        if (!schemes.isEmpty()) {
            ObjectNode ss = components.putObject("securitySchemes");
            schemes.forEach(ss::set);
        }
        if (!components.isEmpty()) root.set("components", sortKeys(components));
        if (!skipped.isEmpty()) root.set("x-backcheck-skipped", skipped);
        return root;
    }

    private static ObjectNode sortKeys(ObjectNode o) {
        ObjectNode out = JSON.createObjectNode();
        List<String> keys = new ArrayList<>();
        o.fieldNames().forEachRemaining(keys::add);
        Collections.sort(keys);
        for (String k : keys) out.set(k, o.get(k) instanceof ObjectNode c && (k.equals("schemas") || k.equals("securitySchemes")) ? sortKeys(c) : o.get(k));
        return out;
    }

    private ObjectNode info() {
        ObjectNode info = JSON.createObjectNode();
        JsonNode pj = null;
        List<Application> apps = ServerCode.of(project).apps();
        String dir = apps.isEmpty() ? "" : ServerCode.of(project).packageDir(apps.get(0).location().path());
        for (String cand : List.of(dir.isEmpty() ? "package.json" : dir + "/package.json", "package.json")) {
            String text = project.texts().get(cand);
            if (text == null) continue;
            try {
                pj = JSON.readTree(text);
                break;
            } catch (Exception e) {
                // an unreadable package.json: the folder name below
            }
        }
        String name = pj != null && pj.path("name").isTextual() ? pj.path("name").asText() : null;
        if (name == null) {
            java.nio.file.Path fn = project.root() == null ? null : project.root().toAbsolutePath().normalize().getFileName();
            name = fn == null ? "api" : fn.toString();
        }
        info.put("title", name);
        info.put("version", pj != null && pj.path("version").isTextual() ? pj.path("version").asText() : "0.0.0");
        if (pj != null && pj.path("description").isTextual() && !pj.path("description").asText().isBlank()) info.put("description", pj.path("description").asText());
        if (pj != null && pj.path("license").isTextual()) info.putObject("license").put("name", pj.path("license").asText());
        return info;
    }

    /** "/users/:id" → "/users/{id}"; Fastify {@code :id(^\\d+)}, optional {@code :id?}, {@code *} → {@code {wildcard}}. */
    public static String templatePath(String path) {
        StringBuilder sb = new StringBuilder();
        for (String seg : path.split("/")) {
            if (seg.isEmpty()) continue;
            String s;
            if (seg.equals("*")) s = "{wildcard}";
            else if (seg.matches("\\*[A-Za-z_]\\w*")) s = "{" + seg.substring(1) + "}"; // Express 5 named wildcard *splat
            else if (seg.matches("\\{\\*[A-Za-z_]\\w*}")) s = "{" + seg.substring(2, seg.length() - 1) + "}";
            else s = seg.replaceAll(":([A-Za-z0-9_]+)(\\([^)]*\\))?\\??", "{$1}").replace("*", "");
            sb.append('/').append(s);
        }
        return sb.length() == 0 ? "/" : sb.toString();
    }

    private ObjectNode operation(Route r, String path) {
        ObjectNode op = JSON.createObjectNode();
        op.put("operationId", operationId(r.method(), path));
        FileFacts file = project.file(r.location().path());
        Schemas s = new Schemas(r, file);
        ArrayNode params = JSON.createArrayNode();
        for (String seg : path.split("/")) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(seg);
            while (m.find()) {
                ObjectNode p = params.addObject();
                p.put("name", m.group(1)).put("in", "path").put("required", true);
                p.set("schema", s.params.getOrDefault(m.group(1), JSON.createObjectNode().put("type", "string")));
            }
        }
        for (Map.Entry<String, ObjectNode> q : s.query.entrySet()) {
            ObjectNode p = params.addObject();
            p.put("name", q.getKey()).put("in", "query").put("required", s.queryRequired.contains(q.getKey()));
            p.set("schema", q.getValue());
        }
        if (!params.isEmpty()) op.set("parameters", params);
        if (s.body != null && !r.method().equals("GET") && !r.method().equals("HEAD")) {
            ObjectNode rb = op.putObject("requestBody");
            rb.put("required", true);
            rb.putObject("content").putObject("application/json").set("schema", s.body);
        }
        ObjectNode responses = op.putObject("responses");
        responses.putObject("default").put("description", "not modelled by backcheck");
        List<String> auth = RoutesReport.names(r, ControlKind.AUTH);
        if (!auth.isEmpty()) {
            ArrayNode sec = op.putArray("security");
            Set<String> used = new TreeSet<>();
            for (String a : auth) used.add(scheme(a));
            for (String u : used) sec.addObject().putArray(u);
        }
        List<String> validation = RoutesReport.names(r, ControlKind.VALIDATION);
        if (!validation.isEmpty()) {
            ArrayNode v = op.putArray("x-backcheck-validation");
            validation.forEach(v::add);
        }
        op.put("x-backcheck-source", r.location().path() + ":" + r.location().line());
        strip(op);
        return op;
    }

    /** 3 for 3.0, 2.5 stays. */
    private static JsonNode number(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? JSON.getNodeFactory().numberNode((long) d) : JSON.getNodeFactory().numberNode(d);
    }

    /** Drops the optional marks the schema builders use internally. */
    private static void strip(JsonNode n) {
        if (n instanceof ObjectNode o) {
            o.remove("x-optional");
            o.elements().forEachRemaining(OpenApiDocument::strip);
        } else if (n instanceof ArrayNode a) a.elements().forEachRemaining(OpenApiDocument::strip);
    }

    static String operationId(String method, String path) {
        StringBuilder sb = new StringBuilder(method.toLowerCase(Locale.ROOT));
        for (String seg : path.split("[/{}._\\-:]+")) {
            if (seg.isEmpty()) continue;
            sb.append(Character.toUpperCase(seg.charAt(0))).append(seg.substring(1));
        }
        return sb.toString();
    }

    /** The security scheme an auth control stands for (registered in components once); returns its name. */
    private String scheme(String control) {
        String low = control.toLowerCase(Locale.ROOT);
        String name;
        ObjectNode s = JSON.createObjectNode();
        if (low.contains("session") || low.contains("cookie") || low.contains("lucia") || low.contains("iron")) {
            name = "sessionCookie";
            s.put("type", "apiKey").put("in", "cookie").put("name", "connect.sid");
        } else if ((low.contains("apikey") || low.contains("api-key") || low.contains("api_key") || low.matches(".*\\bkey\\b.*")) && !low.contains("keycloak")) {
            name = "apiKey";
            s.put("type", "apiKey").put("in", "header").put("name", "X-API-Key");
        } else if (low.contains("basic")) {
            name = "basicAuth";
            s.put("type", "http").put("scheme", "basic");
        } else {
            name = "bearerAuth";
            s.put("type", "http").put("scheme", "bearer").put("bearerFormat", "JWT");
        }
        ObjectNode prev = schemes.get(name);
        if (prev == null) {
            s.put("description", "from " + control);
            schemes.put(name, s);
        } else if (!prev.path("description").asText().contains(control)) {
            // the controls that stand for this scheme, in sorted order
            TreeSet<String> names = new TreeSet<>(Arrays.asList(prev.path("description").asText().substring(5).split(", ")));
            names.add(control);
            prev.put("description", "from " + String.join(", ", names));
        }
        return name;
    }

    // ------------------------------------------------------------------ request schemas

    /** What the model knows of one route's input: path parameter types, query parameters, body schema. */
    private final class Schemas {
        final Map<String, ObjectNode> params = new TreeMap<>();
        final Map<String, ObjectNode> query = new TreeMap<>();
        final Set<String> queryRequired = new TreeSet<>();
        ObjectNode body;

        Schemas(Route r, FileFacts file) {
            if (file != null) {
                CallSite cs = siteAt(file, r.location());
                if (cs != null) fromCall(cs, file);
            }
            Fn h = r.handler();
            FileFacts hf = h == null ? null : project.file(h.file());
            if (h != null && hf != null) {
                for (Fn.Param p : h.params()) {
                    for (Decorator d : p.decorators()) {
                        String part = d.inputPart();
                        if (part == null) continue;
                        String field = Val.constString(d.arg(0));
                        ObjectNode ts = tsType(p.type());
                        if (part.equals("body") && body == null) {
                            body = field == null ? dto(p.type(), hf) : object(Map.of(field, ts), Set.of(field));
                            // an interface or type alias the model does not read: named, shape unknown
                            if (body == null && p.type() != null && p.type().matches("[A-Z][\\w$.]*")) body = JSON.createObjectNode().put("title", p.type());
                        }
                        else if (part.equals("query")) {
                            if (field != null) query.put(field, ts);
                            else dtoFields(p.type(), hf, query, queryRequired);
                        } else if (part.equals("params") && field != null) params.put(field, ts);
                    }
                }
            }
            // parameters the framework model bound to the body (tsoa @Body, routing-controllers @Body) when the handler above did not say
            for (Route.ParamInput in : r.inputs()) {
                if (body != null || !in.part().equals("body") || in.type() == null || in.location() == null) continue;
                FileFacts tf = project.file(in.location().path());
                body = tf == null ? null : dto(in.type(), tf);
                if (body == null && in.type().matches("[A-Z][\\w$.]*")) body = JSON.createObjectNode().put("title", in.type());
            }
            if (h != null && hf != null) {
                // fields the handler reads, when nothing declares them
                Map<String, ObjectNode> bodyReads = new TreeMap<>();
                for (Fn.Read rd : h.reads()) {
                    if (!(rd.value() instanceof Req q) || q.path().isEmpty()) continue;
                    String f = q.path().get(0);
                    if (!f.matches("[A-Za-z_$][\\w$-]*")) continue;
                    if (q.part().equals("query") && !query.containsKey(f)) query.put(f, JSON.createObjectNode());
                    if (q.part().equals("body")) bodyReads.put(f, JSON.createObjectNode());
                }
                if (body == null && !bodyReads.isEmpty()) {
                    body = object(bodyReads, Set.of());
                    body.put("description", "the fields the handler reads");
                }
            }
        }

        /** Route options (Fastify schema), validator middleware (zod, TypeBox), @hono/zod-openapi route definitions. */
        private void fromCall(CallSite cs, FileFacts f) {
            for (int i = 0; i < cs.args().size(); i++) arg(cs.arg(i), f, 0);
        }

        private void arg(Val v, FileFacts in, int depth) {
            if (v == null || depth > 3) return;
            Project.Resolved res = project.resolve(v, in);
            Val a = res.val();
            FileFacts f = res.file() == null ? in : res.file();
            if (a instanceof Obj o && o.props().containsKey("schema")) {
                Val sch = project.resolve(o.props().get("schema"), f).val();
                Val b = Val.member(sch, "body");
                if (!(b instanceof Member)) body = schema(b, f, 0);
                Val qs = Val.member(sch, "querystring");
                if (qs instanceof Member) qs = Val.member(sch, "query");
                if (!(qs instanceof Member)) fields(schema(qs, f, 0), query, queryRequired);
                Val ps = Val.member(sch, "params");
                if (!(ps instanceof Member)) fields(schema(ps, f, 0), params, new TreeSet<>());
            } else if (a instanceof Obj o) {
                // { ...routeDefinition, middleware: [...] }: the definition spread into the options
                for (Map.Entry<String, Val> e : o.props().entrySet()) if (e.getKey().startsWith("...")) arg(e.getValue(), f, depth + 1);
            } else if (a instanceof Call c && "createRoute".equals(Vals.lastName(c.callee())) && c.args().size() == 1) {
                Project.Resolved dr = project.resolve(c.args().get(0), f);
                FileFacts df = dr.file() == null ? f : dr.file();
                Val req = project.resolve(Val.member(dr.val(), "request"), df).val();
                Val b = project.resolve(Val.member(Val.member(Val.member(project.resolve(Val.member(req, "body"), df).val(), "content"), "application/json"), "schema"), df).val();
                if (!(b instanceof Member)) body = schema(b, df, 0);
                Val q = Val.member(req, "query");
                if (!(q instanceof Member)) fields(schema(q, df, 0), query, queryRequired);
                Val p = Val.member(req, "params");
                if (!(p instanceof Member)) fields(schema(p, df, 0), params, new TreeSet<>());
            } else if (a instanceof Call c && !c.args().isEmpty()) {
                // zValidator('json', schema), validate(schema), validateBody(schema), validateQuery(schema)
                String target = Val.constString(c.args().get(0));
                Val sv = target != null && c.args().size() > 1 ? c.args().get(1) : c.args().get(0);
                Project.Resolved sr = project.resolve(sv, f);
                ObjectNode sch = schemaIfKnown(sr.val(), sr.file() == null ? f : sr.file());
                if (sch == null) return;
                // one schema for the whole request, z.object({ body, query, params }) (validate middleware idioms)
                JsonNode props = sch.path("properties");
                List<String> keys = new ArrayList<>();
                props.fieldNames().forEachRemaining(keys::add);
                if (!keys.isEmpty() && Set.of("body", "query", "params", "headers", "cookies").containsAll(keys)) {
                    if (props.get("body") instanceof ObjectNode b) body = b;
                    if (props.get("query") instanceof ObjectNode q) fields(q, query, queryRequired);
                    if (props.get("params") instanceof ObjectNode pp) fields(pp, params, new TreeSet<>());
                    return;
                }
                String name = String.valueOf(Vals.lastName(c.callee())).toLowerCase(Locale.ROOT);
                String where = target != null ? target : name.contains("query") ? "query" : name.contains("param") ? "param" : "json";
                switch (where) {
                    case "query" -> fields(sch, query, queryRequired);
                    case "param" -> fields(sch, params, new TreeSet<>());
                    case "json", "form", "body" -> body = sch;
                    default -> { }
                }
            }
        }
    }

    private static void fields(ObjectNode schema, Map<String, ObjectNode> into, Set<String> required) {
        if (schema == null) return;
        JsonNode props = schema.path("properties");
        props.fieldNames().forEachRemaining(n -> into.put(n, (ObjectNode) props.get(n)));
        for (JsonNode r : schema.path("required")) required.add(r.asText());
    }

    /** The call at {@code at} in {@code f} (the route's registration), or null. */
    private static CallSite siteAt(FileFacts f, dev.backcheck.findings.Location at) {
        for (Fn fn : Analysis.functions(f)) {
            for (CallSite cs : fn.calls()) {
                if (cs.location().line() == at.line() && cs.location().column() == at.column()) return cs;
            }
        }
        return null;
    }

    private static ObjectNode object(Map<String, ObjectNode> props, Set<String> required) {
        ObjectNode o = JSON.createObjectNode().put("type", "object");
        ObjectNode ps = o.putObject("properties");
        new TreeMap<>(props).forEach(ps::set);
        if (!required.isEmpty()) {
            ArrayNode r = o.putArray("required");
            new TreeSet<>(required).forEach(r::add);
        }
        return o;
    }

    /** A TypeScript type annotation as a schema: string, number, boolean, arrays of them, Date; else any. */
    static ObjectNode tsType(String type) {
        ObjectNode o = JSON.createObjectNode();
        if (type == null) return o;
        String t = type.strip();
        if (t.endsWith("[]")) {
            o.put("type", "array");
            o.set("items", tsType(t.substring(0, t.length() - 2)));
            return o;
        }
        switch (t) {
            case "string" -> o.put("type", "string");
            case "number" -> o.put("type", "number");
            case "boolean" -> o.put("type", "boolean");
            case "Date" -> o.put("type", "string").put("format", "date-time");
            default -> { }
        }
        return o;
    }

    /** A Nest DTO class as a schema registered in components.schemas; a $ref to it. */
    private ObjectNode dto(String type, FileFacts in) {
        if (type == null) return null;
        Map<String, ObjectNode> props = new TreeMap<>();
        Set<String> required = new TreeSet<>();
        if (!dtoFields(type, in, props, required)) return null;
        String name = type.replaceAll("[^A-Za-z0-9_.-]", "");
        ObjectNode schemas = components.has("schemas") ? (ObjectNode) components.get("schemas") : components.putObject("schemas");
        schemas.set(name, object(props, required));
        return JSON.createObjectNode().put("$ref", "#/components/schemas/" + name);
    }

    /** The fields of a DTO class (class-validator decorators, else the TypeScript types). */
    private boolean dtoFields(String type, FileFacts in, Map<String, ObjectNode> props, Set<String> required) {
        if (type == null || !type.matches("[A-Za-z_$][\\w$]*")) return false;
        Project.ClassHit hit = project.classNamed(type, in);
        if (hit == null) return false;
        ClassInfo c = hit.info();
        for (ClassInfo.Prop p : c.props()) {
            String n = p.name().replace("?", "");
            ObjectNode s = tsType(p.type());
            boolean optional = p.name().endsWith("?");
            for (Decorator d : p.decorators()) {
                Double num = d.arg(0) instanceof Lit l && l.value() instanceof Double x ? x : null;
                switch (d.name()) {
                    case "IsOptional" -> optional = true;
                    case "IsString", "IsNotEmpty" -> { if (!s.has("type")) s.put("type", "string"); }
                    case "IsEmail" -> s.put("type", "string").put("format", "email");
                    case "IsUUID" -> s.put("type", "string").put("format", "uuid");
                    case "IsUrl" -> s.put("type", "string").put("format", "uri");
                    case "IsDateString", "IsISO8601" -> s.put("type", "string").put("format", "date-time");
                    case "IsInt" -> s.put("type", "integer");
                    case "IsNumber", "IsPositive" -> s.put("type", s.path("type").asText().equals("integer") ? "integer" : "number");
                    case "IsBoolean" -> s.put("type", "boolean");
                    case "IsArray" -> { if (!s.has("type")) s.put("type", "array"); }
                    case "MinLength" -> { if (num != null) s.put("minLength", num.intValue()); }
                    case "MaxLength" -> { if (num != null) s.put("maxLength", num.intValue()); }
                    case "Min" -> { if (num != null) s.set("minimum", number(num)); }
                    case "Max" -> { if (num != null) s.set("maximum", number(num)); }
                    default -> { }
                }
            }
            props.put(n, s);
            if (!optional) required.add(n);
        }
        return !props.isEmpty();
    }

    /** A zod / TypeBox / JSON-schema value as a schema, or null when it is none of them. */
    private ObjectNode schemaIfKnown(Val v, FileFacts f) {
        if (v instanceof Obj) return null; // an options object, not a schema
        String root = v instanceof Call c ? project.rootModule(c.callee(), f) : null;
        if (root == null) return null;
        if (root.equals("zod") || root.equals("@hono/zod-openapi") || root.startsWith("@sinclair/typebox") || root.equals("typebox")) return schema(v, f, 0);
        return null;
    }

    /** zod and TypeBox builders, JSON schema literals; {} (any) for what is not known. */
    private ObjectNode schema(Val v, FileFacts f, int depth) {
        ObjectNode o = JSON.createObjectNode();
        if (v == null || depth > MAX_DEPTH) return o;
        Project.Resolved res = project.resolve(v, f);
        Val x = res.val();
        FileFacts xf = res.file() == null ? f : res.file();
        if (x instanceof Obj obj) return jsonSchema(obj, xf, depth);
        if (!(x instanceof Call c)) return o;
        String name = Vals.lastName(c.callee());
        if (name == null) return o;
        // a modifier on a builder: z.string().email(), z.object({...}).strict()
        if (c.callee() instanceof Member m && m.object() instanceof Call inner) {
            ObjectNode base = schema(inner, xf, depth + 1);
            Double num = c.args().isEmpty() ? null : c.args().get(0) instanceof Lit l && l.value() instanceof Double d ? d : null;
            boolean str = "string".equals(base.path("type").asText());
            switch (name) {
                case "email", "uuid", "url", "datetime" -> base.put("format", name.equals("url") ? "uri" : name.equals("datetime") ? "date-time" : name);
                case "int" -> base.put("type", "integer");
                case "min", "gte", "nonempty" -> { if (num != null || name.equals("nonempty")) base.set(str ? "minLength" : "minimum", number(num == null ? 1 : num)); }
                case "max", "lte" -> { if (num != null) base.set(str ? "maxLength" : "maximum", number(num)); }
                case "optional", "nullish" -> base.put("x-optional", true);
                case "describe" -> { String d = Val.constString(c.args().isEmpty() ? null : c.args().get(0)); if (d != null) base.put("description", d); }
                default -> { }
            }
            return base;
        }
        List<Val> args = c.args();
        switch (name) {
            case "object", "Object", "strictObject" -> {
                Val shape = args.isEmpty() ? null : project.resolve(args.get(0), xf).val();
                if (!(shape instanceof Obj so)) return o.put("type", "object");
                Map<String, ObjectNode> props = new TreeMap<>();
                Set<String> required = new TreeSet<>();
                for (Map.Entry<String, Val> e : so.props().entrySet()) {
                    if (e.getKey().startsWith("...")) continue;
                    ObjectNode ps = schema(e.getValue(), xf, depth + 1);
                    boolean opt = ps.has("x-optional");
                    ps.remove("x-optional");
                    props.put(e.getKey(), ps);
                    if (!opt) required.add(e.getKey());
                }
                return object(props, required);
            }
            case "string", "String" -> o.put("type", "string");
            case "number", "Number" -> o.put("type", "number");
            case "Integer", "bigint" -> o.put("type", "integer");
            case "boolean", "Boolean" -> o.put("type", "boolean");
            case "date", "Date" -> o.put("type", "string").put("format", "date-time");
            case "array", "Array" -> {
                o.put("type", "array");
                if (!args.isEmpty()) o.set("items", schema(args.get(0), xf, depth + 1));
            }
            case "enum", "nativeEnum" -> {
                Val items = args.isEmpty() ? null : project.resolve(args.get(0), xf).val();
                if (items instanceof Arr a) {
                    ArrayNode en = o.put("type", "string").putArray("enum");
                    for (Val i : a.items()) {
                        String s = Val.constString(i);
                        if (s != null) en.add(s);
                    }
                }
            }
            case "literal", "Literal" -> {
                String s = args.isEmpty() ? null : Val.constString(args.get(0));
                if (s != null) o.put("const", s);
            }
            case "Optional" -> {
                ObjectNode in = args.isEmpty() ? o : schema(args.get(0), xf, depth + 1);
                in.put("x-optional", true);
                return in;
            }
            case "coerce" -> { }
            default -> { }
        }
        // TypeBox options: Type.String({ format: 'email', minLength: 3 })
        if (name.matches("[A-Z]\\w*") && !args.isEmpty() && project.resolve(args.get(args.size() - 1), xf).val() instanceof Obj opts && !name.equals("Object")) {
            ObjectNode extra = jsonSchema(opts, xf, depth + 1);
            extra.fieldNames().forEachRemaining(k -> { if (!o.has(k)) o.set(k, extra.get(k)); });
        }
        return o;
    }

    /** A JSON schema written as an object literal (Fastify route schemas), values resolved; unknown parts left out. */
    private ObjectNode jsonSchema(Obj obj, FileFacts f, int depth) {
        ObjectNode o = JSON.createObjectNode();
        if (depth > MAX_DEPTH) return o;
        for (Map.Entry<String, Val> e : obj.props().entrySet()) {
            if (e.getKey().startsWith("...")) continue;
            JsonNode n = literal(project.resolve(e.getValue(), f).val(), f, depth + 1, e.getKey());
            if (n != null) o.set(e.getKey(), n);
        }
        return o;
    }

    private JsonNode literal(Val v, FileFacts f, int depth, String key) {
        if (depth > MAX_DEPTH) return null;
        if (v instanceof Lit l) {
            if (l.value() instanceof String s) return JSON.getNodeFactory().textNode(s);
            if (l.value() instanceof Double d) return number(d);
            if (l.value() instanceof Boolean b) return JSON.getNodeFactory().booleanNode(b);
            return null;
        }
        if (v instanceof Tpl t && t.holes().isEmpty()) return JSON.getNodeFactory().textNode(t.quasis().get(0));
        if (v instanceof Arr a) {
            ArrayNode out = JSON.createArrayNode();
            for (Val i : a.items()) {
                JsonNode n = literal(project.resolve(i, f).val(), f, depth + 1, key);
                if (n != null) out.add(n);
            }
            return out;
        }
        if (v instanceof Obj o) return jsonSchema(o, f, depth);
        if (v instanceof Call) return schema(v, f, depth);
        return null;
    }
}
