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
 * A {@code builds} list turns the zero-config detection off: Vercel builds and deploys what the list names (and what
 * their imports reach), nothing else ({@link #notBuilt}).
 */
public final class VercelFunctions {
    private final Set<String> functions = new TreeSet<>();
    private final Project project;

    // (a build's own "config": { .. } object is one level of braces inside it)
    private static final String IN = "[^{}]*(?:\\{[^{}]*}[^{}]*)*?";
    private static final Pattern BUILD = Pattern.compile("\\{" + IN + "\"src\"\\s*:\\s*\"([^\"]+)\"" + IN + "\"use\"\\s*:\\s*\"@vercel/node\"" + IN + "}"
            + "|\\{" + IN + "\"use\"\\s*:\\s*\"@vercel/node\"" + IN + "\"src\"\\s*:\\s*\"([^\"]+)\"" + IN + "}");
    private static final Pattern SCRIPT = Pattern.compile("(?i).*\\.(?:[cm]?[jt]s)$");
    /** A file or folder of api/ whose name starts with an underscore or a dot: Vercel makes no function of it (a helper). */
    private static final Pattern PRIVATE = Pattern.compile("(^|/)[_.]");

    private VercelFunctions(Project p) {
        this.project = p;
        if (p.root() == null) return;
        List<String> configs = p.diskListing().list(dev.backcheck.workspace.DiskListing.Region.VERCEL, Long.MAX_VALUE, Integer.MAX_VALUE,
                rel -> dev.backcheck.workspace.DiskListing.name(rel).equals("vercel.json")).paths();
        for (String rel : configs) {
            String text = SourceLines.text(p, rel, 200_000);
            if (text == null) continue;
            String dir = rel.contains("/") ? rel.substring(0, rel.lastIndexOf('/') + 1) : "";
            Matcher m = BUILD.matcher(text);
            List<java.util.function.Predicate<String>> globs = new ArrayList<>();
            while (m.find()) {
                String src = m.group(1) != null ? m.group(1) : m.group(2);
                if (src.contains("*")) {
                    // "api/**/*.js": every file the glob matches is a function
                    org.eclipse.jgit.ignore.IgnoreNode g = new org.eclipse.jgit.ignore.IgnoreNode();
                    try {
                        g.parse(new java.io.ByteArrayInputStream(("/" + src.replaceFirst("^\\./", "")).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                        globs.add(rel2 -> g.isIgnored(rel2, false) == org.eclipse.jgit.ignore.IgnoreNode.MatchResult.IGNORED);
                    } catch (java.io.IOException e) {
                        // an unreadable glob names nothing
                    }
                    continue;
                }
                String file = dev.backcheck.workspace.Globs.normalize(dir + src.replaceFirst("^\\./", ""));
                if (file != null && p.files().containsKey(file)) functions.add(file);
            }
            if (BUILDS.matcher(text).find()) {
                // a "builds" list turns the zero-config functions off: only what it names is built and deployed (an api/
                // folder beside a builds list naming src/server.js is never deployed)
                builds.add(dir);
                for (String f : p.files().keySet()) {
                    if (!f.startsWith(dir) || !SCRIPT.matcher(f).matches() || p.isTestPath(f)) continue;
                    String rel2 = f.substring(dir.length());
                    for (java.util.function.Predicate<String> g : globs) if (g.test(rel2)) functions.add(f);
                }
                continue;
            }
            for (String f : p.files().keySet()) {
                if (f.startsWith(dir + "api/") && SCRIPT.matcher(f).matches() && !p.isTestPath(f)
                        && !PRIVATE.matcher(f.substring(dir.length() + 4)).find()) functions.add(f);
            }
        }
    }

    public static VercelFunctions of(Project p) {
        return p.derived(VercelFunctions.class, VercelFunctions::new);
    }

    /** A "builds" list in a vercel.json: the legacy build configuration, no zero-config functions beside it. */
    private static final Pattern BUILDS = Pattern.compile("\"builds\"\\s*:\\s*\\[");
    /** The folders ("" or ending in '/') of the vercel.json files with a "builds" list. */
    private final Set<String> builds = new TreeSet<>();

    /**
     * True when {@code path} sits below a vercel.json whose "builds" list leaves it out: an {@code api/} file there is no
     * function (Vercel deploys only what the list names), whatever the folder's name says.
     */
    public boolean notBuilt(String path) {
        if (path == null || functions.contains(path)) return false;
        for (String d : builds) if (path.startsWith(d)) return true;
        return false;
    }

    /** The function files, in path order: each is an entry the platform runs on a request. */
    public Set<String> functions() {
        return java.util.Collections.unmodifiableSet(functions);
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
