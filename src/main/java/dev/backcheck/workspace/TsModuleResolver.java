package dev.backcheck.workspace;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.core.JsonFactory;
import dev.backcheck.config.JsonTrees;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.util.*;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Module resolution as TypeScript and Node do it, over the scanned tree only (never node_modules,
 * never the disk: the workspace hands it the source paths and the texts of package.json,
 * tsconfig/jsconfig and pnpm-workspace.yaml files).
 * <ul>
 *   <li>relative specifiers, index files, and the ESM/CommonJS extension rules ({@code ./x.js}
 *       names {@code x.ts}, {@code .mjs} names {@code .mts}, {@code .cjs} names {@code .cts});</li>
 *   <li>{@code compilerOptions.paths} and {@code baseUrl} of the nearest tsconfig.json (or
 *       jsconfig.json) of the importing file, following {@code extends} chains (relative, package
 *       named, arrays); tsconfig is read leniently (comments, trailing commas);</li>
 *   <li>package.json {@code imports} ({@code #alias}, {@code *} patterns, conditions) of the nearest
 *       package.json;</li>
 *   <li>workspace packages ({@code @org/pkg}, {@code @org/pkg/sub}) to the local package's source,
 *       through its {@code exports}, {@code source}/{@code module}/{@code main}/{@code types} or index
 *       file; a build-output target ({@code dist/index.js}) is mapped back to the source folder
 *       (tsconfig {@code outDir} → {@code rootDir}, else {@code src/}). Packages under the globs of
 *       package.json {@code workspaces} or pnpm-workspace.yaml win over other packages of the same
 *       name.</li>
 * </ul>
 * Anything else (an npm package, a Node builtin) resolves to null. Lookups are cached; the class
 * is safe to use from several threads. Never throws on bad input: an unreadable config is
 * recorded in {@link #problems()} and ignored.
 */
public final class TsModuleResolver implements dev.backcheck.lang.ModuleResolver {
    static final List<String> EXTS = List.of(".ts", ".tsx", ".js", ".jsx", ".mjs", ".cjs", ".mts", ".cts");
    private static final List<String> OUTPUT_DIRS = List.of("dist", "build", "lib", "out", "esm", "cjs");
    private static final int MAX_DEPTH = 8;

    /**
     * A tsconfig/jsconfig text read as TypeScript reads it (comments, trailing commas), with this reader's bounds on
     * nesting and string length; throws on a text it cannot read. The one reader of those files (ImportIndex asks it
     * for a build's exclude list).
     */
    public static JsonNode readJson(String text) throws java.io.IOException {
        return JsonTrees.read(JSON, text);
    }

    /** The parser factory of those texts (trees read by {@link JsonTrees}: no mapper is made). */
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES)
            .build();
    /** The YAML mapper, made when a pnpm workspace file is first read (its classes cost start-up on every scan). */
    private static final class Yaml {
        static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    }

    static {
        JSON.setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(200).maxStringLength(1_000_000).maxNumberLength(100).build());
    }

    private final Set<String> files;
    private final Map<String, String> texts;
    private final Map<String, String> cache = new ConcurrentHashMap<>();
    private final Map<String, Optional<JsonNode>> json = new ConcurrentHashMap<>();
    private final Map<String, Optional<Compiler>> compilers = new ConcurrentHashMap<>();
    private final Map<String, String> nearestConfig = new ConcurrentHashMap<>();
    private final Map<String, String> nearestPackage = new ConcurrentHashMap<>();
    private final Map<String, String> packagesByName = new TreeMap<>();
    private final Map<String, String> problems = new ConcurrentHashMap<>();

    /**
     * @param files source files of the tree (paths relative to the root, '/' separated)
     * @param texts other files by path: package.json, tsconfig*.json, jsconfig*.json,
     *              pnpm-workspace.yaml (anything else is ignored)
     */
    public TsModuleResolver(Collection<String> files, Map<String, String> texts) {
        this.files = Set.copyOf(files);
        this.texts = Map.copyOf(texts);
        indexPackages();
    }

    /** Configs read so far that could not be parsed: path → reason, sorted by path. */
    public SortedMap<String, String> problems() {
        return new TreeMap<>(problems);
    }

    /** The project file {@code spec} imported from {@code fromPath} refers to, or null (npm package, builtin, unknown). */
    public String resolve(String fromPath, String spec) {
        if (spec == null || spec.isEmpty() || fromPath == null) return null;
        String dir = parent(fromPath);
        String key = dir + "\u0000" + spec;
        String hit = cache.get(key);
        if (hit != null) return hit.isEmpty() ? null : hit;
        String r;
        try {
            r = resolveIn(dir, spec, 0);
        } catch (RuntimeException e) {
            r = null;
        }
        cache.put(key, r == null ? "" : r);
        return r;
    }

    private String resolveIn(String dir, String spec, int depth) {
        if (depth > MAX_DEPTH) return null;
        if (spec.startsWith("./") || spec.startsWith("../") || spec.equals(".") || spec.equals("..")) {
            String r = file(join(dir, spec));
            return r != null ? r : builtSource(dir, spec);
        }
        if (spec.startsWith("/") || spec.startsWith("node:") || spec.contains("\\") || spec.contains(":")) return null;
        if (spec.startsWith("#")) {
            String viaImports = packageImports(dir, spec, depth);
            if (viaImports != null) return viaImports;
        }
        Compiler c = compilerFor(dir);
        if (c != null) {
            String viaPaths = paths(c, spec);
            if (viaPaths != null) return viaPaths;
            if (c.baseUrl != null) {
                String viaBase = file(join(c.baseUrl, spec));
                if (viaBase != null) return viaBase;
            }
        }
        String viaPackage = workspacePackage(spec, depth);
        return viaPackage != null ? viaPackage : rootRelative(dir, spec);
    }

    private static final Pattern NODE_PATH = Pattern.compile("(?:^|[\\s;&])NODE_PATH=[\"']?([\\w./-]+)");

    /**
     * A bare specifier ({@code require('services/book')}) in a package whose code is loaded with extra module folders: the
     * {@code rootpath} package ({@code require('rootpath')()} puts the folder of the package that installs it on
     * NODE_PATH), or a {@code NODE_PATH=dir} set in one of its package.json scripts. Tried only after everything else, and
     * only for a file or folder that exists under that root.
     */
    private String rootRelative(String dir, String spec) {
        for (String pj = nearestPackage(dir); pj != null; pj = parent(pj).isEmpty() ? null : nearestPackage(parent(parent(pj)))) {
            JsonNode root = json(pj);
            if (root == null) continue;
            String pkgDir = parent(pj);
            if (root.path("dependencies").has("rootpath") || root.path("devDependencies").has("rootpath")) {
                String hit = file(join(pkgDir, spec));
                if (hit != null) return hit;
            }
            for (JsonNode script : root.path("scripts")) {
                if (!script.isTextual()) continue;
                java.util.regex.Matcher m = NODE_PATH.matcher(script.asText());
                while (m.find()) {
                    String hit = file(join(join(pkgDir, m.group(1)), spec));
                    if (hit != null) return hit;
                }
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ files

    /** The source file {@code base} names: itself, with a source extension, or its index file. */
    String file(String base) {
        if (base == null) return null;
        if (files.contains(base)) return base;
        String lower = base.toLowerCase(Locale.ROOT);
        String stem = null;
        List<String> mapped = List.of();
        if (lower.endsWith(".d.ts")) {
            stem = base.substring(0, base.length() - 5);
            mapped = List.of(".ts", ".tsx", ".js");
        } else if (lower.endsWith(".js")) {
            stem = base.substring(0, base.length() - 3);
            mapped = List.of(".ts", ".tsx");
        } else if (lower.endsWith(".jsx")) {
            stem = base.substring(0, base.length() - 4);
            mapped = List.of(".tsx", ".ts");
        } else if (lower.endsWith(".mjs")) {
            stem = base.substring(0, base.length() - 4);
            mapped = List.of(".mts", ".ts");
        } else if (lower.endsWith(".cjs")) {
            stem = base.substring(0, base.length() - 4);
            mapped = List.of(".cts", ".ts");
        }
        if (stem != null) {
            for (String e : mapped) if (files.contains(stem + e)) return stem + e;
        }
        for (String e : EXTS) if (files.contains(base + e)) return base + e;
        String idx = base.isEmpty() ? "index" : base + "/index";
        for (String e : EXTS) if (files.contains(idx + e)) return idx + e;
        return null;
    }

    // ------------------------------------------------------------------ tsconfig

    /** Effective paths/baseUrl of one tsconfig after its extends chain; dirs are root-relative. */
    private record Compiler(String baseUrl, Map<String, List<String>> paths, String pathsDir, String outDir, String rootDir) {
        String pathsBase() {
            return baseUrl != null ? baseUrl : pathsDir;
        }
    }

    private Compiler compilerFor(String dir) {
        String cfg = nearestConfig(dir);
        return cfg == null ? null : compiler(cfg, 0, new HashSet<>());
    }

    private String nearestConfig(String dir) {
        String hit = nearestConfig.get(dir);
        if (hit != null) return hit.isEmpty() ? null : hit;
        String found = null;
        for (String name : List.of("tsconfig.json", "jsconfig.json")) {
            String p = dir.isEmpty() ? name : dir + "/" + name;
            if (texts.containsKey(p)) {
                found = p;
                break;
            }
        }
        if (found == null && !dir.isEmpty()) found = nearestConfig(parent(dir));
        nearestConfig.put(dir, found == null ? "" : found);
        return found;
    }

    private Compiler compiler(String cfg, int depth, Set<String> seen) {
        Optional<Compiler> hit = compilers.get(cfg);
        if (hit != null) return hit.orElse(null);
        if (depth > MAX_DEPTH || !seen.add(cfg)) return null;
        Compiler c = readCompiler(cfg, depth, seen);
        compilers.put(cfg, Optional.ofNullable(c));
        return c;
    }

    private Compiler readCompiler(String cfg, int depth, Set<String> seen) {
        JsonNode root = json(cfg);
        if (root == null) return null;
        String dir = parent(cfg);
        Compiler base = new Compiler(null, Map.of(), null, null, null);
        JsonNode ext = root.get("extends");
        List<String> parents = new ArrayList<>();
        if (ext != null && ext.isTextual()) parents.add(ext.asText());
        else if (ext != null && ext.isArray()) ext.forEach(n -> {
            if (n.isTextual()) parents.add(n.asText());
        });
        for (String p : parents) { // later entries override earlier ones
            String pc = extendsTarget(dir, p);
            if (pc == null) continue;
            Compiler parent = compiler(pc, depth + 1, seen);
            if (parent == null) continue;
            base = new Compiler(parent.baseUrl != null ? parent.baseUrl : base.baseUrl,
                    !parent.paths.isEmpty() ? parent.paths : base.paths,
                    !parent.paths.isEmpty() ? parent.pathsDir : base.pathsDir,
                    parent.outDir != null ? parent.outDir : base.outDir, parent.rootDir != null ? parent.rootDir : base.rootDir);
        }
        JsonNode co = root.path("compilerOptions");
        String baseUrl = base.baseUrl, pathsDir = base.pathsDir, outDir = base.outDir, rootDir = base.rootDir;
        Map<String, List<String>> paths = base.paths;
        if (co.path("baseUrl").isTextual()) baseUrl = join(dir, co.get("baseUrl").asText());
        if (co.path("outDir").isTextual()) outDir = join(dir, co.get("outDir").asText());
        if (co.path("rootDir").isTextual()) rootDir = join(dir, co.get("rootDir").asText());
        if (co.path("paths").isObject()) {
            Map<String, List<String>> own = new LinkedHashMap<>();
            co.get("paths").fields().forEachRemaining(e -> {
                List<String> targets = new ArrayList<>();
                if (e.getValue().isArray()) e.getValue().forEach(t -> {
                    if (t.isTextual()) targets.add(t.asText());
                });
                else if (e.getValue().isTextual()) targets.add(e.getValue().asText());
                own.put(e.getKey(), targets);
            });
            paths = own;
            pathsDir = dir;
        }
        return new Compiler(baseUrl, paths, pathsDir, outDir, rootDir);
    }

    /** The config file an {@code extends} entry names: a relative path or a package (workspace packages only). */
    private String extendsTarget(String dir, String spec) {
        List<String> candidates = new ArrayList<>();
        if (spec.startsWith("./") || spec.startsWith("../") || spec.startsWith("/")) {
            if (spec.startsWith("/")) return null;
            String p = join(dir, spec);
            if (p == null) return null;
            candidates.add(p);
            candidates.add(p + ".json");
            candidates.add(p + "/tsconfig.json");
        } else {
            String[] np = packageName(spec);
            String pkgDir = packageDir(np[0]);
            if (pkgDir == null) return null;
            if (np[1].isEmpty()) {
                JsonNode pj = json(join(pkgDir, "package.json"));
                if (pj != null && pj.path("tsconfig").isTextual()) candidates.add(join(pkgDir, pj.get("tsconfig").asText()));
                candidates.add(join(pkgDir, "tsconfig.json"));
            } else {
                String p = join(pkgDir, np[1]);
                candidates.add(p);
                candidates.add(p + ".json");
                candidates.add(p + "/tsconfig.json");
            }
        }
        for (String c : candidates) if (c != null && texts.containsKey(c)) return c;
        return null;
    }

    private String paths(Compiler c, String spec) {
        if (c.paths.isEmpty() || c.pathsBase() == null) return null;
        String bestKey = null;
        int bestPrefix = -1;
        for (String k : c.paths.keySet()) {
            int star = k.indexOf('*');
            if (star < 0) {
                if (k.equals(spec)) {
                    bestKey = k;
                    break;
                }
            } else if (spec.length() >= k.length() - 1 && spec.startsWith(k.substring(0, star)) && spec.endsWith(k.substring(star + 1))
                    && star > bestPrefix) {
                bestKey = k;
                bestPrefix = star;
            }
        }
        if (bestKey == null) return null;
        int star = bestKey.indexOf('*');
        String captured = star < 0 ? "" : spec.substring(star, spec.length() - (bestKey.length() - star - 1));
        for (String t : c.paths.get(bestKey)) {
            String sub = t.replace("*", captured);
            String r = file(join(c.pathsBase(), sub));
            if (r == null) r = outputToSource(join(c.pathsBase(), sub), c);
            if (r != null) return r;
        }
        return null;
    }

    // ------------------------------------------------------------------ package.json

    private JsonNode json(String path) {
        if (path == null) return null;
        Optional<JsonNode> hit = json.get(path);
        if (hit != null) return hit.orElse(null);
        String text = texts.get(path);
        JsonNode n = null;
        if (text != null) {
            try {
                n = JsonTrees.read(JSON, text);
                if (n != null && !n.isObject()) n = null;
            } catch (Exception e) {
                String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
                problems.putIfAbsent(path, m);
            }
        }
        json.put(path, Optional.ofNullable(n));
        return n;
    }

    private String nearestPackage(String dir) {
        String hit = nearestPackage.get(dir);
        if (hit != null) return hit.isEmpty() ? null : hit;
        String p = dir.isEmpty() ? "package.json" : dir + "/package.json";
        String found = texts.containsKey(p) ? p : dir.isEmpty() ? null : nearestPackage(parent(dir));
        nearestPackage.put(dir, found == null ? "" : found);
        return found;
    }

    /** {@code #alias} through the nearest package.json's {@code imports}. */
    private String packageImports(String dir, String spec, int depth) {
        String pj = nearestPackage(dir);
        JsonNode root = json(pj);
        if (root == null || !root.path("imports").isObject()) return null;
        return subpath(root.get("imports"), spec, parent(pj), depth);
    }

    /** Matches {@code key} against an imports/exports map (exact, then the longest {@code *} pattern) and resolves the target. */
    private String subpath(JsonNode map, String key, String pkgDir, int depth) {
        JsonNode target = map.get(key);
        String captured = null;
        if (target == null) {
            int best = -1;
            Iterator<String> it = map.fieldNames();
            while (it.hasNext()) {
                String k = it.next();
                int star = k.indexOf('*');
                if (star < 0) {
                    // legacy folder mapping: "./utils/": "./src/utils/"
                    if (k.endsWith("/") && key.startsWith(k) && k.length() > best) {
                        best = k.length();
                        target = map.get(k);
                        captured = "\u0001" + key.substring(k.length());
                    }
                    continue;
                }
                String pre = k.substring(0, star), post = k.substring(star + 1);
                if (key.length() >= pre.length() + post.length() && key.startsWith(pre) && key.endsWith(post) && pre.length() > best) {
                    best = pre.length();
                    target = map.get(k);
                    captured = key.substring(pre.length(), key.length() - post.length());
                }
            }
        }
        if (target == null) return null;
        for (String t : targets(target)) {
            String s = t;
            if (captured != null) s = captured.startsWith("\u0001") ? t + captured.substring(1) : t.replace("*", captured);
            String r;
            if (s.startsWith("./") || s.startsWith("../")) {
                String abs = join(pkgDir, s);
                r = file(abs);
                if (r == null) r = outputToSource(abs, compilerFor(pkgDir));
            } else {
                r = resolveIn(pkgDir, s, depth + 1); // an imports entry may name a package
            }
            if (r != null) return r;
        }
        return null;
    }

    /** Every string target of an exports/imports value, conditions in their declared order, nested. */
    private static List<String> targets(JsonNode v) {
        List<String> out = new ArrayList<>();
        collect(v, out, 0);
        return out;
    }

    private static void collect(JsonNode v, List<String> out, int depth) {
        if (v == null || depth > 8) return;
        if (v.isTextual()) out.add(v.asText());
        else if (v.isArray()) v.forEach(x -> collect(x, out, depth + 1));
        else if (v.isObject()) v.fields().forEachRemaining(e -> collect(e.getValue(), out, depth + 1));
    }

    /**
     * A relative import of a package's build output that is not on disk ({@code await import('../dispatch-service/dist/api/routes.js')},
     * {@code require('../dist/config/db.js')}): what it loads is compiled from the source at the same place under the
     * source folder ({@code dispatch-service/src/api/routes.ts}: the tsconfig's outDir and rootDir of the package the
     * build folder belongs to, else {@code src/}); null when no such source is there.
     */
    private String builtSource(String dir, String spec) {
        String[] seg = spec.split("/");
        for (int i = 0; i < seg.length - 1; i++) {
            if (!BUILT.contains(seg[i])) continue;
            String before = join(dir, String.join("/", Arrays.asList(seg).subList(0, i)));
            String after = String.join("/", Arrays.asList(seg).subList(i + 1, seg.length));
            String built = join(before, seg[i] + "/" + after);
            Compiler c = compilerFor(before);
            String r = null;
            if (c != null && c.outDir != null && built.startsWith(c.outDir + "/")) {
                r = file(join(c.rootDir != null ? c.rootDir : join(parent(c.outDir), "src"), built.substring(c.outDir.length() + 1)));
            }
            return r != null ? r : file(join(before, "src/" + after));
        }
        return null;
    }

    /** Build output folders a relative import may name compiled code in. */
    private static final Set<String> BUILT = Set.of("dist", "build", "out");

    /**
     * A build-output path ({@code dist/x.js}) mapped back to the source the package builds it from:
     * tsconfig {@code outDir} → {@code rootDir} (or {@code src}), else a leading dist/build/lib/out
     * folder → {@code src}.
     */
    private String outputToSource(String path, Compiler c) {
        if (path == null) return null;
        if (c != null && c.outDir != null && (path.equals(c.outDir) || path.startsWith(c.outDir + "/"))) {
            String rest = path.substring(c.outDir.length());
            String srcDir = c.rootDir != null ? c.rootDir : join(parent(c.outDir), "src");
            String r = file(srcDir + rest);
            if (r != null) return r;
        }
        String[] segs = path.split("/");
        for (int i = 0; i < segs.length - 1; i++) {
            if (!OUTPUT_DIRS.contains(segs[i])) continue;
            int j = i;
            while (j + 1 < segs.length - 1 && OUTPUT_DIRS.contains(segs[j + 1])) j++; // dist/esm/index.js
            String before = String.join("/", Arrays.asList(segs).subList(0, i));
            String after = String.join("/", Arrays.asList(segs).subList(j + 1, segs.length));
            String r = file(join(before, "src/" + after));
            if (r == null) r = file(join(before, after));
            if (r != null) return r;
            break;
        }
        return null;
    }

    // ------------------------------------------------------------------ workspace packages

    /** {"@org/pkg", "sub/path"} or {"pkg", ""}. */
    private static String[] packageName(String spec) {
        String[] segs = spec.split("/", -1);
        int n = spec.startsWith("@") && segs.length > 1 ? 2 : 1;
        String name = String.join("/", Arrays.asList(segs).subList(0, Math.min(n, segs.length)));
        String sub = segs.length > n ? String.join("/", Arrays.asList(segs).subList(n, segs.length)) : "";
        return new String[]{name, sub};
    }

    private String packageDir(String name) {
        return packagesByName.get(name);
    }

    private String workspacePackage(String spec, int depth) {
        String[] np = packageName(spec);
        String dir = packageDir(np[0]);
        if (dir == null) return null;
        JsonNode pj = json(join(dir, "package.json"));
        if (pj == null) return null;
        String sub = np[1];
        JsonNode exports = pj.get("exports");
        if (exports != null && !exports.isNull()) {
            JsonNode map = exports;
            boolean subpaths = exports.isObject() && exports.fieldNames().hasNext() && exports.fieldNames().next().startsWith(".");
            if (!subpaths) map = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode().set(".", exports); // "exports": "./x.js" or a conditions object
            String r = subpath(map, sub.isEmpty() ? "." : "./" + sub, dir, depth);
            if (r != null) return r;
        }
        if (sub.isEmpty()) {
            for (String field : List.of("source", "module", "main", "types", "typings")) {
                if (!pj.path(field).isTextual()) continue;
                String abs = join(dir, pj.get(field).asText());
                String r = file(abs);
                if (r == null) r = outputToSource(abs, compilerFor(dir));
                if (r != null) return r;
            }
            String r = file(join(dir, "src/index"));
            return r != null ? r : file(dir);
        }
        String abs = join(dir, sub);
        String r = file(abs);
        if (r == null) r = outputToSource(abs, compilerFor(dir));
        if (r == null) r = file(join(dir, "src/" + sub));
        return r;
    }

    /** The workspace globs the tree declares (package.json workspaces, pnpm-workspace.yaml packages), and their negations. */
    /** The workspace globs the tree declares (package.json workspaces, pnpm-workspace.yaml packages), and their negations. */
    private final List<Pattern> globs = new ArrayList<>();
    private final List<Pattern> negated = new ArrayList<>();
    /** Folders that declare workspaces (their own folder is a package of the workspace). */
    private final Set<String> workspaceRoots = new TreeSet<>();

    @Override
    public Boolean workspacePackage(String dir) {
        if (workspaceRoots.isEmpty()) return null;
        if (workspaceRoots.contains(dir)) return true;
        return declaredPackage(dir, globs, negated);
    }

    /**
     * Package name → folder for every package.json in the tree. When a name occurs more than once,
     * a package under the declared workspace globs (package.json {@code workspaces},
     * pnpm-workspace.yaml {@code packages}) wins, then the shortest path.
     */
    private void indexPackages() {
        for (Map.Entry<String, String> e : texts.entrySet()) {
            String p = e.getKey();
            String name = p.substring(p.lastIndexOf('/') + 1);
            String base = parent(p);
            List<String> declared = new ArrayList<>();
            if (name.endsWith(".json")) json(p); // read every config once, so problems() does not depend on lookup order
            if (name.equals("package.json")) {
                JsonNode pj = json(p);
                if (pj == null) continue;
                JsonNode ws = pj.get("workspaces");
                if (ws != null && ws.isObject()) ws = ws.get("packages");
                if (ws != null && ws.isArray()) ws.forEach(n -> {
                    if (n.isTextual()) declared.add(n.asText());
                });
            } else if (name.equals("pnpm-workspace.yaml") || name.equals("pnpm-workspace.yml")) {
                try {
                    JsonNode y = Yaml.YAML.readTree(e.getValue());
                    if (y != null && y.path("packages").isArray()) y.get("packages").forEach(n -> {
                        if (n.isTextual()) declared.add(n.asText());
                    });
                } catch (Exception ex) {
                    problems.putIfAbsent(p, ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage().lines().findFirst().orElse(""));
                }
            }
            if (!declared.isEmpty()) workspaceRoots.add(base);
            for (String g : declared) {
                boolean neg = g.startsWith("!");
                String s = neg ? g.substring(1) : g;
                if (s.startsWith("./")) s = s.substring(2);
                while (s.endsWith("/")) s = s.substring(0, s.length() - 1);
                Pattern pat = glob(base.isEmpty() ? s : base + "/" + s);
                (neg ? negated : globs).add(pat);
            }
        }
        Map<String, List<String>> byName = new TreeMap<>();
        for (String p : texts.keySet()) {
            if (!p.equals("package.json") && !p.endsWith("/package.json")) continue;
            JsonNode pj = json(p);
            if (pj == null || !pj.path("name").isTextual() || pj.get("name").asText().isBlank()) continue;
            byName.computeIfAbsent(pj.get("name").asText(), k -> new ArrayList<>()).add(parent(p));
        }
        for (Map.Entry<String, List<String>> e : byName.entrySet()) {
            List<String> dirs = new ArrayList<>(e.getValue());
            dirs.sort(Comparator.comparing((String d) -> !declaredPackage(d, globs, negated)).thenComparingInt(String::length)
                    .thenComparing(Comparator.naturalOrder()));
            packagesByName.put(e.getKey(), dirs.get(0));
        }
    }

    private static boolean declaredPackage(String dir, List<Pattern> globs, List<Pattern> negated) {
        for (Pattern n : negated) if (n.matcher(dir).matches()) return false;
        for (Pattern g : globs) if (g.matcher(dir).matches()) return true;
        return false;
    }

    /** A workspace glob: {@code **} any number of folders, {@code *} within one. */
    static Pattern glob(String g) {
        return Globs.glob(g);
    }

    // ------------------------------------------------------------------ paths

    static String parent(String p) {
        int i = p.lastIndexOf('/');
        return i < 0 ? "" : p.substring(0, i);
    }

    /** {@code dir/rel} normalised, root-relative; null when it climbs above the root. */
    static String join(String dir, String rel) {
        if (rel == null) return null;
        return Globs.normalize(dir == null || dir.isEmpty() ? rel : dir + "/" + rel);
    }
}
