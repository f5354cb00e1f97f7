package dev.backcheck.frameworks.fastify;

import dev.backcheck.lang.facts.FileFacts;
import dev.backcheck.lang.facts.Val;
import dev.backcheck.lang.facts.Val.*;
import dev.backcheck.model.Project;
import dev.backcheck.workspace.PackageJson;

import java.util.*;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What {@code @fastify/autoload} loads from a directory, as its sources do it (read from npm: 4.0.1,
 * 5.10.0, 6.0.0 to 6.5.0; {@code fastify-autoload} 3.x is 4.x under its old name):
 * <ul>
 *   <li>the directory is walked in name order (libuv sorts {@code readdir}); a folder whose entries
 *       include an index file ({@code indexPattern}, default {@code index.(ts|js|cjs|mjs|cts|mts)})
 *       loads only that file, and still walks its sub-folders;</li>
 *   <li>other files load when {@code scriptPattern} matches (default: .js .cjs .mjs and .ts that is
 *       not .d.ts, plus .cts .mts from 5.x) and they are not {@code autoHooksPattern} files;
 *       {@code ignorePattern} skips entries by name (by path relative to {@code dir} from 6.4.0),
 *       {@code matchFilter} / {@code ignoreFilter} test {@code "/" + relative path};
 *       {@code maxDepth} stops the descent;</li>
 *   <li>folder names become the directory prefix ({@code dirNameRoutePrefix}, default true);
 *       a file's {@code autoPrefix} export replaces it (5.x: only when truthy; 6.5: appended with
 *       {@code appendAutoPrefix}), {@code prefixOverride} replaces the whole prefix; the result is
 *       appended to {@code options.prefix}; {@code routeParams} turns {@code /_id} into {@code /:id};</li>
 *   <li>{@code autoHooks}: an autohooks file applies (unencapsulated) to the plugins of its folder,
 *       which then load inside one encapsulated plugin (with the folder's common prefix from 6.4.0);
 *       {@code cascadeHooks} hands the hooks to sub-folders; {@code overwriteHooks} replaces them;</li>
 *   <li>{@code encapsulate: false} makes every loaded plugin skip encapsulation; the autoload plugin
 *       itself never encapsulates (its plugins register on the instance it is registered on);</li>
 *   <li>plugins named in another plugin's {@code fastify-plugin} {@code dependencies} load first.</li>
 * </ul>
 */
final class Autoload {
    static final Set<String> PACKAGES = Set.of("@fastify/autoload", "fastify-autoload");

    /** A resolved package version: major and minor (latest minor of the major when only a range is known). */
    record Version(int major, int minor) {
        boolean atLeast(int ma, int mi) {
            return major > ma || (major == ma && minor >= mi);
        }
    }

    /** One folder of the tree: its hook files and plugin files in registration order. */
    record Node(String dir, List<String> hooks, List<PluginFile> plugins) { }

    /** A plugin file with the directory prefix its folder gives it (null at the top). */
    record PluginFile(String path, String dirPrefix) { }

    /** The options that decide which files load and with which prefix. */
    static final class Options {
        String dir;
        Pattern scriptPattern;
        Pattern indexPattern;
        Pattern autoHooksPattern;
        Pattern ignorePattern;
        Predicate<String> matchFilter;
        Predicate<String> ignoreFilter;
        boolean dirNameRoutePrefix = true;
        boolean dirNamePrefixUnknown;
        boolean autoHooks;
        boolean cascadeHooks;
        boolean overwriteHooks;
        boolean encapsulate = true;
        boolean routeParams;
        boolean appendAutoPrefix;
        Integer maxDepth;
        boolean unknownFilter;
        final List<String> notModelled = new ArrayList<>();
    }

    private Autoload() { }

    static Pattern defaultScript(Version v) {
        return v.major() >= 5
                ? Pattern.compile("(?:(?:^.?|\\.[^d]|[^.]d|[^.][^d])\\.ts|\\.js|\\.cjs|\\.mjs|\\.cts|\\.mts)$", Pattern.CASE_INSENSITIVE)
                : Pattern.compile("((^.?|\\.[^d]|[^.]d|[^.][^d])\\.ts|\\.js|\\.cjs|\\.mjs)$", Pattern.CASE_INSENSITIVE);
    }

    static Pattern defaultIndex(Version v) {
        return v.major() >= 5
                ? Pattern.compile("^index(?:\\.ts|\\.js|\\.cjs|\\.mjs|\\.cts|\\.mts)$", Pattern.CASE_INSENSITIVE)
                : Pattern.compile("^index(\\.ts|\\.js|\\.cjs|\\.mjs)$", Pattern.CASE_INSENSITIVE);
    }

    static Pattern defaultHooks(Version v) {
        return v.major() >= 5
                ? Pattern.compile("^[_.]?auto_?hooks(?:\\.ts|\\.js|\\.cjs|\\.mjs|\\.cts|\\.mts)$", Pattern.CASE_INSENSITIVE)
                : Pattern.compile("^[_.]?auto_?hooks(\\.ts|\\.js|\\.cjs|\\.mjs)$", Pattern.CASE_INSENSITIVE);
    }

    /**
     * The autoload version the project installs: the lockfile's (package-lock.json, pnpm-lock.yaml,
     * yarn.lock) or else the newest release of the major version package.json asks for.
     */
    static Version version(Project project, String pkg) {
        String quoted = Pattern.quote(pkg);
        List<Pattern> locks = List.of(
                Pattern.compile("\"node_modules/" + quoted + "\"\\s*:\\s*\\{[^}]*?\"version\"\\s*:\\s*\"(\\d{1,6})\\.(\\d{1,6})"),
                Pattern.compile("['\"/]?" + quoted + "[@/](\\d{1,6})\\.(\\d{1,6})\\.\\d+"),
                Pattern.compile("\"?" + quoted + "@[^\\n]*\\n\\s+version:? \"?(\\d{1,6})\\.(\\d{1,6})"),
                // package-lock.json version 1: "dependencies": { "<pkg>": { "version": ... } }
                Pattern.compile("\"" + quoted + "\"\\s*:\\s*\\{\\s*\"version\"\\s*:\\s*\"(\\d{1,6})\\.(\\d{1,6})"));
        for (Map.Entry<String, String> e : project.texts().entrySet()) {
            String name = e.getKey().substring(e.getKey().lastIndexOf('/') + 1);
            if (!name.equals("package-lock.json") && !name.equals("pnpm-lock.yaml") && !name.equals("yarn.lock")
                    && !name.equals("npm-shrinkwrap.json")) continue;
            for (Pattern p : locks) {
                Matcher m = p.matcher(e.getValue());
                if (m.find()) return new Version(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            }
        }
        for (PackageJson m : dev.backcheck.workspace.PackageJson.of(project.manifests())) {
            dev.backcheck.workspace.Manifest.Dep d = m.dependencies().get(pkg);
            if (d == null || d.version() == null) continue;
            Matcher v = Pattern.compile("(\\d{1,6})(?:\\.(\\d{1,6}))?").matcher(d.version());
            if (v.find()) {
                int major = Integer.parseInt(v.group(1));
                boolean exact = d.version().matches("\\s*=?\\s*\\d+\\.\\d+\\.\\d+\\s*");
                boolean tilde = d.version().trim().startsWith("~");
                int minor = exact || tilde ? (v.group(2) == null ? 0 : Integer.parseInt(v.group(2))) : 99;
                return new Version(major, minor);
            }
        }
        return pkg.equals("fastify-autoload") ? new Version(3, 99) : new Version(6, 99);
    }

    /** Reads the options object of {@code register(autoload, {...})}; {@code dir} is resolved by the caller. */
    static Options options(Project project, Obj o, FileFacts f, Version v) {
        Options out = new Options();
        out.scriptPattern = defaultScript(v);
        out.indexPattern = defaultIndex(v);
        out.autoHooksPattern = defaultHooks(v);
        if (o == null) return out;
        out.scriptPattern = pattern(project, o, "scriptPattern", f, out.scriptPattern, out);
        out.indexPattern = pattern(project, o, "indexPattern", f, out.indexPattern, out);
        out.autoHooksPattern = pattern(project, o, "autoHooksPattern", f, out.autoHooksPattern, out);
        out.ignorePattern = pattern(project, o, "ignorePattern", f, null, out);
        if (v.major() >= 5) {
            out.matchFilter = filter(project, o, "matchFilter", f, out);
            out.ignoreFilter = filter(project, o, "ignoreFilter", f, out);
        }
        Val dnp = value(project, o, "dirNameRoutePrefix", f);
        if (dnp != null) {
            if (dnp instanceof Lit l && l.value() instanceof Boolean b) out.dirNameRoutePrefix = b;
            else if (dnp instanceof FnVal) {
                out.dirNameRoutePrefix = false;
                out.dirNamePrefixUnknown = true;
                out.notModelled.add("a dirNameRoutePrefix function (folder prefixes are unknown)");
            } else out.dirNameRoutePrefix = false; // any other value: autoload uses no folder name
        }
        out.autoHooks = isTrue(project, o, "autoHooks", f);
        out.cascadeHooks = isTrue(project, o, "cascadeHooks", f);
        out.overwriteHooks = isTrue(project, o, "overwriteHooks", f);
        out.routeParams = isTrue(project, o, "routeParams", f);
        out.appendAutoPrefix = v.atLeast(6, 5) && isTrue(project, o, "appendAutoPrefix", f);
        Val enc = value(project, o, "encapsulate", f);
        out.encapsulate = !(enc instanceof Lit l && Boolean.FALSE.equals(l.value()));
        Val md = value(project, o, "maxDepth", f);
        if (md instanceof Lit l && l.value() instanceof Number n) out.maxDepth = n.intValue();
        return out;
    }

    private static Val value(Project project, Obj o, String key, FileFacts f) {
        Val v = o.props().get(key);
        return v == null ? null : project.resolve(v, f).val();
    }

    private static boolean isTrue(Project project, Obj o, String key, FileFacts f) {
        Val v = value(project, o, key, f);
        return v instanceof Lit l && Boolean.TRUE.equals(l.value());
    }

    private static Pattern pattern(Project project, Obj o, String key, FileFacts f, Pattern dflt, Options out) {
        Val v = value(project, o, key, f);
        if (v == null) return dflt;
        String src;
        int flags = 0;
        if (v instanceof Regex r) {
            src = r.pattern();
            if (r.flags() != null && r.flags().contains("i")) flags |= Pattern.CASE_INSENSITIVE;
        } else {
            src = Val.constString(v);
        }
        if (src != null) {
            try {
                return Pattern.compile(src, flags);
            } catch (PatternSyntaxException e) {
                // a JavaScript-only construct: fall through to "not modelled"
            }
        }
        out.notModelled.add("the " + key + " option (not a constant regular expression)");
        return dflt;
    }

    private static Predicate<String> filter(Project project, Obj o, String key, FileFacts f, Options out) {
        Val v = value(project, o, key, f);
        if (v == null) return null;
        if (v instanceof Regex r) {
            try {
                Pattern p = Pattern.compile(r.pattern(), r.flags() != null && r.flags().contains("i") ? Pattern.CASE_INSENSITIVE : 0);
                return s -> p.matcher(s).find();
            } catch (PatternSyntaxException e) {
                out.notModelled.add("the " + key + " option (a regular expression Java cannot read)");
                return null;
            }
        }
        String s = Val.constString(v);
        if (s != null) return p -> p.contains(s);
        if (v instanceof FnVal fv) {
            Predicate<String> p = predicate(project, f, fv.fn());
            if (p != null) return p;
        }
        // an unknown filter could load any subset: load none rather than invent routes
        out.unknownFilter = true;
        out.notModelled.add("the " + key + " option (a function or value the model cannot evaluate; nothing loaded from this directory)");
        return null;
    }

    /**
     * A filter function simple enough to evaluate: one test of its path parameter,
     * {@code p => p.endsWith('.routes.ts')} ({@code startsWith}, {@code includes}) or {@code p => /x/.test(p)}; the
     * regular expression may be a constant holding one, or a choice between such ({@code (prod ? A : B).test(p)},
     * also through a local {@code const re = prod ? A : B}): autoload calls the function with the file's path
     * ({@code filterPath}), and a file the test accepts under either branch is one the app loads in some setting
     * (the source tree holds the files of both), so the union of the branches is taken.
     */
    private static Predicate<String> predicate(Project project, FileFacts f, dev.backcheck.lang.facts.Fn fn) {
        if (fn.params().isEmpty() || fn.returns().size() != 1 || fn.calls().size() != 1 || !fn.nested().isEmpty()) return null;
        Val r = fn.returns().get(0);
        if (!(r instanceof Call c) || c.args().size() != 1) return null;
        if (c.callee() instanceof Param p && p.index() == 0 && p.path().size() == 1) {
            String arg = Val.constString(c.args().get(0));
            if (arg == null) return null;
            return switch (p.path().get(0)) {
                case "endsWith" -> x -> x.endsWith(arg);
                case "startsWith" -> x -> x.startsWith(arg);
                case "includes" -> x -> x.contains(arg);
                default -> null;
            };
        }
        if (c.callee() instanceof Member m && m.prop().equals("test")
                && c.args().get(0) instanceof Param p && p.index() == 0 && p.path().isEmpty()) {
            List<Regex> rxs = new ArrayList<>();
            if (!regexes(project, f, m.object(), rxs, 0) || rxs.isEmpty()) return null;
            List<Pattern> pats = new ArrayList<>();
            for (Regex rx : rxs) {
                try {
                    pats.add(Pattern.compile(rx.pattern(), rx.flags() != null && rx.flags().contains("i") ? Pattern.CASE_INSENSITIVE : 0));
                } catch (PatternSyntaxException e) {
                    return null;
                }
            }
            return x -> pats.stream().anyMatch(pat -> pat.matcher(x).find());
        }
        return null;
    }

    /** Adds the regular expression literals {@code v} stands for (a literal, a constant, a choice of them); false when it may be anything else. */
    private static boolean regexes(Project project, FileFacts f, Val v, List<Regex> out, int depth) {
        if (v == null || depth > 6) return false;
        if (v instanceof Regex r) {
            out.add(r);
            return true;
        }
        if (v instanceof OneOf one) {
            for (Val o : one.options()) if (!regexes(project, f, o, out, depth + 1)) return false;
            return !one.options().isEmpty();
        }
        if (v instanceof Local || v instanceof Ref) {
            Val r;
            try {
                r = project.resolve(v, f).val();
            } catch (RuntimeException e) {
                return false;
            }
            return r != null && !r.equals(v) && regexes(project, f, r, out, depth + 1);
        }
        return false;
    }

    /** The folders under {@code dir}, each with its hooks and plugin files, in the order autoload registers them. */
    static List<Node> tree(Project project, Options o, Version v) {
        if (o.unknownFilter) return List.of();
        SortedMap<String, Node> nodes = new TreeMap<>();
        List<Node> order = new ArrayList<>();
        Listing listing = new Listing(project, o.dir);
        walk(listing, o, v, o.dir, null, 0, List.of(), nodes, order, 0);
        return order;
    }

    private static void walk(Listing listing, Options o, Version v, String dir, String prefix, int depth, List<String> hooksIn,
                             SortedMap<String, Node> nodes, List<Node> order, int guard) {
        if (guard > 32) return;
        // 5.x and earlier keep one node per prefix (folders without names share it); 6.x one per folder
        String key = v.major() >= 6 ? dir : (prefix == null ? "/" : prefix);
        Node node = nodes.get(key);
        if (node == null) {
            node = new Node(dir, new ArrayList<>(), new ArrayList<>());
            nodes.put(key, node);
            order.add(node);
        }
        SortedMap<String, Boolean> entries = listing.entries(dir);
        List<String> current = new ArrayList<>();
        if (o.autoHooks) {
            current.addAll(hooksIn);
            for (String name : entries.keySet()) {
                if (!o.autoHooksPattern.matcher(name).find()) continue;
                if (o.overwriteHooks && !current.isEmpty()) current.clear();
                current.add(dir + "/" + name);
                break;
            }
            node.hooks().clear();
            node.hooks().addAll(current);
        }
        String index = null;
        for (String name : entries.keySet()) {
            if (o.indexPattern.matcher(name).find()) {
                index = name;
                break;
            }
        }
        if (index != null) {
            accumulate(o, node, dir + "/" + index, prefix);
            if (!entries.containsValue(Boolean.TRUE)) return;
        }
        for (Map.Entry<String, Boolean> e : entries.entrySet()) {
            String name = e.getKey();
            String path = dir + "/" + name;
            if (o.ignorePattern != null) {
                String subject = v.atLeast(6, 4) ? path.substring(o.dir.length() + 1) : name;
                if (o.ignorePattern.matcher(subject).find()) continue;
            }
            boolean atMax = o.maxDepth != null && o.maxDepth <= depth;
            if (e.getValue() && !atMax) {
                String crumb = prefix != null ? prefix + "/" : "/";
                if (o.dirNameRoutePrefix) crumb += name;
                else if (o.dirNamePrefixUnknown) crumb += "{unknown}";
                walk(listing, o, v, path, crumb, depth + 1, o.autoHooks && o.cascadeHooks ? current : List.of(), nodes, order, guard + 1);
            } else if (index != null) {
                // an index file is present: the folder's other modules are not loaded
            } else if (!e.getValue() && o.scriptPattern.matcher(name).find() && !o.autoHooksPattern.matcher(name).find()) {
                accumulate(o, node, path, prefix);
            }
        }
    }

    private static void accumulate(Options o, Node node, String path, String prefix) {
        String rel = path.substring(o.dir.length());
        if (o.matchFilter != null && !o.matchFilter.test(rel)) return;
        if (o.ignoreFilter != null && o.ignoreFilter.test(rel)) return;
        node.plugins().add(new PluginFile(path, prefix));
    }

    /**
     * The prefix option autoload registers a plugin file with ({@code null}: none), from the
     * autoload {@code options.prefix}, the plugin's {@code autoConfig.prefix}, the folder prefix and
     * the file's {@code autoPrefix} / {@code prefixOverride}.
     */
    static String pluginPrefix(Version v, Options o, String optionsPrefix, String dirPrefix, String autoPrefix,
                               boolean hasAutoPrefix, String prefixOverride, boolean hasOverride) {
        String opt = optionsPrefix;
        if (opt != null && opt.endsWith("/")) opt = opt.substring(0, opt.length() - 1);
        String prefix;
        if (v.major() >= 6) {
            if (o.appendAutoPrefix && hasAutoPrefix && dirPrefix != null && !dirPrefix.isEmpty()) prefix = dirPrefix + "/" + autoPrefix;
            else if (hasAutoPrefix) prefix = autoPrefix;
            else prefix = dirPrefix;
        } else {
            prefix = hasAutoPrefix && autoPrefix != null && !autoPrefix.isEmpty() ? autoPrefix : dirPrefix;
        }
        String out;
        if (hasOverride) out = prefixOverride;
        else if (prefix != null && !prefix.isEmpty()) out = (opt == null ? "" : opt) + prefix.replaceAll("/+", "/");
        else out = opt;
        if (o.routeParams && out != null && !out.isEmpty()) {
            if (out.contains("__")) out = out.replace("__", ":");
            else if (out.contains("/_")) out = out.replace("/_", "/:");
        }
        return out;
    }

    /** The common prefix of a folder's plugins that 6.4+ gives the encapsulated plugin carrying its hooks. */
    static String hooksPrefix(List<String> prefixes) {
        String first = null;
        for (String p : prefixes) {
            if (p == null || p.isEmpty()) continue;
            if (first == null) first = p;
            else if (!first.equals(p)) return null;
        }
        return first;
    }

    /** The project's files seen as a directory tree (names sorted as libuv sorts them: by bytes). */
    private static final class Listing {
        final Map<String, SortedMap<String, Boolean>> dirs = new HashMap<>();

        Listing(Project project, String root) {
            Set<String> all = new TreeSet<>(project.files().keySet());
            all.addAll(project.texts().keySet());
            for (String p : all) {
                if (!p.startsWith(root + "/")) continue;
                String parent = root;
                String rest = p.substring(root.length() + 1);
                String[] segs = rest.split("/");
                for (int i = 0; i < segs.length; i++) {
                    boolean isDir = i < segs.length - 1;
                    dirs.computeIfAbsent(parent, k -> new TreeMap<>()).merge(segs[i], isDir, (a, b) -> a || b);
                    parent = parent + "/" + segs[i];
                }
            }
        }

        SortedMap<String, Boolean> entries(String dir) {
            return dirs.getOrDefault(dir, new TreeMap<>());
        }
    }
}
