package dev.backcheck.rules;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.*;
import java.util.*;
import java.util.stream.Stream;

/**
 * The rule catalogue: metadata from every {@code rules/<family>/<name>.yaml} on the class path,
 * sorted by id; implementations are instantiated lazily from the naming convention
 * ({@link RuleMeta#implementationClass()}).
 */
public final class RuleCatalog {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static volatile RuleCatalog builtin;

    private final SortedMap<String, RuleMeta> rules;

    private RuleCatalog(SortedMap<String, RuleMeta> rules) {
        this.rules = Collections.unmodifiableSortedMap(rules);
    }

    /** A catalogue of the given rules (tests and embedders; implementations found by the usual convention). */
    public static RuleCatalog of(Collection<RuleMeta> metas) {
        SortedMap<String, RuleMeta> m = new TreeMap<>();
        for (RuleMeta r : metas) m.put(r.id(), r);
        return new RuleCatalog(m);
    }

    /** The catalogue shipped with backcheck. */
    public static RuleCatalog builtin() {
        RuleCatalog c = builtin;
        if (c == null) {
            synchronized (RuleCatalog.class) {
                if (builtin == null) builtin = load();
                c = builtin;
            }
        }
        return c;
    }

    public SortedMap<String, RuleMeta> all() {
        return rules;
    }

    public RuleMeta get(String id) {
        return rules.get(id);
    }

    /** Instantiates the check for a rule id. */
    public Rule instantiate(String id) {
        RuleMeta m = rules.get(id);
        if (m == null) throw new IllegalArgumentException("unknown rule " + id);
        try {
            Class<?> cls = Class.forName(m.implementationClass());
            return (Rule) cls.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException("rule " + id + " has no implementation " + m.implementationClass(), e);
        }
    }

    /** Reads one rule YAML; throws IOException with a readable message when it is malformed. */
    public static RuleMeta read(InputStream in, String name) throws IOException {
        try {
            return YAML.readValue(in, RuleMeta.class);
        } catch (IOException e) {
            throw new IOException(name + ": " + e.getMessage(), e);
        }
    }

    private static RuleCatalog load() {
        SortedMap<String, RuleMeta> out = new TreeMap<>();
        try {
            URL url = RuleCatalog.class.getResource("/rules");
            if (url == null) return new RuleCatalog(out);
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                readAll(fs.getPath("/rules"), out);
            } else {
                readAll(Paths.get(uri), out);
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot read the rule catalogue: " + e.getMessage(), e);
        }
        return new RuleCatalog(out);
    }

    private static void readAll(Path dir, SortedMap<String, RuleMeta> out) throws IOException {
        List<Path> yamls;
        try (Stream<Path> s = Files.walk(dir)) {
            yamls = s.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList();
        }
        for (Path p : yamls) {
            try (InputStream in = Files.newInputStream(p)) {
                RuleMeta m = read(in, dir.relativize(p).toString());
                RuleMeta prev = out.put(m.id(), m);
                if (prev != null) throw new IllegalStateException("duplicate rule id " + m.id());
            }
        }
    }
}
