package dev.backcheck.workspace;

import dev.backcheck.findings.Level;
import dev.backcheck.findings.Notification;
import org.eclipse.jgit.ignore.IgnoreNode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.*;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.*;

/**
 * Finds the files of a scan: walks the root without following symlinks out of it, honours
 * {@code .gitignore} files at every level (JGit's matcher, full gitignore semantics) except for files the git index
 * tracks ({@link GitWorkTree}: git keeps them whatever a later rule says), the default
 * excludes and {@code --exclude} globs (gitignore syntax), and the size cap. What it skips for a
 * reason the user may not expect becomes a {@link Notification}; it never throws on a bad tree.
 */
public final class Workspace {
    /**
     * Dependencies, build output and caches: never the project's own source. The dot-folders are what JavaScript
     * frameworks and platforms write when they build (Next.js .next, Nuxt .nuxt/.output, SvelteKit, Vercel, Netlify,
     * Serverless, Turborepo, Angular, Expo, Docusaurus, Parcel): a committed .next held bundled vendor chunks of
     * hundreds of kilobytes that are not server code (s26 fansupport). .history is the store of the editor's local-history
     * extension (VS Code Local History: a timestamped snapshot of each file at each save, .history/backend/server_20250907153753.js),
     * never run: s27 hustlex committed nine snapshots of its server and their routes.
     */
    public static final List<String> DEFAULT_EXCLUDES = List.of(
            "node_modules/", "dist/", "build/", "coverage/", ".git/", "*.min.js", "*.d.ts", "target/", ".gradle/",
            ".next/", ".nuxt/", ".output/", ".svelte-kit/", ".vercel/", ".netlify/", ".serverless/", ".turbo/", ".angular/",
            ".expo/", ".docusaurus/", ".parcel-cache/", ".history/");

    private final Path root;
    private final Path realRoot;
    private final IgnoreNode excludes;
    private final long maxFileSize;
    private final List<SourceFile> files = new ArrayList<>();
    private final List<Notification> notifications = new ArrayList<>();

    private Workspace(Path root, List<String> excludeGlobs, long maxFileSize) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.realRoot = this.root.toRealPath();
        this.rootText = this.root.toString();
        this.maxFileSize = maxFileSize;
        List<String> rules = new ArrayList<>(DEFAULT_EXCLUDES);
        rules.addAll(excludeGlobs);
        this.excludes = new IgnoreNode();
        this.excludes.parse(new java.io.ByteArrayInputStream(String.join("\n", rules).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        this.userExcludes = new IgnoreNode();
        this.userExcludes.parse(new java.io.ByteArrayInputStream(String.join("\n", excludeGlobs).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private final IgnoreNode userExcludes;

    /** "main": "dist/index.ts": a package whose entry is TypeScript source kept under dist/ (generated, then committed). */
    private static final java.util.regex.Pattern SOURCE_DIST = java.util.regex.Pattern.compile(
            "\"(?:main|module|types|\\.|import|default)\"\\s*:\\s*\"(?:\\./)?dist/[^\"]*(?<!\\.d)\\.[cm]?tsx?\"");

    /**
     * A dist/ folder whose package.json names TypeScript source in it as the package's entry (a workspace package of
     * generated schemas that other packages import, committed): it is source, not build output, whatever the default
     * excludes or a .gitignore say of dist/; only the user's --exclude / exclude: keeps it out.
     */
    private boolean sourceDist(Path dir, String rel) {
        if (!dir.getFileName().toString().equals("dist") || userExcludes.isIgnored(rel, true) == IgnoreNode.MatchResult.IGNORED) return false;
        Path pj = dir.getParent() == null ? null : dir.getParent().resolve("package.json");
        if (pj == null || !Files.isRegularFile(pj, LinkOption.NOFOLLOW_LINKS)) return false;
        try {
            if (Files.size(pj) > 1_000_000) return false;
            return SOURCE_DIST.matcher(Files.readString(pj, java.nio.charset.StandardCharsets.UTF_8)).find();
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Walks {@code root}. Throws only when the root itself is not a readable directory. */
    public static Workspace scan(Path root, List<String> excludeGlobs, long maxFileSize) throws IOException {
        if (!Files.isDirectory(root)) throw new NoSuchFileException(root.toString(), null, "not a directory");
        Workspace w = new Workspace(root, excludeGlobs, maxFileSize);
        GitWorkTree git = GitWorkTree.find(w.root);
        if (git != null) w.tracked(git.trackedUnderRoot());
        w.inWorkTree = git != null;
        w.walk();
        w.entryScripts();
        Collections.sort(w.files);
        w.notifications.sort(Notification.ORDER);
        return w;
    }

    public Path root() {
        return root;
    }

    /** All selected files, sorted by path (sources, package.json, markdown, config...). */
    public List<SourceFile> files() {
        return Collections.unmodifiableList(files);
    }

    /**
     * JavaScript files without an extension that run as code: the ones a package.json names ({@code main}, {@code bin},
     * a script such as {@code node ./bin/www}, Express generator's entry) and the ones starting with a node shebang
     * ({@code #!/usr/bin/env node}). Other extension-less files are never read as code.
     */
    public Set<String> scripts() {
        return Collections.unmodifiableSet(scripts);
    }

    private final Set<String> scripts = new TreeSet<>();
    /** Extension-less regular files met on the walk (a bounded number): candidates for {@link #scripts()}. */
    private final Map<String, SourceFile> extensionless = new TreeMap<>();
    private static final int MAX_EXTENSIONLESS = 5000;

    private void entryScripts() {
        Set<String> named = new HashSet<>();
        for (SourceFile f : files) {
            if (!f.path().equals("package.json") && !f.path().endsWith("/package.json")) continue;
            String dir = f.path().contains("/") ? f.path().substring(0, f.path().lastIndexOf('/') + 1) : "";
            String text;
            try {
                TextReader.Result r = TextReader.decode(Files.readAllBytes(f.file()));
                text = r.text();
            } catch (IOException | RuntimeException e) {
                continue;
            }
            if (text == null) continue;
            for (String w : PackageJson.entryWords(text)) {
                String n = Globs.normalize(dir + w.replace('\\', '/'));
                if (n != null) named.add(n);
            }
        }
        for (SourceFile f : extensionless.values()) {
            String first = firstLine(f.file());
            boolean nodeShebang = first != null && first.startsWith("#!") && first.matches("#!.*\\bnode\\b.*");
            boolean otherShebang = first != null && first.startsWith("#!") && !nodeShebang;
            if (nodeShebang || named.contains(f.path()) && !otherShebang) {
                scripts.add(f.path());
                files.add(f);
            }
        }
    }


    /** The first line of a file (at most 200 bytes read), or null when it cannot be read. */
    private static String firstLine(Path file) {
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            byte[] b = in.readNBytes(200);
            String t = new String(b, java.nio.charset.StandardCharsets.UTF_8);
            int nl = t.indexOf('\n');
            return (nl < 0 ? t : t.substring(0, nl)).strip();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    public List<Notification> notifications() {
        return Collections.unmodifiableList(notifications);
    }

    public String relative(Path p) {
        // the walk asks this of every file and directory: a path under the root as written (no "." or ".." among the
        // names after it) is the text after the root's, which is what relativize answers, without its name-by-name work
        String r = rootText, s = p.toString();
        if (s.length() > r.length() && s.startsWith(r) && (r.endsWith("/") || s.charAt(r.length()) == '/')) {
            String rest = s.substring(r.endsWith("/") ? r.length() : r.length() + 1);
            if (plainNames(rest)) return rest.replace('\\', '/');
        }
        return root.relativize(p).toString().replace('\\', '/');
    }

    private final String rootText;

    /** True when no '/'-separated name of {@code rest} is empty, "." or "..". */
    public static boolean plainNames(String rest) {
        int start = 0;
        while (true) {
            int end = rest.indexOf('/', start);
            int stop = end < 0 ? rest.length() : end;
            int len = stop - start;
            if (len == 0 || len <= 2 && rest.charAt(start) == '.' && (len == 1 || rest.charAt(start + 1) == '.')) return false;
            if (end < 0) return true;
            start = end + 1;
        }
    }

    private record Ignore(String dir, IgnoreNode node) { }

    /** Files the git index tracks under the root, and every folder holding one; empty outside a work tree. */
    private final Set<String> trackedFiles = new HashSet<>();
    private final Set<String> trackedDirs = new HashSet<>();

    private void tracked(Set<String> files) {
        trackedFiles.addAll(files);
        for (String f : files) {
            for (int i = f.lastIndexOf('/'); i > 0; i = f.lastIndexOf('/', i - 1)) {
                if (!trackedDirs.add(f.substring(0, i))) break;
            }
        }
    }

    private void walk() throws IOException {
        Deque<Ignore> ignores = new ArrayDeque<>();
        Files.walkFileTree(root, EnumSet.noneOf(FileVisitOption.class), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                String rel = dir.equals(root) ? "" : relative(dir);
                if (!rel.isEmpty() && ignored(ignores, rel, true) && !sourceDist(dir, rel)) return FileVisitResult.SKIP_SUBTREE;
                Path gi = dir.resolve(".gitignore");
                if (Files.isRegularFile(gi, LinkOption.NOFOLLOW_LINKS)) {
                    IgnoreNode node = new IgnoreNode();
                    try (InputStream in = Files.newInputStream(gi)) {
                        node.parse(in);
                        ignores.push(new Ignore(rel, node));
                    } catch (IOException | RuntimeException e) {
                        notifications.add(Notification.file(Level.WARNING, "unreadable-gitignore", relative(gi),
                                "could not read .gitignore (" + e.getMessage() + "); its rules are not applied"));
                        ignores.push(new Ignore(rel, new IgnoreNode()));
                    }
                } else {
                    ignores.push(new Ignore(rel, null));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) {
                if (!ignores.isEmpty()) ignores.pop();
                if (exc != null) {
                    notifications.add(Notification.file(Level.WARNING, "unreadable-directory", relative(dir),
                            "directory could not be fully read: " + exc.getMessage()));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String rel = relative(file);
                if (ignored(ignores, rel, false)) return FileVisitResult.CONTINUE;
                if (attrs.isSymbolicLink()) {
                    symlink(file, rel);
                    return FileVisitResult.CONTINUE;
                }
                if (!attrs.isRegularFile()) {
                    // a FIFO or device named like a source would block or never end a read
                    if (!attrs.isDirectory() && interesting(rel)) {
                        notifications.add(Notification.file(Level.NOTE, "not-a-regular-file", rel,
                                "not a regular file (pipe, socket or device); skipped"));
                    }
                    return FileVisitResult.CONTINUE;
                }
                add(file, rel, attrs.size());
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) {
                notifications.add(Notification.file(Level.WARNING, "unreadable-file", relative(file),
                        "file could not be read: " + exc.getClass().getSimpleName() + " " + exc.getMessage()));
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private void symlink(Path file, String rel) {
        try {
            Path target = file.toRealPath();
            if (!target.startsWith(realRoot)) {
                notifications.add(Notification.file(Level.NOTE, "symlink-outside-root", rel,
                        "symbolic link points outside the scanned directory; not followed"));
                return;
            }
            if (Files.isDirectory(target)) {
                notifications.add(Notification.file(Level.NOTE, "symlink-directory", rel,
                        "symbolic link to a directory; not followed (its target is scanned where it lives)"));
                return;
            }
            // read through the resolved target, so the read itself never follows a link
            if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) add(target, rel, Files.size(target));
            else if (interesting(rel)) {
                notifications.add(Notification.file(Level.NOTE, "not-a-regular-file", rel,
                        "symbolic link to something that is not a regular file; not followed"));
            }
        } catch (IOException e) {
            notifications.add(Notification.file(Level.NOTE, "broken-symlink", rel,
                    "symbolic link cannot be resolved (" + e.getClass().getSimpleName() + "); not followed"));
        }
    }

    /** npm, pnpm and yarn lockfiles: the versions installed (framework models read library versions there). */
    static boolean isLockfile(String lowerName) {
        return lowerName.equals("package-lock.json") || lowerName.equals("npm-shrinkwrap.json")
                || lowerName.equals("pnpm-lock.yaml") || lowerName.equals("yarn.lock");
    }

    private void add(Path file, String rel, long size) {
        if (otherLanguage(rel) && size <= maxFileSize && otherLanguage.size() < MAX_OTHER_LANGUAGE) {
            otherLanguage.put(rel, new SourceFile(rel, file, size));
        }
        if (!interesting(rel)) {
            String name = rel.substring(rel.lastIndexOf('/') + 1);
            if (!name.contains(".") && size > 0 && size <= maxFileSize && extensionless.size() < MAX_EXTENSIONLESS) {
                extensionless.put(rel, new SourceFile(rel, file, size));
            }
            return;
        }
        // a lockfile is optional metadata: one over the size cap is left out without a warning
        if (size > maxFileSize && isLockfile(rel.substring(rel.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT))) return;
        // a YAML/JSON file read only to look for an OpenAPI document: over the cap it is left out silently too
        if (size > maxFileSize && openApiOnly(rel)) return;
        if (size > maxFileSize) {
            notifications.add(Notification.file(Level.WARNING, "file-too-large", rel,
                    "file is " + size + " bytes, over the " + maxFileSize + "-byte limit (--max-file-size); skipped"));
            return;
        }
        files.add(new SourceFile(rel, file, size));
    }

    /**
     * Build files of languages the model does not read (a folder holding one is a service in that language): Python,
     * Go, Ruby, Rust, PHP, Elixir.
     */
    public static final List<String> OTHER_LANGUAGE_BUILD_FILES = List.of("requirements.txt", "pyproject.toml", "Pipfile", "setup.py",
            "go.mod", "Gemfile", "Cargo.toml", "composer.json", "mix.exs");

    /** Files of a language the model does not read that a stage still asks about: Python sources and the build files above. */
    static boolean otherLanguage(String rel) {
        String name = rel.substring(rel.lastIndexOf('/') + 1);
        return name.endsWith(".py") || OTHER_LANGUAGE_BUILD_FILES.contains(name);
    }

    private static final int MAX_OTHER_LANGUAGE = 5000;
    private final SortedMap<String, SourceFile> otherLanguage = new TreeMap<>();

    /**
     * The files of languages the model does not read ({@link #otherLanguage}), by path, found by the same walk as
     * {@link #files()} (the .gitignore files, default excludes, --exclude globs and size cap apply); at most 5000.
     * They are not read here: a stage that needs one reads it.
     */
    public SortedMap<String, SourceFile> otherLanguageFiles() {
        return Collections.unmodifiableSortedMap(otherLanguage);
    }

    /** Files some stage reads: sources, manifests, markdown, env and config files. */
    static boolean interesting(String rel) {
        String name = rel.substring(rel.lastIndexOf('/') + 1);
        String lower = name.toLowerCase(Locale.ROOT);
        if (dev.backcheck.lang.FrontEnds.isSource(name)) return true;
        if (lower.endsWith(".d.ts") || lower.endsWith(".min.js")) return false;
        if (moduleConfig(rel)) return true;
        if (template(rel)) return true;
        if (openApiOnly(rel)) return true;
        return Manifest.isManifest(lower) || isLockfile(lower) || lower.endsWith(".md") || lower.endsWith(".markdown")
                || lower.startsWith(".env") || lower.equals(".nvmrc") || lower.equals("dockerfile")
                || lower.endsWith(".prisma") || lower.endsWith(".graphql") || lower.endsWith(".gql") || lower.endsWith(".graphqls") || lower.endsWith(".sql") || lower.equals("tsconfig.json") || lower.equals("tsoa.json")
                || lower.equals(".backcheck.yml") || lower.equals(".backcheck.yaml")
                || lower.equals("web.xml") || lower.equals("settings.gradle") || lower.equals("settings.gradle.kts")
                // MyBatis mapper XML (its ${...} splices text into SQL: injection/sql-raw-query)
                || lower.endsWith(".xml") && (lower.contains("mapper") || rel.toLowerCase(Locale.ROOT).contains("/mapper"))
                || (lower.startsWith("application") || lower.startsWith("bootstrap")) && (lower.endsWith(".properties") || lower.endsWith(".yml") || lower.endsWith(".yaml"));
    }

    /** YAML/JSON files read only for {@link dev.backcheck.concepts.OpenApiSpecs} (not already read for another reason). */
    private static boolean openApiOnly(String rel) {
        String lower = rel.toLowerCase(Locale.ROOT);
        String name = lower.substring(lower.lastIndexOf('/') + 1);
        if (isLockfile(name) || moduleConfig(rel) || name.startsWith("application") || name.startsWith(".backcheck")) return false;
        return dev.backcheck.concepts.OpenApiSpecs.candidateName(rel);
    }

    /**
     * Server-side view templates, read as text (never parsed as code) for the template sinks of
     * injection/xss: EJS, Pug/Jade, Handlebars, Nunjucks, and {@code .html} views inside a folder named
     * {@code views} or {@code templates} (nunjucks and {@code app.engine('html', ...)} setups).
     */
    public static boolean template(String rel) {
        String lower = rel.toLowerCase(Locale.ROOT);
        String name = lower.substring(lower.lastIndexOf('/') + 1);
        if (name.endsWith(".ejs") || name.endsWith(".pug") || name.endsWith(".jade") || name.endsWith(".hbs")
                || name.endsWith(".handlebars") || name.endsWith(".njk") || name.endsWith(".nunjucks")) return true;
        return name.endsWith(".html") && (lower.startsWith("views/") || lower.contains("/views/")
                || lower.startsWith("templates/") || lower.contains("/templates/"));
    }

    /**
     * Files module resolution reads ({@link TsModuleResolver}): tsconfig*.json and jsconfig*.json,
     * pnpm-workspace.yaml, and the JSON files of a shared tsconfig package (a folder named like
     * {@code tsconfig} or {@code typescript-config}, which {@code extends} names by package).
     */
    public static boolean moduleConfig(String rel) {
        String lower = rel.toLowerCase(Locale.ROOT);
        String name = lower.substring(lower.lastIndexOf('/') + 1);
        if (name.equals("pnpm-workspace.yaml") || name.equals("pnpm-workspace.yml")) return true;
        if (!name.endsWith(".json")) return false;
        if (name.startsWith("tsconfig") || name.startsWith("jsconfig")) return true;
        int slash = lower.lastIndexOf('/');
        String dir = slash < 0 ? "" : lower.substring(lower.lastIndexOf('/', slash - 1) + 1, slash);
        return dir.contains("tsconfig") || dir.contains("typescript-config");
    }

    private boolean ignored(Deque<Ignore> ignores, String rel, boolean dir) {
        IgnoreNode.MatchResult r = excludes.isIgnored(rel, dir);
        if (r == IgnoreNode.MatchResult.IGNORED) return true;
        // git keeps a tracked file whatever a .gitignore says (a config committed before the rule that ignores it, or
        // added with -f): the default excludes and --exclude still apply, the .gitignore files do not. A folder the
        // .gitignore files ignore is walked only for its tracked files: nothing else under it is git's.
        boolean tracked = dir ? trackedDirs.contains(rel) : trackedFiles.contains(rel);
        if (!keptIgnored.isEmpty() && underKept(rel)) {
            if (tracked && dir) keptIgnored.add(rel);
            return !tracked;
        }
        if (!gitignored(ignores, rel, dir)) return false;
        if (tracked && dir) keptIgnored.add(rel);
        // (a build manifest likewise: backend/pom.xml committed beside a blanket *.xml rule meant for test reports is the
        // module's build; without it the module's Spring Boot version, dependencies and root are unknown)
        if (!dir && !inWorkTree && (springResourceConfig(rel) || Manifest.isManifest(rel)) && !namedBy(ignores, rel)) return false;
        return !tracked;
    }

    /** True when the scan root lies in a git work tree (its index then says what git keeps). */
    private boolean inWorkTree;

    /**
     * A Spring Boot configuration file on the application's classpath ({@code src/main/resources/application*.yml|yaml|properties},
     * {@code bootstrap*}): the build packs it into the jar and the app reads it whatever git says. In a tree with no git
     * index to ask (an archive of a repository, which holds only what git tracked), one that a .gitignore ignores only
     * through a blanket pattern ({@code *.yaml}) was committed with {@code -f} and is read; one that a pattern naming the
     * file itself ignores ({@code application-local.yml}) is a local file the team keeps out of git, and stays unread.
     */
    private static boolean springResourceConfig(String rel) {
        int slash = rel.lastIndexOf('/');
        if (slash < 0 || !(rel.substring(0, slash + 1).endsWith("src/main/resources/"))) return false;
        return dev.backcheck.concepts.SpringConfig.isConfigFile(rel);
    }

    /** True when a .gitignore rule ignoring {@code rel} (a file) spells its name: no glob character in its last segment. */
    private static boolean namedBy(Deque<Ignore> ignores, String rel) {
        for (Ignore ig : ignores) {
            if (ig.node == null) continue;
            String sub = ig.dir.isEmpty() ? rel : rel.startsWith(ig.dir + "/") ? rel.substring(ig.dir.length() + 1) : null;
            if (sub == null) continue;
            for (org.eclipse.jgit.ignore.FastIgnoreRule r : ig.node.getRules()) {
                if (!r.getResult() || !r.isMatch(sub, false, true)) continue;
                String pattern = r.toString();
                String last = pattern.substring(pattern.lastIndexOf('/') + 1);
                if (last.chars().noneMatch(c -> c == '*' || c == '?' || c == '[')) return true;
            }
        }
        return false;
    }

    /** Folders a .gitignore ignores that the walk enters only for the tracked files under them. */
    private final Set<String> keptIgnored = new HashSet<>();

    private boolean underKept(String rel) {
        for (int i = rel.lastIndexOf('/'); i > 0; i = rel.lastIndexOf('/', i - 1)) {
            if (keptIgnored.contains(rel.substring(0, i))) return true;
        }
        return false;
    }

    private static boolean gitignored(Deque<Ignore> ignores, String rel, boolean dir) {
        // also match excludes against the file name at any depth, like .gitignore patterns without '/'
        // (IgnoreNode already does this for patterns without a slash)
        for (Ignore ig : ignores) { // innermost first
            if (ig.node == null) continue;
            String sub = ig.dir.isEmpty() ? rel : rel.startsWith(ig.dir + "/") ? rel.substring(ig.dir.length() + 1) : null;
            if (sub == null) continue;
            IgnoreNode.MatchResult m = ig.node.isIgnored(sub, dir);
            if (m == IgnoreNode.MatchResult.IGNORED) return true;
            if (m == IgnoreNode.MatchResult.NOT_IGNORED) return false;
        }
        return false;
    }
}
