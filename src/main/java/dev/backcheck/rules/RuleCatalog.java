package dev.backcheck.rules;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.*;
import java.util.*;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The rule catalogue: metadata from every {@code rules/<family>/<name>.yaml} on the class path,
 * sorted by id; implementations are instantiated lazily from the naming convention
 * ({@link RuleMeta#implementationClass()}).
 */
public final class RuleCatalog {
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

    /**
     * Reads one rule YAML; throws IOException with a readable message (the file's name, the line) when it is malformed:
     * not a mapping, a required key missing, an unknown key, a value of the wrong shape.
     */
    public static RuleMeta read(InputStream in, String name) throws IOException {
        return RuleYaml.read(in, name);
    }

    /** Where the built-in catalogue came from: "compiled" (the build's compiled form) or "yaml" (read from the YAML). */
    static volatile String builtinSource;

    private static RuleCatalog load() {
        SortedMap<String, RuleMeta> out = new TreeMap<>();
        builtinSource = "yaml";
        try {
            URL url = RuleCatalog.class.getResource("/rules");
            if (url == null) return new RuleCatalog(out);
            byte[] compiled = CompiledCatalog.readAll(RuleCatalog.class.getResourceAsStream(CompiledCatalog.RESOURCE));
            if (url.getProtocol().equals("jar")) {
                // the entries of the jar itself: no zip file system and no walk (both cost ~0.1 s of start-up)
                JarURLConnection c = (JarURLConnection) url.openConnection();
                c.setUseCaches(false);
                try (JarFile jar = c.getJarFile()) {
                    String entry = c.getEntryName(); // "rules" or "rules/"
                    String prefix = entry.endsWith("/") ? entry : entry + "/";
                    SortedMap<String, RuleMeta> fast = fromJar(jar, prefix, compiled);
                    if (fast != null) {
                        builtinSource = "compiled";
                        return new RuleCatalog(fast);
                    }
                    readJar(jar, prefix, out);
                }
            } else {
                Path dir = Paths.get(url.toURI());
                SortedMap<String, RuleMeta> fast = fromFolder(dir, compiled);
                if (fast != null) {
                    builtinSource = "compiled";
                    return new RuleCatalog(fast);
                }
                readAll(dir, out);
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot read the rule catalogue: " + e.getMessage(), e);
        }
        return new RuleCatalog(out);
    }

    /**
     * The compiled catalogue's rules when every YAML file it was made from is in the jar under {@code prefix} with the
     * same size and CRC-32 (read from the jar's directory: nothing is inflated); null when not (or no compiled form),
     * and the YAML is read. The compiled form and the YAML are written into one jar by one build, so a YAML file the
     * jar holds beyond those listed cannot occur short of editing the jar; the entries are not enumerated (6,000+).
     */
    static SortedMap<String, RuleMeta> fromJar(JarFile jar, String prefix, byte[] compiled) {
        CompiledCatalog.Compiled c = decodeOrNull(compiled);
        if (c == null) return null;
        for (CompiledCatalog.Source s : c.sources()) {
            JarEntry e = jar.getJarEntry(prefix + s.name());
            if (e == null || e.isDirectory() || e.getSize() != s.size() || e.getCrc() != s.crc()) return null;
        }
        return c.rules();
    }

    /**
     * The compiled catalogue's rules when the YAML files under {@code dir} are exactly those it was made from (names,
     * sizes, CRC-32 of the bytes): a folder such as target/classes can change after the build step ran (an IDE copies
     * resources); null when not (or no compiled form), and the YAML is read.
     */
    static SortedMap<String, RuleMeta> fromFolder(Path dir, byte[] compiled) throws IOException {
        CompiledCatalog.Compiled c = decodeOrNull(compiled);
        if (c == null) return null;
        List<Path> files = CompiledCatalog.yamlFiles(dir);
        if (files.size() != c.sources().size()) return null;
        for (int i = 0; i < files.size(); i++) {
            CompiledCatalog.Source s = c.sources().get(i);
            Path p = files.get(i);
            if (!CompiledCatalog.name(dir, p).equals(s.name()) || Files.size(p) != s.size()) return null;
            if (CompiledCatalog.crc(Files.readAllBytes(p)) != s.crc()) return null;
        }
        return c.rules();
    }

    private static CompiledCatalog.Compiled decodeOrNull(byte[] compiled) {
        if (compiled == null) return null;
        try {
            return CompiledCatalog.decode(compiled);
        } catch (IOException e) {
            return null; // damaged or of another version: the YAML is the source of truth
        }
    }

    private static void readJar(JarFile jar, String prefix, SortedMap<String, RuleMeta> out) throws IOException {
        List<JarEntry> yamls = new ArrayList<>();
        for (Enumeration<JarEntry> en = jar.entries(); en.hasMoreElements(); ) {
            JarEntry e = en.nextElement();
            String n = e.getName();
            if (n.startsWith(prefix) && !e.isDirectory() && isYaml(n)) yamls.add(e);
        }
        yamls.sort(Comparator.comparing(JarEntry::getName));
        for (JarEntry e : yamls) {
            try (InputStream in = jar.getInputStream(e)) {
                add(read(in, e.getName().substring(prefix.length())), out);
            }
        }
    }

    private static boolean isYaml(String name) {
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    private static void add(RuleMeta m, SortedMap<String, RuleMeta> out) {
        RuleMeta prev = out.put(m.id(), m);
        if (prev != null) throw new IllegalStateException("duplicate rule id " + m.id());
    }

    static void readAll(Path dir, SortedMap<String, RuleMeta> out) throws IOException {
        for (Path p : CompiledCatalog.yamlFiles(dir)) {
            try (InputStream in = Files.newInputStream(p)) {
                add(read(in, dir.relativize(p).toString()), out);
            }
        }
    }
}
