package dev.backcheck.config;

import dev.backcheck.config.YamlTree.*;
import dev.backcheck.findings.Level;
import dev.backcheck.model.ControlKind;
import dev.backcheck.model.DeclaredControls;
import dev.backcheck.model.ProjectConfig;
import dev.backcheck.model.PublicRoutes;
import dev.backcheck.rules.RuleCatalog;
import dev.backcheck.rules.RuleMeta;
import dev.backcheck.workspace.TextReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.*;

/**
 * Reads {@code .backcheck.yml} strictly: an unknown key, a value of the wrong type, an unknown rule
 * id or option, or an unknown level is a {@link ConfigException} naming the file, line and column,
 * with a suggestion when a known name is close. {@code docs/backcheck.schema.json} describes the
 * same format (a test keeps the two in step).
 */
public final class ConfigLoader {
    public static final List<String> FILE_NAMES = List.of(".backcheck.yml", ".backcheck.yaml");
    public static final List<String> TOP_KEYS = List.of("rules", "exclude", "include", "tests", "controls", "public-routes");
    public static final List<String> RULE_KEYS = List.of("level", "options");
    public static final List<String> CONTROL_KEYS = List.of("kind", "import", "export", "file", "function", "name", "parts", "reason");
    public static final List<String> ROUTE_KEYS = List.of("method", "path", "reason");
    public static final List<String> LEVELS = List.of("off", "error", "warning", "note");
    public static final List<String> KINDS = List.of("auth", "rate-limit", "validation", "headers", "cors");
    public static final List<String> PARTS = List.of("body", "query", "params", "headers", "cookies", "*");
    public static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "ALL", "*");
    private static final long MAX_BYTES = 1024 * 1024;

    private final String file;
    private final RuleCatalog catalog;

    private ConfigLoader(String file, RuleCatalog catalog) {
        this.file = file;
        this.catalog = catalog;
    }

    /** The config file at the scan root, or null. Both spellings present is an error. */
    public static Path discover(Path root) {
        List<Path> found = new ArrayList<>();
        for (String n : FILE_NAMES) {
            Path p = root.resolve(n);
            if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) found.add(p);
        }
        if (found.size() > 1) {
            throw new ConfigException(FILE_NAMES.get(0), 0, 0, "both .backcheck.yml and .backcheck.yaml exist; keep one");
        }
        return found.isEmpty() ? null : found.get(0);
    }

    /** Reads and checks {@code path}; {@code shown} is how messages name it. */
    public static Config load(Path path, String shown, RuleCatalog catalog) {
        byte[] bytes;
        try {
            if (!Files.isRegularFile(path)) throw new ConfigException(shown, 0, 0, "config file not found");
            if (Files.size(path) > MAX_BYTES) throw new ConfigException(shown, 0, 0, "config file is larger than 1 MiB");
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new ConfigException(shown, 0, 0, "cannot read config file: " + e.getMessage());
        }
        TextReader.Result r = TextReader.decode(bytes);
        if (r.text() == null) throw new ConfigException(shown, 0, 0, "config file is not text: " + r.problem());
        return parse(r.text(), shown, catalog);
    }

    /** Parses config text; {@code shown} is how messages name the file. */
    public static Config parse(String text, String shown, RuleCatalog catalog) {
        return new ConfigLoader(shown, catalog).read(YamlTree.parse(text, shown));
    }

    private Config read(Node root) {
        if (root == null || root instanceof Scalar s && s.value() == null) return new Config(file, Map.of(), List.of(), List.of(), null, ProjectConfig.EMPTY);
        MapNode top = map(root, "the config file");
        checkKeys(top, TOP_KEYS, "top-level key");
        Map<String, Config.RuleSetting> rules = new LinkedHashMap<>();
        List<String> exclude = List.of(), include = List.of(), tests = null;
        List<DeclaredControls.Entry> controls = new ArrayList<>();
        List<PublicRoutes.Entry> routes = new ArrayList<>();
        for (Entry e : top.entries().values()) {
            switch (e.key()) {
                case "rules" -> rules = rules(e);
                case "exclude" -> exclude = globs(e);
                case "include" -> include = globs(e);
                case "tests" -> tests = globs(e);
                case "controls" -> {
                    for (Node n : list(e.value(), "'controls'").items()) controls.add(control(n));
                }
                case "public-routes" -> {
                    for (Node n : list(e.value(), "'public-routes'").items()) routes.add(route(n));
                }
                default -> throw new IllegalStateException(e.key());
            }
        }
        return new Config(file, rules, exclude, include, tests,
                new ProjectConfig(new DeclaredControls(controls), new PublicRoutes(routes)));
    }

    // ------------------------------------------------------------------ rules

    private Map<String, Config.RuleSetting> rules(Entry e) {
        if (e.value() instanceof Scalar s && s.value() == null) return Map.of();
        MapNode m = map(e.value(), "'rules'");
        Map<String, Config.RuleSetting> out = new LinkedHashMap<>();
        for (Entry r : m.entries().values()) {
            RuleMeta meta = catalog.get(r.key());
            if (meta == null) {
                throw err(r.line(), r.column(), "unknown rule id '" + r.key() + "'" + suggest(r.key(), ruleIdCandidates(r.key()))
                        + "; 'backcheck rules' lists them");
            }
            out.put(r.key(), ruleSetting(r, meta));
        }
        return out;
    }

    private List<String> ruleIdCandidates(String id) {
        List<String> ids = new ArrayList<>(catalog.all().keySet());
        String name = id.contains("/") ? id.substring(id.indexOf('/') + 1) : id;
        for (String k : ids) if (k.endsWith("/" + name)) return List.of(k);
        return ids;
    }

    private Config.RuleSetting ruleSetting(Entry r, RuleMeta meta) {
        Node v = r.value();
        if (v instanceof Scalar s) {
            String lvl = levelText(s, "rule '" + r.key() + "'");
            return lvl.equals("off") ? new Config.RuleSetting(true, null, Map.of(), r.line())
                    : new Config.RuleSetting(false, Level.parse(lvl), Map.of(), r.line());
        }
        if (!(v instanceof MapNode m)) {
            throw err(v.line(), v.column(), "rule '" + r.key() + "': expected off, error, warning, note or a mapping with "
                    + "'level' and 'options', found " + v.kind());
        }
        checkKeys(m, RULE_KEYS, "key for rule '" + r.key() + "'");
        boolean off = false;
        Level level = null;
        Map<String, Object> options = new LinkedHashMap<>();
        for (Entry k : m.entries().values()) {
            if (k.key().equals("level")) {
                if (!(k.value() instanceof Scalar s)) throw err(k.value().line(), k.value().column(),
                        "rule '" + r.key() + "': 'level' must be off, error, warning or note, found " + k.value().kind());
                String lvl = levelText(s, "rule '" + r.key() + "'");
                if (lvl.equals("off")) off = true;
                else level = Level.parse(lvl);
            } else {
                if (k.value() instanceof Scalar s && s.value() == null) continue;
                MapNode om = map(k.value(), "'options' of rule '" + r.key() + "'");
                for (Entry o : om.entries().values()) {
                    RuleMeta.Option decl = meta.options().get(o.key());
                    if (decl == null) {
                        String known = meta.options().isEmpty() ? "; this rule has no options"
                                : suggest(o.key(), new ArrayList<>(meta.options().keySet())) + "; options of " + r.key() + ": "
                                + String.join(", ", new TreeSet<>(meta.options().keySet()));
                        throw err(o.line(), o.column(), "unknown option '" + o.key() + "' for rule '" + r.key() + "'" + known);
                    }
                    options.put(o.key(), optionValue(o, decl, r.key()));
                }
            }
        }
        return new Config.RuleSetting(off, level, options, r.line());
    }

    private String levelText(Scalar s, String what) {
        if (Boolean.FALSE.equals(s.value())) return "off"; // YAML 1.1 reads off / no / false as false
        if (s.value() instanceof String str && LEVELS.contains(str)) return str;
        String shown = s.value() == null ? "null" : s.text();
        throw err(s.line(), s.column(), what + ": '" + shown + "' is not a level" + suggest(shown.toLowerCase(Locale.ROOT), LEVELS)
                + " (expected off, error, warning or note)");
    }

    private Object optionValue(Entry o, RuleMeta.Option decl, String rule) {
        Object value = plain(o.value());
        Object def = decl.defaultValue();
        if (def == null) return value;
        String want = typeName(def);
        String got = typeName(value);
        boolean ok = want.equals(got) || want.equals("a number") && value instanceof Number;
        if (!ok) {
            throw err(o.value().line(), o.value().column(), "option '" + o.key() + "' of rule '" + rule + "' must be " + want
                    + " (default: " + shownDefault(def) + "), found " + got);
        }
        return value;
    }

    private static String shownDefault(Object def) {
        return def instanceof String s ? "'" + s + "'" : String.valueOf(def);
    }

    private static String typeName(Object v) {
        if (v == null) return "null";
        if (v instanceof String) return "a string";
        if (v instanceof Boolean) return "a boolean";
        if (v instanceof Number) return "a number";
        if (v instanceof List) return "a list";
        if (v instanceof Map) return "a mapping";
        return v.getClass().getSimpleName();
    }

    private static Object plain(Node n) {
        if (n instanceof Scalar s) return s.value();
        if (n instanceof ListNode l) {
            List<Object> out = new ArrayList<>();
            for (Node i : l.items()) out.add(plain(i));
            return Collections.unmodifiableList(out);
        }
        MapNode m = (MapNode) n;
        Map<String, Object> out = new LinkedHashMap<>();
        for (Entry e : m.entries().values()) out.put(e.key(), plain(e.value()));
        return Collections.unmodifiableMap(out);
    }

    // ------------------------------------------------------------------ globs

    private List<String> globs(Entry e) {
        if (e.value() instanceof Scalar s && s.value() == null) return List.of();
        List<String> out = new ArrayList<>();
        for (Node n : list(e.value(), "'" + e.key() + "'").items()) {
            String g = string(n, "an entry of '" + e.key() + "'");
            if (g.isBlank()) throw err(n.line(), n.column(), "an entry of '" + e.key() + "' is empty");
            out.add(g.strip());
        }
        return out;
    }

    // ------------------------------------------------------------------ controls

    private DeclaredControls.Entry control(Node n) {
        MapNode m = map(n, "an entry of 'controls'");
        checkKeys(m, CONTROL_KEYS, "key in a 'controls' entry");
        Entry kindE = m.entries().get("kind");
        if (kindE == null) throw err(m.line(), m.column(), "a 'controls' entry needs 'kind' (one of " + String.join(", ", KINDS) + ")");
        String kind = string(kindE.value(), "'kind'");
        if (!KINDS.contains(kind)) {
            throw err(kindE.value().line(), kindE.value().column(), "unknown control kind '" + kind + "'" + suggest(kind, KINDS)
                    + " (one of " + String.join(", ", KINDS) + ")");
        }
        String module = opt(m, "import");
        String export = opt(m, "export");
        String fileGlob = opt(m, "file");
        String function = opt(m, "function");
        if (module != null && (fileGlob != null || function != null)) {
            throw err(m.line(), m.column(), "a 'controls' entry names either 'import' (with 'export') or 'function' (with 'file'), not both");
        }
        if (module == null && function == null) {
            throw err(m.line(), m.column(), "a 'controls' entry needs 'import' (and 'export') or 'function' (and 'file')");
        }
        if (module == null && export != null) {
            Entry x = m.entries().get("export");
            throw err(x.line(), x.column(), "'export' goes with 'import'; for a function in a file use 'function' and 'file'");
        }
        if (module != null) checkInside(m.entries().get("import"), module);
        if (fileGlob != null) checkInside(m.entries().get("file"), fileGlob);
        Set<String> parts = new LinkedHashSet<>();
        Entry partsE = m.entries().get("parts");
        if (partsE != null) {
            if (!kind.equals("validation")) throw err(partsE.line(), partsE.column(), "'parts' applies only to kind validation");
            for (Node p : list(partsE.value(), "'parts'").items()) {
                String part = string(p, "an entry of 'parts'");
                if (!PARTS.contains(part)) throw err(p.line(), p.column(), "unknown request part '" + part + "'" + suggest(part, PARTS)
                        + " (one of body, query, params, headers, cookies, *)");
                parts.add(part);
            }
        }
        ControlKind k = switch (kind) {
            case "auth" -> ControlKind.AUTH;
            case "rate-limit" -> ControlKind.RATE_LIMIT;
            case "validation" -> ControlKind.VALIDATION;
            case "headers" -> ControlKind.HEADERS;
            default -> ControlKind.CORS;
        };
        return new DeclaredControls.Entry(k, module, module == null ? null : export == null ? "default" : export, fileGlob, function,
                opt(m, "name"), parts, opt(m, "reason"), m.line());
    }

    /** Paths in the config stay inside the scanned tree: no absolute paths, no '..' segments. */
    private void checkInside(Entry e, String p) {
        String s = p.replace('\\', '/');
        boolean abs = s.startsWith("/") || s.matches("^[A-Za-z]:.*");
        boolean up = Arrays.asList(s.split("/")).contains("..");
        if (abs || up) {
            throw err(e.value().line(), e.value().column(), "'" + e.key() + "' must be a path inside the scanned directory, relative to it: '" + p + "'");
        }
    }

    // ------------------------------------------------------------------ public routes

    private PublicRoutes.Entry route(Node n) {
        MapNode m = map(n, "an entry of 'public-routes'");
        checkKeys(m, ROUTE_KEYS, "key in a 'public-routes' entry");
        Entry pathE = m.entries().get("path");
        if (pathE == null) throw err(m.line(), m.column(), "a 'public-routes' entry needs 'path' (e.g. /health or /public/**)");
        String path = string(pathE.value(), "'path'");
        if (!path.startsWith("/")) throw err(pathE.value().line(), pathE.value().column(), "'path' must start with '/': '" + path + "'");
        Set<String> methods = new LinkedHashSet<>();
        Entry me = m.entries().get("method");
        if (me != null) {
            List<Node> items = me.value() instanceof ListNode l ? l.items() : List.of(me.value());
            for (Node x : items) {
                String meth = string(x, "'method'");
                String up = meth.toUpperCase(Locale.ROOT);
                if (!METHODS.contains(up)) throw err(x.line(), x.column(), "unknown HTTP method '" + meth + "'" + suggest(up, METHODS));
                if (up.equals("*")) {
                    methods.clear();
                    break;
                }
                methods.add(up);
            }
        }
        return new PublicRoutes.Entry(methods, path, opt(m, "reason"), m.line());
    }

    // ------------------------------------------------------------------ helpers

    private void checkKeys(MapNode m, List<String> allowed, String what) {
        for (Entry e : m.entries().values()) {
            if (!allowed.contains(e.key())) {
                throw err(e.line(), e.column(), "unknown " + what + " '" + e.key() + "'" + suggest(e.key(), allowed)
                        + "; allowed: " + String.join(", ", allowed));
            }
        }
    }

    private MapNode map(Node n, String what) {
        if (n instanceof MapNode m) return m;
        throw err(n.line(), n.column(), what + " must be a mapping, found " + n.kind());
    }

    private ListNode list(Node n, String what) {
        if (n instanceof ListNode l) return l;
        throw err(n.line(), n.column(), what + " must be a list, found " + n.kind());
    }

    private String string(Node n, String what) {
        if (n instanceof Scalar s && s.value() instanceof String str) return str;
        throw err(n.line(), n.column(), what + " must be a string, found " + n.kind());
    }

    private String opt(MapNode m, String key) {
        Entry e = m.entries().get(key);
        if (e == null) return null;
        String s = string(e.value(), "'" + key + "'");
        if (s.isBlank()) throw err(e.value().line(), e.value().column(), "'" + key + "' is empty");
        return s.strip();
    }

    private ConfigException err(int line, int column, String msg) {
        return new ConfigException(file, line, column, msg);
    }

    /** " (did you mean 'x'?)" for the closest candidate within a small edit distance, else "". */
    public static String suggest(String got, Collection<String> candidates) {
        String g = got.toLowerCase(Locale.ROOT);
        if (g.length() >= 3) {
            for (String c : candidates) {
                String cl = c.toLowerCase(Locale.ROOT);
                if (!cl.equals(g) && Math.min(cl.length(), g.length()) >= 3 && (cl.startsWith(g) || g.startsWith(cl))) {
                    return " (did you mean '" + c + "'?)";
                }
            }
        }
        String best = null;
        int bestD = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(got.toLowerCase(Locale.ROOT), c.toLowerCase(Locale.ROOT));
            if (d < bestD) {
                bestD = d;
                best = c;
            }
        }
        if (best == null) return "";
        int limit = Math.max(2, Math.min(got.length(), best.length()) / 3);
        if (candidates.size() == 1 && best.endsWith("/" + (got.contains("/") ? got.substring(got.indexOf('/') + 1) : got))) {
            return " (did you mean '" + best + "'?)";
        }
        return bestD <= limit ? " (did you mean '" + best + "'?)" : "";
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1], cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
