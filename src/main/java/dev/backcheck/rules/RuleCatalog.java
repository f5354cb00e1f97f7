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
import java.util.stream.Stream;

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

    private static RuleCatalog load() {
        SortedMap<String, RuleMeta> out = new TreeMap<>();
        try {
            URL url = RuleCatalog.class.getResource("/rules");
            if (url == null) return new RuleCatalog(out);
            if (url.getProtocol().equals("jar")) {
                // the entries of the jar itself: no zip file system and no walk (both cost ~0.1 s of start-up)
                JarURLConnection c = (JarURLConnection) url.openConnection();
                c.setUseCaches(false);
                try (JarFile jar = c.getJarFile()) {
                    String entry = c.getEntryName(); // "rules" or "rules/"
                    String prefix = entry.endsWith("/") ? entry : entry + "/";
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
            } else {
                readAll(Paths.get(url.toURI()), out);
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot read the rule catalogue: " + e.getMessage(), e);
        }
        return new RuleCatalog(out);
    }

    private static boolean isYaml(String name) {
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    private static void add(RuleMeta m, SortedMap<String, RuleMeta> out) {
        RuleMeta prev = out.put(m.id(), m);
        if (prev != null) throw new IllegalStateException("duplicate rule id " + m.id());
    }

    private static void readAll(Path dir, SortedMap<String, RuleMeta> out) throws IOException {
        List<Path> yamls;
        try (Stream<Path> s = Files.walk(dir)) {
            yamls = s.filter(p -> isYaml(p.toString())).sorted().toList();
        }
        for (Path p : yamls) {
            try (InputStream in = Files.newInputStream(p)) {
                add(read(in, dir.relativize(p).toString()), out);
            }
        }
    }
}
