package dev.backcheck.concepts;

import dev.backcheck.model.Project;

import java.util.*;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Vercel serverless functions: a {@code vercel.json} whose {@code builds} run a file with {@code @vercel/node}
 * ({@code { "src": "api/index.ts", "use": "@vercel/node" }}), and the files of the {@code api/} folder beside a
 * {@code vercel.json} (Vercel's zero-config functions). Each request runs the function on Vercel's platform, behind its
 * edge network, which compresses responses; an app such a function imports and hands the request to is served there.
 * A {@code vercel.json} that lists {@code builds} turns the zero-config detection off: Vercel builds what the builds
 * name and nothing else, so the {@code api/} files beside it that no build names are not deployed (s27 freelance: builds
 * only src/server.js and routes every path to it; its api/ copies of the routes never run).
 */
public final class VercelFunctions {
    private final Set<String> functions = new TreeSet<>();
    /** The folders (with their trailing slash; "" for the root) of the vercel.json files that list builds. */
    private final Set<String> buildsListed = new TreeSet<>();
    private final Project project;

    private static final Pattern BUILDS = Pattern.compile("\"builds\"\\s*:\\s*\\[");
    /** The src of any build (whatever its builder: @vercel/node, @vercel/static-build ...). */
    private static final Pattern ANY_SRC = Pattern.compile("\"src\"\\s*:\\s*\"([^\"]+)\"");

    private static final Pattern BUILD = Pattern.compile("\\{[^{}]*\"src\"\\s*:\\s*\"([^\"]+)\"[^{}]*\"use\"\\s*:\\s*\"@vercel/node\"[^{}]*}"
            + "|\\{[^{}]*\"use\"\\s*:\\s*\"@vercel/node\"[^{}]*\"src\"\\s*:\\s*\"([^\"]+)\"[^{}]*}");
    private static final Pattern SCRIPT = Pattern.compile("(?i).*\\.(?:[cm]?[jt]s)$");

    private VercelFunctions(Project p) {
        this.project = p;
        if (p.root() == null) return;
        List<String> configs = dev.backcheck.workspace.DiskListing.list(p.root(), 5, Set.of("node_modules", ".git"), Long.MAX_VALUE, Integer.MAX_VALUE,
                rel -> dev.backcheck.workspace.DiskListing.name(rel).equals("vercel.json")).paths();
        for (String rel : configs) {
            String text = SourceLines.text(p, rel, 200_000);
            if (text == null) continue;
            String dir = rel.contains("/") ? rel.substring(0, rel.lastIndexOf('/') + 1) : "";
            Matcher m = BUILD.matcher(text);
            while (m.find()) {
                String src = m.group(1) != null ? m.group(1) : m.group(2);
                if (src.contains("*")) {
                    // "api/**/*.js": every file the glob matches is a function
                    Pattern g = dev.backcheck.workspace.Globs.glob(src.replaceFirst("^\\./", ""));
                    for (String f : p.files().keySet()) {
                        if (f.startsWith(dir) && SCRIPT.matcher(f).matches() && !p.isTestPath(f) && g.matcher(f.substring(dir.length())).matches()) functions.add(f);
                    }
                    continue;
                }
                String file = dev.backcheck.workspace.Globs.normalize(dir + src.replaceFirst("^\\./", ""));
                if (file != null && p.files().containsKey(file)) functions.add(file);
            }
            if (BUILDS.matcher(text).find() && ANY_SRC.matcher(text).find()) {
                buildsListed.add(dir);
                continue;
            }
            for (String f : p.files().keySet()) {
                if (f.startsWith(dir + "api/") && SCRIPT.matcher(f).matches() && !p.isTestPath(f)) functions.add(f);
            }
        }
    }

    public static VercelFunctions of(Project p) {
        return p.derived(VercelFunctions.class, VercelFunctions::new);
    }

    /**
     * True for a file of an {@code api/} folder beside a vercel.json that lists builds none of which names the file:
     * Vercel does not deploy it (the zero-config functions are off), whatever the folder's name suggests.
     */
    public boolean leftOutByBuilds(String path) {
        if (path == null || buildsListed.isEmpty() || functions.contains(path)) return false;
        for (String dir : buildsListed) if (path.startsWith(dir + "api/")) return true;
        return false;
    }

    /** True when a Vercel function file is {@code path} or imports it (three imports deep). */
    public boolean serves(String path) {
        if (functions.isEmpty() || path == null) return false;
        Map<String, List<String>> imports = ImportIndex.of(project).importsOf();
        for (String fn : functions) if (reaches(fn, path, imports, 0, new HashSet<>())) return true;
        return false;
    }

    private static boolean reaches(String from, String target, Map<String, List<String>> imports, int depth, Set<String> seen) {
        if (from.equals(target)) return true;
        if (depth > 3 || !seen.add(from)) return false;
        for (String t : imports.getOrDefault(from, List.of())) if (reaches(t, target, imports, depth + 1, seen)) return true;
        return false;
    }
}
