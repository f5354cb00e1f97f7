package dev.backcheck.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import dev.backcheck.Fixtures;
import dev.backcheck.engine.ScanResult;
import dev.backcheck.findings.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * {@code backcheck routes --format openapi}: the document is OpenAPI 3.1 in structure (required fields, path
 * templates declared as parameters, security schemes and $refs that resolve, every schema valid JSON Schema
 * 2020-12), deterministic, carries what the model knows (DTO, zod, TypeBox and JSON schemas, auth), and, read back
 * by the api/openapi-drift rule next to the code it came from, matches every route.
 */
class OpenApiDocumentTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    private static final List<String> APPS = List.of("apps/nestjs-secure", "apps/fastify-secure", "apps/hono-secure", "apps/express-secure",
            "apps/express-insecure", "model/nestjs-versioning-router-module", "model/fastify-autoload-prefixes", "model/hono-route-nesting");
    private static final JsonSchema META = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));

    private static JsonNode document(String app) throws Exception {
        ScanResult r = Fixtures.scan(Fixtures.ROOT.resolve(app), Set.of());
        return JSON.readTree(OpenApiDocument.json(r.project()));
    }

    @Test
    void everyDocumentHasTheStructureOfOpenApi31() throws Exception {
        for (String app : APPS) {
            JsonNode doc = document(app);
            List<String> problems = structure(doc);
            assertTrue(problems.isEmpty(), app + ": " + problems);
            assertTrue(doc.path("paths").size() > 0, app + " has routes");
        }
    }

    @Test
    void yamlAndJsonAreTheSameDocumentAndRepeatedRunsAreIdentical() throws Exception {
        ScanResult r = Fixtures.scan(Fixtures.ROOT.resolve("apps/fastify-secure"), Set.of());
        String json = OpenApiDocument.json(r.project());
        ScanResult again = Fixtures.scan(Fixtures.ROOT.resolve("apps/fastify-secure"), Set.of());
        assertEquals(json, OpenApiDocument.json(again.project()));
        assertEquals(JSON.readTree(json), YAML.readTree(OpenApiDocument.yaml(r.project())));
        // paths sorted
        List<String> keys = new ArrayList<>();
        JSON.readTree(json).path("paths").fieldNames().forEachRemaining(keys::add);
        List<String> sorted = new ArrayList<>(keys);
        Collections.sort(sorted);
        assertEquals(sorted, keys);
    }

    @Test
    void carriesTheSchemasAndAuthTheModelKnows() throws Exception {
        JsonNode nest = document("apps/nestjs-secure");
        JsonNode login = nest.at("/components/schemas/LoginDto");
        assertEquals("object", login.path("type").asText());
        assertEquals("email", login.at("/properties/email/format").asText());
        assertEquals(List.of("email", "password"), texts(login.path("required")));
        assertEquals("#/components/schemas/LoginDto", nest.at("/paths/~1api~1v1~1auth~1login/post/requestBody/content/application~1json/schema/$ref").asText());
        JsonNode me = nest.at("/paths/~1api~1v1~1users~1me/get");
        assertEquals("bearerAuth", me.path("security").get(0).fieldNames().next());
        assertEquals("bearer", nest.at("/components/securitySchemes/bearerAuth/scheme").asText());
        assertTrue(nest.at("/paths/~1api~1v1~1auth~1login/post").path("security").isMissingNode(), "login is public");
        // a path parameter written {id}
        assertEquals("id", nest.at("/paths/~1api~1v1~1users~1{id}/get/parameters/0/name").asText());

        JsonNode fastify = document("apps/fastify-secure");
        JsonNode orders = fastify.at("/paths/~1api~1v1~1orders/get/parameters");
        Map<String, JsonNode> byName = new TreeMap<>();
        for (JsonNode p : orders) byName.put(p.path("name").asText(), p);
        assertEquals("integer", byName.get("limit").at("/schema/type").asText(), "querystring schema of the route");
        assertEquals("query", byName.get("limit").path("in").asText());
    }

    @Test
    void templatePathsConvertEveryParameterForm() {
        assertEquals("/users/{id}", OpenApiDocument.templatePath("/users/:id"));
        assertEquals("/users/{id}/files/{name}", OpenApiDocument.templatePath("/users/:id(^\\d+)/files/:name?"));
        assertEquals("/files/{wildcard}", OpenApiDocument.templatePath("/files/*"));
        assertEquals("/", OpenApiDocument.templatePath(""));
        assertEquals("getApiUsersId", OpenApiDocument.operationId("GET", "/api/users/{id}"));
    }

    @Test
    void theDocumentReadBackNextToItsCodeHasNoDrift(@TempDir Path tmp) throws Exception {
        for (String app : List.of("apps/nestjs-secure", "apps/express-secure", "apps/hono-secure")) {
            Path src = Fixtures.ROOT.resolve(app);
            Path copy = tmp.resolve(app.replace('/', '-'));
            try (Stream<Path> s = Files.walk(src)) {
                for (Path p : s.toList()) {
                    Path to = copy.resolve(src.relativize(p).toString());
                    if (Files.isDirectory(p)) Files.createDirectories(to);
                    else Files.copy(p, to);
                }
            }
            ScanResult r = Fixtures.scan(copy, Set.of());
            Files.writeString(copy.resolve("openapi.yaml"), OpenApiDocument.yaml(r.project()));
            ScanResult again = Fixtures.scan(copy, Set.of("api/openapi-drift", "api/openapi-missing"));
            List<Finding> fs = again.findings();
            assertTrue(fs.isEmpty(), app + ": " + fs);
            assertFalse(dev.backcheck.concepts.OpenApiSpecs.of(again.project()).specs().isEmpty(), app + ": the written document is read");
            assertTrue(dev.backcheck.concepts.OpenApiSpecs.of(again.project()).drift().get(0).matched() > 0);
        }
    }

    /** What a reader of OpenAPI 3.1 requires of the document; empty when it holds. */
    static List<String> structure(JsonNode doc) {
        List<String> out = new ArrayList<>();
        if (!doc.path("openapi").asText().matches("3\\.1\\.\\d+")) out.add("openapi is not 3.1.x");
        if (!doc.at("/info/title").isTextual() || doc.at("/info/title").asText().isEmpty()) out.add("info.title missing");
        if (!doc.at("/info/version").isTextual()) out.add("info.version missing");
        for (JsonNode s : doc.path("servers")) if (!s.path("url").isTextual()) out.add("server without url");
        Set<String> schemes = new TreeSet<>();
        doc.at("/components/securitySchemes").fieldNames().forEachRemaining(schemes::add);
        for (JsonNode sc : doc.at("/components/securitySchemes")) {
            String type = sc.path("type").asText();
            if (!Set.of("apiKey", "http", "oauth2", "openIdConnect", "mutualTLS").contains(type)) out.add("bad security scheme type " + type);
            if (type.equals("apiKey") && (!sc.path("name").isTextual() || !Set.of("query", "header", "cookie").contains(sc.path("in").asText())))
                out.add("apiKey scheme needs name and in");
            if (type.equals("http") && !sc.path("scheme").isTextual()) out.add("http scheme needs scheme");
        }
        Set<String> ids = new HashSet<>();
        Pattern tpl = Pattern.compile("\\{([^}]+)}");
        for (Iterator<Map.Entry<String, JsonNode>> it = doc.path("paths").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String path = e.getKey();
            if (!path.startsWith("/")) out.add("path not starting with /: " + path);
            Set<String> templated = new TreeSet<>();
            Matcher m = tpl.matcher(path);
            while (m.find()) templated.add(m.group(1));
            for (Iterator<Map.Entry<String, JsonNode>> mi = e.getValue().fields(); mi.hasNext(); ) {
                Map.Entry<String, JsonNode> op = mi.next();
                if (!METHODS.contains(op.getKey())) { out.add("not a method: " + path + " " + op.getKey()); continue; }
                JsonNode o = op.getValue();
                if (!ids.add(o.path("operationId").asText())) out.add("duplicate operationId " + o.path("operationId").asText());
                Set<String> declared = new TreeSet<>();
                Set<String> seen = new HashSet<>();
                for (JsonNode p : o.path("parameters")) {
                    String in = p.path("in").asText();
                    if (!p.path("name").isTextual() || !Set.of("path", "query", "header", "cookie").contains(in)) out.add("bad parameter at " + path);
                    if (!seen.add(in + ":" + p.path("name").asText())) out.add("duplicate parameter " + p.path("name").asText() + " at " + path);
                    if (in.equals("path")) {
                        declared.add(p.path("name").asText());
                        if (!p.path("required").asBoolean(false)) out.add("path parameter not required at " + path);
                    }
                    if (!p.has("schema") && !p.has("content")) out.add("parameter without schema at " + path);
                    else schema(p.path("schema"), doc, path, out);
                }
                if (!declared.equals(templated)) out.add("path parameters " + declared + " differ from the template " + templated + " of " + path);
                for (JsonNode c : o.at("/requestBody/content")) schema(c.path("schema"), doc, path, out);
                if (o.has("requestBody") && !o.at("/requestBody/content").isObject()) out.add("requestBody without content at " + path);
                for (JsonNode r : o.path("responses")) if (!r.path("description").isTextual()) out.add("response without description at " + path);
                for (JsonNode req : o.path("security")) {
                    req.fieldNames().forEachRemaining(n -> { if (!schemes.contains(n)) out.add("unknown security scheme " + n); });
                }
            }
        }
        for (JsonNode s : doc.at("/components/schemas")) schema(s, doc, "components", out);
        return out;
    }

    private static void schema(JsonNode s, JsonNode doc, String where, List<String> out) {
        META.validate(s).forEach(v -> out.add("schema at " + where + ": " + v.getMessage()));
        s.findValues("$ref").forEach(ref -> {
            if (!ref.isTextual() || !ref.asText().startsWith("#") || doc.at(ref.asText().substring(1)).isMissingNode()) out.add("dangling $ref " + ref + " at " + where);
        });
    }

    private static List<String> texts(JsonNode arr) {
        List<String> out = new ArrayList<>();
        arr.forEach(n -> out.add(n.asText()));
        return out;
    }
}
