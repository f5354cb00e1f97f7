package dev.backcheck.concepts;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.backcheck.findings.Location;
import dev.backcheck.model.Project;

import java.util.*;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spring Boot configuration, the concept: every key of {@code application.properties}, {@code application.yml} /
 * {@code .yaml}, their profile variants ({@code application-prod.yml}) and {@code bootstrap.*}, flattened to
 * dotted keys ({@code server.servlet.context-path}), with the profile each is set for (from the file name, or a
 * YAML document's {@code spring.config.activate.on-profile} / {@code spring.profiles}; null for the default
 * profile) and where it is written. Rules and the Spring model ask {@link #value} (the default profile's value, as
 * the app runs without a profile) and {@link #entries} (every profile's, for "set anywhere" questions).
 * Values are kept as written; {@link #resolve} fills {@code ${NAME:default}} placeholders from other keys or their
 * default. Only files under the scanned tree are read; bad files are skipped.
 */
public final class SpringConfig {
    /** One key as set in one file (and profile). {@code module} is the folder the file's build module lives in. */
    public record Entry(String key, String value, String profile, Location location, String module) { }

    /** The YAML mapper, made when a Spring YAML file is first read (its classes cost start-up on every scan). */
    private static final class Yaml {
        static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

        static {
            YAML.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(100).maxStringLength(1_000_000).build());
        }
    }

    private final List<Entry> entries = new ArrayList<>();

    /**
     * True when a module may read the root folder's configuration: the root is a Java build (pom.xml / build.gradle at the
     * top, the application that aggregates its modules), or no Java build is known at all. A root src/main with no build
     * of its own beside backend/pom.xml is a leftover tree no module packages: its application.yml configures nothing.
     */
    private final boolean rootConfigShared;

    private SpringConfig(Project p) {
        boolean rootBuild = false, anyBuild = false;
        for (dev.backcheck.workspace.Manifest m : p.manifests()) {
            if (m.ecosystem().equals("npm")) continue;
            anyBuild = true;
            String mp = m.path().replace('\\', '/');
            if (!mp.contains("/")) rootBuild = true;
            else buildDirs.add(mp.substring(0, mp.lastIndexOf('/') + 1));
        }
        rootConfigShared = rootBuild || !anyBuild;
        for (Map.Entry<String, String> t : p.texts().entrySet()) {
            String path = t.getKey();
            if (!isConfigFile(path) || p.isTestPath(path) || path.contains("/test/")) continue;
            try {
                read(path, t.getValue());
            } catch (RuntimeException | java.io.IOException e) {
                // an unreadable config file says nothing
            }
        }
        entries.sort(Comparator.comparing((Entry e) -> e.location().path()).thenComparingInt(e -> e.location().line()));
    }

    public static SpringConfig of(Project p) {
        return p.derived(SpringConfig.class, SpringConfig::new);
    }

    /** application*.properties / .yml / .yaml and bootstrap*.* files. */
    public static boolean isConfigFile(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        return (name.startsWith("application") || name.startsWith("bootstrap"))
                && (name.endsWith(".properties") || name.endsWith(".yml") || name.endsWith(".yaml"));
    }

    /** The build module a path belongs to: the part before {@code src/main/}, or "" at the root. */
    /** The folders of the JVM builds below the root (pom.xml, build.gradle), each with its trailing slash. */
    private final Set<String> buildDirs = new TreeSet<>();

    /**
     * The module a config file configures: {@link #moduleOf} for one under src/main/; one outside it (an external
     * {@code configs/application.yml} a Dockerfile copies in and names with --spring.config.location) belongs to the
     * build whose folder holds it (s32 ird0 microservices/incident/configs/application.yml is incident's, not the
     * root's: four services' configs were read as one).
     */
    private String configModule(String path) {
        if (path.contains("src/main/")) return moduleOf(path);
        String best = "";
        for (String d : buildDirs) if (path.startsWith(d) && d.length() > best.length()) best = d;
        return best;
    }

    public static String moduleOf(String path) {
        int i = path.indexOf("src/main/");
        return i < 0 ? "" : path.substring(0, i);
    }

    private static String profileOfName(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        String base = dot < 0 ? name : name.substring(0, dot);
        int dash = base.indexOf('-');
        return dash < 0 ? null : base.substring(dash + 1);
    }

    private void read(String path, String text) throws java.io.IOException {
        String profile = profileOfName(path);
        String[] lines = text.split("\n", -1);
        if (path.toLowerCase(Locale.ROOT).endsWith(".properties")) {
            readProperties(path, lines, profile);
            return;
        }
        try (MappingIterator<JsonNode> docs = Yaml.YAML.readerFor(JsonNode.class).readValues(text)) {
            int from = 0;
            while (docs.hasNextValue()) {
                JsonNode doc = docs.nextValue();
                if (doc == null || !doc.isObject()) continue;
                Map<String, String> flat = new LinkedHashMap<>();
                flatten("", doc, flat, 0);
                String docProfile = flat.getOrDefault("spring.config.activate.on-profile", flat.get("spring.profiles"));
                String prof = docProfile != null ? docProfile : profile;
                for (Map.Entry<String, String> e : flat.entrySet()) {
                    int line = lineOf(lines, e.getKey(), from);
                    entries.add(new Entry(e.getKey(), e.getValue(), prof, new Location(path, line, 1, line, lines[line - 1].length() + 1, null), configModule(path)));
                }
                // the next document starts after the next '---'
                for (int i = from + 1; i < lines.length; i++) {
                    if (lines[i].startsWith("---")) {
                        from = i;
                        break;
                    }
                    if (i == lines.length - 1) from = i;
                }
            }
        }
    }

    private static void flatten(String prefix, JsonNode n, Map<String, String> out, int depth) {
        if (depth > 40) return;
        if (n.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = n.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), out, depth + 1);
            }
        } else if (n.isArray()) {
            List<String> items = new ArrayList<>();
            boolean scalars = true;
            for (int i = 0; i < n.size(); i++) {
                if (n.get(i).isValueNode()) items.add(n.get(i).asText());
                else {
                    scalars = false;
                    flatten(prefix + "[" + i + "]", n.get(i), out, depth + 1);
                }
            }
            if (scalars) out.put(prefix, String.join(",", items));
        } else if (!n.isNull()) {
            out.put(prefix, n.asText());
        } else {
            out.put(prefix, "");
        }
    }

    /** The line that sets the last segment of {@code key} (at or after {@code from}), else the first line. */
    private static int lineOf(String[] lines, String key, int from) {
        String last = key.substring(key.lastIndexOf('.') + 1).replaceAll("\\[\\d+]$", "");
        Pattern p = Pattern.compile("^\\s*-?\\s*[\"']?" + Pattern.quote(last) + "[\"']?\\s*:");
        for (int i = from; i < lines.length; i++) if (p.matcher(lines[i]).find()) return i + 1;
        return from + 1;
    }

    private void readProperties(String path, String[] lines, String profile) {
        String prof = profile;
        for (int i = 0; i < lines.length; i++) {
            int start = i;
            String line = lines[i].strip();
            if (line.equals("#---") || line.equals("!---")) {
                prof = profile;
                continue;
            }
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) continue;
            StringBuilder sb = new StringBuilder(line);
            while (sb.length() > 0 && sb.charAt(sb.length() - 1) == '\\' && i + 1 < lines.length) {
                sb.setLength(sb.length() - 1);
                sb.append(lines[++i].strip());
            }
            String l = sb.toString();
            int sep = -1;
            for (int k = 0; k < l.length(); k++) {
                char ch = l.charAt(k);
                if (ch == '\\') {
                    k++;
                    continue;
                }
                if (ch == '=' || ch == ':' || Character.isWhitespace(ch)) {
                    sep = k;
                    break;
                }
            }
            String key = (sep < 0 ? l : l.substring(0, sep)).strip();
            String value = sep < 0 ? "" : l.substring(sep + 1).strip();
            if (value.startsWith("=") || value.startsWith(":")) value = value.substring(1).strip();
            if (key.equals("spring.config.activate.on-profile") || key.equals("spring.profiles")) prof = value;
            entries.add(new Entry(key, value, prof, new Location(path, start + 1, 1, start + 1, lines[start].length() + 1, null), configModule(path)));
        }
    }

    /** Every entry, sorted by file and line. */
    public List<Entry> entries() {
        return Collections.unmodifiableList(entries);
    }

    /** Every entry of {@code key}, in any profile and module. */
    public List<Entry> entries(String key) {
        return entries.stream().filter(e -> e.key().equals(key)).toList();
    }

    /**
     * The default profile's entry for {@code key} in {@code module} (a build module folder, see {@link #moduleOf};
     * null: any module, shallowest first): the last one set (properties win over YAML, as Spring loads them), or null.
     */
    public Entry value(String key, String module) {
        Entry best = null;
        for (Entry e : entries) {
            if (!e.key().equals(key) || e.profile() != null) continue;
            if (module != null && !e.module().equals(module)) continue;
            if (best == null || rank(e) >= rank(best)) best = e;
        }
        if (best == null && module != null && !module.isEmpty() && rootConfigShared) return value(key, "");
        return best;
    }

    /**
     * The entry for {@code key} in {@code module} when {@code profile} is the active profile: the profile's own (a file
     * {@code application-prod.yml} or a YAML document activated on it, listed among others with a comma or bar as well),
     * else the default profile's ({@link #value}). {@code profile} null: {@link #value}.
     */
    public Entry value(String key, String module, String profile) {
        if (profile == null) return value(key, module);
        Entry best = null;
        for (Entry e : entries) {
            if (!e.key().equals(key) || e.profile() == null || !profiles(e.profile()).contains(profile)) continue;
            if (module != null && !e.module().equals(module)) continue;
            if (best == null || rank(e) >= rank(best)) best = e;
        }
        if (best == null && module != null && !module.isEmpty() && rootConfigShared) best = value(key, "", profile);
        return best != null && best.profile() != null ? best : value(key, module);
    }

    /** The profile names a profile entry is set for ("prod", "prod, staging", "prod | staging"); negations are left out. */
    public static List<String> profiles(String profile) {
        List<String> out = new java.util.ArrayList<>();
        if (profile == null) return out;
        for (String x : profile.split("[,|]")) {
            String n = x.strip().replaceAll("^[\\[\"']+|[\\]\"']+$", "").strip();
            if (!n.isEmpty() && !n.startsWith("!") && !n.contains("&") && !n.contains("(")) out.add(n);
        }
        return out;
    }

    private static int rank(Entry e) {
        String p = e.location().path();
        return (p.endsWith(".properties") ? 2 : 1) - (p.contains("bootstrap") ? 2 : 0) - e.module().length() * 4;
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}:]+)(?::([^}]*))?}");

    /** {@code value} with {@code ${key:default}} placeholders filled from the default profile's keys or their default. */
    public String resolve(String value, String module) {
        if (value == null || !value.contains("${")) return value;
        for (int i = 0; i < 4 && value.contains("${"); i++) {
            Matcher m = PLACEHOLDER.matcher(value);
            StringBuilder sb = new StringBuilder();
            boolean changed = false;
            while (m.find()) {
                Entry e = value(m.group(1), module);
                String r = e != null ? e.value() : m.group(2);
                if (r != null) changed = true;
                m.appendReplacement(sb, Matcher.quoteReplacement(r == null ? m.group() : r));
            }
            m.appendTail(sb);
            value = sb.toString();
            if (!changed) break;
        }
        return value;
    }

    // ------------------------------------------------------------------ Spring Boot apps (for the operability concepts)

    /**
     * The Spring applications of the project that run as a web server: the Spring routes model's applications with
     * routes, outside test code, unless {@code spring.main.web-application-type=none}.
     */
    public static List<dev.backcheck.model.Application> servers(Project p) {
        List<dev.backcheck.model.Application> out = new ArrayList<>();
        SpringConfig c = of(p);
        for (dev.backcheck.model.Application a : p.applications()) {
            if (!a.framework().equals("spring") || a.routes().isEmpty() || a.location() == null || p.isTestPath(a.location().path())) continue;
            Entry t = c.value("spring.main.web-application-type", moduleOf(a.location().path()));
            if (t != null && t.value().strip().equalsIgnoreCase("none")) continue;
            out.add(a);
        }
        return out;
    }

    /** The Spring Boot version the builds pin (parent, BOM or plugin), the highest when modules differ, or null. */
    public static String bootVersion(Project p) {
        String best = null;
        for (dev.backcheck.workspace.Manifest m : p.manifests()) {
            String v = m.versions().get("spring-boot");
            if (v == null || !v.matches("\\d+\\.\\d+.*")) continue;
            if (best == null || compareVersions(v, best) > 0) best = v;
        }
        return best;
    }

    /**
     * The Spring Boot version of the build {@code path} belongs to: the nearest pom.xml / build.gradle above it that pins
     * one, looking up from its folder (a module inherits its parent's); null when the builds above it pin none (a plain
     * servlet WAR beside a Boot service in another folder is no Boot app). When no Java build lies above the path at all,
     * the version the project's builds pin ({@link #bootVersion(Project)}).
     */
    public static String bootVersion(Project p, String path) {
        Map<String, List<dev.backcheck.workspace.Manifest>> byDir = new HashMap<>();
        for (dev.backcheck.workspace.Manifest m : p.manifests()) {
            if (m.ecosystem().equals("npm")) continue;
            String mp = m.path().replace('\\', '/');
            byDir.computeIfAbsent(mp.contains("/") ? mp.substring(0, mp.lastIndexOf('/')) : "", k -> new ArrayList<>()).add(m);
        }
        boolean above = false;
        String d = path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : "";
        while (true) {
            List<dev.backcheck.workspace.Manifest> here = new ArrayList<>(byDir.getOrDefault(d, List.of()));
            here.sort(Comparator.comparing(dev.backcheck.workspace.Manifest::path));
            for (dev.backcheck.workspace.Manifest m : here) {
                above = true;
                String v = m.versions().get("spring-boot");
                if (v != null && v.matches("\\d+\\.\\d+.*")) return v;
            }
            if (d.isEmpty()) break;
            d = d.contains("/") ? d.substring(0, d.lastIndexOf('/')) : "";
        }
        return above ? null : bootVersion(p);
    }

    /** Compares dotted versions numerically by their first two parts (3.4.1 vs 3.10.0). */
    public static int compareVersions(String a, String b) {
        String[] x = a.split("[.-]"), y = b.split("[.-]");
        for (int i = 0; i < 2; i++) {
            int xi = i < x.length && x[i].matches("\\d+") ? Integer.parseInt(x[i]) : 0;
            int yi = i < y.length && y[i].matches("\\d+") ? Integer.parseInt(y[i]) : 0;
            if (xi != yi) return Integer.compare(xi, yi);
        }
        return 0;
    }

    /** Where a Java build declares {@code groupId:artifactId} (its line in pom.xml / build.gradle), or null. */
    public static Location dependencyAt(Project p, java.util.function.Predicate<String> name) {
        List<dev.backcheck.workspace.Manifest> ms = new ArrayList<>(p.manifests());
        ms.sort(Comparator.comparing(dev.backcheck.workspace.Manifest::path));
        for (dev.backcheck.workspace.Manifest m : ms) {
            if (m.ecosystem().equals("npm") || p.isTestPath(m.path())) continue;
            for (dev.backcheck.workspace.Manifest.Dep d : m.dependencies().values()) {
                if (!d.dev() && name.test(d.name())) return Location.at(m.path(), Math.max(1, d.line()), 1);
            }
        }
        return null;
    }
}
