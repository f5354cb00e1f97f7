package dev.backcheck.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * YAML resources shipped in the jar (the flow models under {@code models/}, the claims vocabulary under
 * {@code claims/}) read as Jackson trees, from a JSON copy of each tree written at build time when it is there and
 * fresh. Parsing YAML costs SnakeYAML's and jackson-dataformat-yaml's class loading and first compilation on every
 * scan (~0.2 s CPU); the JSON parser is loaded anyway.
 *
 * <p>The YAML stays the source of truth: the build step ({@link #compile}, run by
 * {@code dev.backcheck.rules.CompiledCatalog}'s main in {@code process-classes}) writes
 * {@code compiled-yaml/<resource>.json} holding the YAML's size and CRC-32 and its tree; {@link #tree} reads the
 * YAML's bytes (a few KB), and uses the JSON tree only when the size and CRC-32 still match, else parses the YAML.
 * CompiledYamlTest checks that every compiled tree equals the YAML's (node types, values, field order).
 */
public final class CompiledYaml {
    /** The folders of the class output whose YAML resources are compiled. */
    public static final List<String> FOLDERS = List.of("models", "claims");
    static final String PREFIX = "compiled-yaml/";

    /** The compiled trees are read with this factory's parser (no mapper is made at run time: see {@link JsonTrees}). */
    private static final com.fasterxml.jackson.core.JsonFactory JSON = new com.fasterxml.jackson.core.JsonFactory();

    private CompiledYaml() { }

    /**
     * The tree of a YAML resource ("/models/sql.yml"): its compiled JSON when fresh, else the YAML parsed; null when
     * there is no such resource.
     */
    public static JsonNode tree(String resource) throws IOException {
        byte[] yaml = read(resource);
        if (yaml == null) return null;
        JsonNode fast = compiled(yaml, read("/" + PREFIX + resource.substring(1) + ".json"));
        return fast != null ? fast : yamlTree(yaml);
    }

    /** The tree in a compiled resource when it was made from exactly these YAML bytes; null when not. */
    static JsonNode compiled(byte[] yaml, byte[] json) {
        if (json == null) return null;
        try {
            JsonNode wrapper = JsonTrees.read(JSON, json);
            if (wrapper == null || wrapper.path("size").asLong(-1) != yaml.length || wrapper.path("crc").asLong(-1) != crc(yaml)
                    || !wrapper.has("tree")) {
                return null;
            }
            return wrapper.get("tree");
        } catch (IOException | RuntimeException e) {
            return null; // damaged: the YAML is read
        }
    }

    /** The YAML parsed as Jackson's YAML mapper parses it. */
    static JsonNode yamlTree(byte[] yaml) throws IOException {
        return new ObjectMapper(new YAMLFactory()).readTree(yaml);
    }

    /** Build step: writes {@code <classes>/compiled-yaml/<folder>/<name>.json} for every YAML file of {@link #FOLDERS}. */
    public static void compile(Path classes) throws IOException {
        for (String folder : FOLDERS) {
            Path dir = classes.resolve(folder);
            if (!Files.isDirectory(dir)) continue;
            List<Path> files;
            try (Stream<Path> s = Files.walk(dir)) {
                files = s.filter(p -> Files.isRegularFile(p) && (p.toString().endsWith(".yml") || p.toString().endsWith(".yaml")))
                        .sorted().toList();
            }
            for (Path p : files) {
                String rel = classes.relativize(p).toString().replace(p.getFileSystem().getSeparator(), "/");
                Path out = classes.resolve(PREFIX + rel + ".json");
                Files.createDirectories(out.getParent());
                Files.write(out, wrap(Files.readAllBytes(p)));
            }
        }
    }

    /** The compiled form of one YAML file's bytes. */
    static byte[] wrap(byte[] yaml) throws IOException {
        ObjectNode w = JsonNodeFactory.instance.objectNode();
        w.put("size", yaml.length);
        w.put("crc", crc(yaml));
        w.set("tree", yamlTree(yaml));
        return new ObjectMapper().writeValueAsBytes(w);
    }

    private static byte[] read(String resource) throws IOException {
        try (InputStream in = CompiledYaml.class.getResourceAsStream(resource)) {
            return in == null ? null : in.readAllBytes();
        }
    }

    private static long crc(byte[] b) {
        CRC32 c = new CRC32();
        c.update(b, 0, b.length);
        return c.getValue();
    }
}
