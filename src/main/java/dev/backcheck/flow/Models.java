package dev.backcheck.flow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.backcheck.config.CompiledYaml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Library knowledge for the flow engine, as data: which calls are sinks of which kind (and which argument),
 * which calls end a flow (sanitizers) and which pass their arguments' data on (propagators). Read from
 * {@code src/main/resources/models/*.yml} (listed in {@code models/index.txt}); a new library is a YAML entry.
 *
 * <p>A callee is named as {@link CallIndex#keys} names calls: the qualified name from the import
 * ({@code child_process.exec}, {@code fs.promises.readFile}, {@code axios.get}, {@code fetch},
 * {@code new Function}), {@code *.method} for a method of any receiver, {@code <response>.method} for a
 * method of the handler's response object ({@code res}, {@code reply}, Hono's {@code c}),
 * {@code <request>.method} for one of the request object. {@code node:} prefixes are dropped.
 */
public final class Models {

    /**
     * A sink: a call whose argument {@code arg} (0-based; -1 = the last one; -2 = every one) must not carry
     * request data of this {@code kind}. {@code label} names the API in messages; {@code when} is an extra
     * condition the rule checks (opaque here: "shell-option", "sql-shape", ...); {@code module} limits a
     * {@code *.method} entry to receivers rooted in one of these packages (empty: any receiver).
     */
    public record Sink(String kind, Set<String> callees, int arg, String label, String when, Set<String> modules,
                       String field) { }

    /** A call that ends a flow of the given kinds ("*" = every kind). */
    public record Sanitizer(Set<String> kinds, Set<String> callees) { }

    /** A call whose result carries its arguments' data (args: -2 every one, else one index) and its receiver's. */
    public record Propagator(Set<String> callees, int arg) { }

    private final List<Sink> sinks = new ArrayList<>();
    private final List<Sanitizer> sanitizers = new ArrayList<>();
    private final List<Propagator> propagators = new ArrayList<>();

    private static volatile Models BUILTIN;

    /** The models shipped with backcheck. */
    public static Models builtin() {
        Models m = BUILTIN;
        if (m == null) {
            synchronized (Models.class) {
                if (BUILTIN == null) BUILTIN = load();
                m = BUILTIN;
            }
        }
        return m;
    }

    private static Models load() {
        Models m = new Models();
        for (String name : index()) {
            try {
                JsonNode tree = CompiledYaml.tree("/models/" + name);
                if (tree == null) throw new IllegalStateException("model file missing: models/" + name);
                m.read(tree, name);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read models/" + name, e);
            }
        }
        return m;
    }

    private static List<String> index() {
        try (InputStream in = Models.class.getResourceAsStream("/models/index.txt")) {
            if (in == null) return List.of();
            List<String> out = new ArrayList<>();
            for (String l : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                l = l.strip();
                if (!l.isEmpty() && !l.startsWith("#")) out.add(l);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads one model document (also used by tests). */
    public static Models parse(String yamlText) {
        Models m = new Models();
        try {
            m.read(new ObjectMapper(new YAMLFactory()).readTree(yamlText), "inline");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return m;
    }

    private void read(JsonNode root, String name) {
        if (root == null || root.isNull()) return;
        for (JsonNode s : root.path("sinks")) {
            String kind = req(s, "kind", name);
            Set<String> callees = strings(s.path("callee"));
            if (callees.isEmpty()) throw new IllegalStateException(name + ": a sink without callee");
            int arg = argIndex(s.path("arg"));
            String label = s.hasNonNull("label") ? s.get("label").asText() : callees.iterator().next();
            sinks.add(new Sink(kind, callees, arg, label, s.hasNonNull("when") ? s.get("when").asText() : null,
                    strings(s.path("module")), s.hasNonNull("field") ? s.get("field").asText() : null));
        }
        for (JsonNode s : root.path("sanitizers")) {
            Set<String> kinds = strings(s.path("kinds"));
            sanitizers.add(new Sanitizer(kinds.isEmpty() ? Set.of("*") : kinds, strings(s.path("callee"))));
        }
        for (JsonNode s : root.path("propagators")) {
            propagators.add(new Propagator(strings(s.path("callee")), s.has("arg") ? argIndex(s.path("arg")) : -2));
        }
    }

    private static String req(JsonNode n, String field, String file) {
        if (!n.hasNonNull(field)) throw new IllegalStateException(file + ": entry without " + field + ": " + n);
        return n.get(field).asText();
    }

    private static int argIndex(JsonNode n) {
        if (n.isMissingNode() || n.isNull()) return 0;
        if (n.isInt()) return n.asInt();
        return switch (n.asText()) {
            case "last" -> -1;
            case "all", "any" -> -2;
            default -> Integer.parseInt(n.asText());
        };
    }

    private static Set<String> strings(JsonNode n) {
        Set<String> out = new LinkedHashSet<>();
        if (n.isArray()) for (JsonNode x : n) out.add(x.asText());
        else if (!n.isMissingNode() && !n.isNull()) out.add(n.asText());
        return out;
    }

    public List<Sink> sinks() {
        return sinks;
    }

    public List<Sink> sinks(String kind) {
        return sinks.stream().filter(s -> s.kind().equals(kind)).toList();
    }

    public List<Sanitizer> sanitizers() {
        return sanitizers;
    }

    public List<Propagator> propagators() {
        return propagators;
    }

    /** True when a call named by one of {@code keys} ends flows of {@code kind}. */
    public boolean sanitizes(List<String> keys, String kind) {
        for (Sanitizer s : sanitizers) {
            if (!s.kinds().contains("*") && !s.kinds().contains(kind)) continue;
            for (String k : keys) {
                if (!s.callees().contains(k)) continue;
                // "*.parse" (schema output) does not end JSON.parse, which a propagator names by its own name
                if (k.startsWith("*.") && namedPropagator(keys)) continue;
                return true;
            }
        }
        return false;
    }

    /** True when a sanitiser of {@code kind} names the call exactly (not by a {@code *.method} wildcard): {@code String} for nosql. */
    public boolean sanitizesExactly(List<String> keys, String kind) {
        for (Sanitizer s : sanitizers) {
            if (!s.kinds().contains("*") && !s.kinds().contains(kind)) continue;
            for (String k : keys) if (!k.startsWith("*.") && !k.startsWith("<") && s.callees().contains(k)) return true;
        }
        return false;
    }

    /** The propagator named by a qualified key of the call (not a {@code *.method} or {@code <request>.method} one), or null. */
    public Propagator exactPropagator(List<String> keys) {
        for (Propagator p : propagators) {
            for (String k : keys) if (!k.startsWith("*.") && !k.startsWith("<") && p.callees().contains(k)) return p;
        }
        return null;
    }

    private boolean namedPropagator(List<String> keys) {
        for (Propagator p : propagators) for (String k : keys) if (!k.startsWith("*.") && p.callees().contains(k)) return true;
        return false;
    }

    /** The propagator for a call named by one of {@code keys}, or null. */
    public Propagator propagator(List<String> keys) {
        for (Propagator p : propagators) for (String k : keys) if (p.callees().contains(k)) return p;
        return null;
    }
}
