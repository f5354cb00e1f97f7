package dev.backcheck.concepts;

import dev.backcheck.lang.facts.CallSite;
import dev.backcheck.lang.facts.FileFacts;
import dev.backcheck.lang.facts.Import;
import dev.backcheck.lang.facts.Val;
import dev.backcheck.model.Project;
import dev.backcheck.workspace.PackageJson;

import java.util.*;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which project files load which: import bindings, side-effect imports, require/import() of a written path and
 * re-exports, by file and by imported name. Built from the files and manifests alone (never from the applications),
 * so the framework models may ask it before the model is complete.
 *
 * <p>On top of it, what runs at all ({@link #dead}): the files reachable from an entry (a package's main, bin, exports
 * and the files its scripts run, files a config or Dockerfile names, files a glob or a written path names, test and
 * tooling files, scripts run on their own, files that listen) through those edges. A package that loads modules by a
 * computed path, through an autoload or file-router library, or whose imports the resolver could not follow, and a
 * package with no known entry, has every file reachable.
 */
public final class ImportIndex {
    private final Project project;
    /** Import bindings between project files: who imports a file, and what a file imports (ServerCode's questions). */
    private final Map<String, Set<String>> importers = new HashMap<>();
    private final Map<String, List<String>> importsOf = new HashMap<>();
    /** Module path -> names imported from it ("*": a namespace import or one whose name is not known). */
    private Map<String, Set<String>> names;
    /** Module path -> {re-exporting module, name exported there, name taken from the module ("*" for export *)}. */
    private Map<String, List<String[]>> reexports;
    private final SortedSet<String> manifestDirs = new TreeSet<>();

    private ImportIndex(Project p) {
        this.project = p;
        for (PackageJson m : PackageJson.of(p.manifests())) manifestDirs.add(dir(m.path()));
        for (FileFacts f : p.files().values()) {
            for (Import i : f.imports().values()) {
                String t = p.resolveModule(f.path(), i.module());
                if (t != null && !t.equals(f.path())) {
                    importers.computeIfAbsent(t, k -> new HashSet<>()).add(f.path());
                    importsOf.computeIfAbsent(f.path(), k -> new ArrayList<>()).add(t);
                }
            }
        }
    }

    public static ImportIndex of(Project p) {
        return p.derived(ImportIndex.class, ImportIndex::new);
    }

    /** The project files that import {@code path} through an import binding (import x from, const x = require(..)). */
    public Map<String, Set<String>> importers() {
        return importers;
    }

    /**
     * A module of test support: not a test file by its path, but imported only by test files (an rls-test-helpers.ts
     * that only a .spec.ts imports). Application code never runs it.
     */
    public boolean testSupport(String path) {
        Set<String> by = importers.get(path);
        if (by == null || by.isEmpty() || project.isTestPath(path)) return false;
        for (String f : by) if (!project.isTestPath(f)) return false;
        return true;
    }

    /** The project files {@code path} imports through an import binding. */
    public Map<String, List<String>> importsOf() {
        return importsOf;
    }

    // ------------------------------------------------------------------ names

    private synchronized void buildNames() {
        if (names != null) return;
        Map<String, Set<String>> n = new HashMap<>();
        Map<String, List<String[]>> re = new HashMap<>();
        for (FileFacts g : project.files().values()) {
            for (Import i : g.imports().values()) {
                String target = project.resolveModule(g.path(), i.module());
                if (target == null || target.equals(g.path())) continue;
                n.computeIfAbsent(target, k -> new HashSet<>()).add(i.export() == null ? "*" : i.export());
            }
            for (Map.Entry<String, Val> e : g.exports().entrySet()) {
                if (!(e.getValue() instanceof Val.Ref r)) continue;
                String target = project.resolveModule(g.path(), r.module());
                if (target == null || target.equals(g.path())) continue;
                re.computeIfAbsent(target, k -> new ArrayList<>()).add(new String[]{g.path(), e.getKey(), r.export()});
            }
        }
        reexports = re;
        names = n;
    }

    /** Whether a project file imports one of {@code wanted} from module {@code home}, directly or through barrels. */
    public boolean imported(String home, Set<String> wanted) {
        return imported(home, wanted, 0);
    }

    private boolean imported(String home, Set<String> wanted, int depth) {
        if (depth > 4) return true; // a long barrel chain: assume it is used
        buildNames();
        Set<String> direct = names.getOrDefault(home, Set.of());
        if (direct.contains("*")) return true;
        for (String n : wanted) if (direct.contains(n)) return true;
        Map<String, Set<String>> again = new TreeMap<>();
        for (String[] re : reexports.getOrDefault(home, List.of())) {
            // export * from './public': every name passes through under its own name
            if (re[2].equals("*")) again.computeIfAbsent(re[0], k -> new HashSet<>()).addAll(wanted);
            else if (wanted.contains(re[2])) again.computeIfAbsent(re[0], k -> new HashSet<>()).add(re[1]);
        }
        for (Map.Entry<String, Set<String>> e : again.entrySet()) {
            if (e.getValue().contains("default") || e.getValue().contains("*") || imported(e.getKey(), e.getValue(), depth + 1)) return true;
        }
        return false;
    }

    /**
     * A module-level function nothing runs: its module is loaded (some project file imports it) and exports the function
     * under its own name, but no project file imports that name (directly or through barrels; a namespace import counts
     * as a use), no call of the project reaches it ({@link dev.backcheck.flow.CallIndex}), none hands it on as a callback,
     * and its module's text names it only where it is declared (a helper kept beside the client the app does use:
     * {@code export { prisma }} imported, {@code export async function disconnectDatabase()} never).
     */
    public boolean uncalledExport(FileFacts f, dev.backcheck.lang.facts.Fn fn) {
        if (f == null || fn == null || fn == f.main()) return false;
        String name = fn.name();
        if (name == null || !name.matches("[A-Za-z_$][\\w$]*")) return false;
        // a module-level function of the file, exported under its own name
        if (!f.exports().containsKey(name) || !dev.backcheck.model.Analysis.topLevelFunctions(f).contains(fn)) return false;
        if (!importers.containsKey(f.path()) || imported(f.path(), Set.of(name))) return false;
        dev.backcheck.flow.CallIndex idx = dev.backcheck.flow.CallIndex.of(project);
        if (!idx.callers(fn).isEmpty() || idx.callback(fn) != null) return false;
        String text = SourceLines.text(project, f.path(), 1_000_000);
        if (text == null) return false;
        Matcher m = Pattern.compile("(?<![\\w$])" + Pattern.quote(name) + "(?![\\w$])").matcher(text);
        int n = 0;
        while (m.find()) n++;
        return n == 1;
    }

    /**
     * A named function or method whose name the project's source text mentions nowhere but at its declaration: nothing
     * can call it (no import, no call, no export list, no string naming it), so no request reaches it. Not a default
     * export or module.exports (loaded without its name), not a function or class a decorator marks (a framework calls
     * it), nor a method of a class extending or implementing a library type (the library may call it by its name).
     * {@code exports.registerOfficer = async (req, res) => ..} that no route wires; a domain method nothing calls. Only in
     * a project with an application (a library's or a snippet's exports are its API).
     */
    public boolean neverNamed(FileFacts f, dev.backcheck.lang.facts.Fn fn) {
        if (f == null || fn == null || fn == f.main() || !fn.decorators().isEmpty()) return false;
        // a library or a snippet with no application: its exports are what others call
        if (project.applications().isEmpty()) return false;
        String name = fn.name();
        // exports.registerOfficer = async (req, res) => ..: the function is known by the name it is exported under
        if (name == null || name.isEmpty()) {
            for (Map.Entry<String, dev.backcheck.lang.facts.Val> e : f.exports().entrySet()) {
                if (project.resolve(e.getValue(), f).val() instanceof dev.backcheck.lang.facts.Val.FnVal fv && fv.fn() == fn) name = e.getKey();
            }
        }
        if (name == null || name.length() < 4 || !name.matches("[A-Za-z_$][\\w$]*") || name.equals("constructor")) return false;
        for (Map.Entry<String, dev.backcheck.lang.facts.Val> e : f.exports().entrySet()) {
            if (!e.getKey().equals("default") && !e.getKey().equals("*")) continue;
            if (project.resolve(e.getValue(), f).val() instanceof dev.backcheck.lang.facts.Val.FnVal fv && fv.fn() == fn) return false;
        }
        for (dev.backcheck.lang.facts.ClassInfo c : f.classes().values()) {
            if (c.methods().contains(fn) && libraryMayCall(c, f)) return false;
        }
        // a named function expression is a value where it is written: returned by the function holding it (a middleware
        // factory's `return async function hmacValidationMiddleware(request, reply)`) or passed to a call, its name is
        // its own and needs no other mention
        dev.backcheck.flow.CallIndex idx = dev.backcheck.flow.CallIndex.of(project);
        if (idx.callback(fn) != null) return false;
        dev.backcheck.lang.facts.Fn parent = idx.parentOf(fn);
        if (parent != null) {
            for (Val r : parent.returns()) if (r instanceof Val.FnVal fv && fv.fn() == fn) return false;
        }
        // its declaration is the one mention (an unreadable file counts as naming it)
        return mentions(name, 2) == 1;
    }

    /**
     * Function-level liveness, the one answer rules ask before reporting code inside a function: true when no code that
     * runs ever runs {@code fn} (or the module-level function it is written in). Either its name is written nowhere but
     * at its declaration ({@link #neverNamed}), or it is an exported helper no file imports by name and nothing calls
     * ({@link #uncalledExport}), or only test code and files no process runs call it ({@link #calledOnlyByDeadCode}:
     * {@code generateTokens} of src/lib/security.ts that only its unit test calls; {@code generateToken} that only an
     * unmounted router calls), or its file does not run at all (the file-level answer, {@link #notRun}).
     */
    public boolean neverRuns(FileFacts f, dev.backcheck.lang.facts.Fn fn) {
        if (f == null || fn == null || fn == f.main()) return false;
        // a library or a snippet with no application: its exports are what others call (asked before the model is
        // complete, the answer is not kept: applications() drops the asker to be computed again)
        if (project.applications().isEmpty()) return false;
        // a function of a file no process runs (a router nothing mounts, a mock API only a mock script starts)
        if (!project.isTestPath(f.path()) && notRun(f.path())) return true;
        dev.backcheck.flow.CallIndex idx = dev.backcheck.flow.CallIndex.of(project);
        dev.backcheck.lang.facts.Fn top = fn;
        for (int i = 0; i < 50; i++) {
            dev.backcheck.lang.facts.Fn up = idx.parentOf(top);
            if (up == null || up == f.main()) break;
            top = up;
        }
        for (dev.backcheck.lang.facts.Fn x = fn; x != null && x != f.main(); x = x == top ? null : idx.parentOf(x)) {
            Boolean known;
            synchronized (neverRuns) {
                known = neverRuns.get(x);
            }
            if (known == null) {
                known = !loaderMayCall(f, x) && (neverNamed(f, x) || uncalledExport(f, x) || calledOnlyByDeadCode(f, x) || onlyDeadCallers(f, x)
                        || neverConstructed(f, x));
                synchronized (neverRuns) {
                    neverRuns.put(x, known);
                }
            }
            if (known) return true;
        }
        return false;
    }

    private final Map<dev.backcheck.lang.facts.Fn, Boolean> neverRuns = new IdentityHashMap<>();

    /**
     * A method of a class nothing can construct or reach: the project's source text names the class only where it is
     * declared (no {@code new}, no import, no {@code extends}, no static call), it is no default export (imported under
     * another name) and no decorator marks it (a framework may collect it by its decorator: an ORM entity, a Nest
     * provider). Its methods never run (s33 advantix {@code class MemStorage implements IStorage}, beside the
     * {@code export const storage = new DatabaseStorage()} the routes use: its methods share the interface's names, so
     * their own mentions say nothing). TypeScript and JavaScript only (a Java class is built by its container).
     */
    private boolean neverConstructed(FileFacts f, dev.backcheck.lang.facts.Fn fn) {
        if (f.path().endsWith(".java")) return false;
        dev.backcheck.lang.facts.ClassInfo owner = dev.backcheck.flow.CallIndex.of(project).ownerOf(fn);
        if (owner == null || !owner.methods().contains(fn) || !owner.decorators().isEmpty()) return false;
        String name = owner.name();
        if (name == null || name.length() < 4 || !name.matches("[A-Za-z_$][\\w$]*")) return false;
        // (a file with a default export may hand the class on under another name: module.exports = class X, export default X)
        if (f.exports().containsKey("default") || f.exports().containsKey("*")) return false;
        return mentions(name, 2) == 1;
    }

    /**
     * {@link #neverRuns} for the code at {@code at} (a rule that holds a site's location, not its function): the innermost
     * function of its file whose span holds it. False for module-level code and for a place in no project file.
     */
    public boolean neverRunsAt(dev.backcheck.findings.Location at) {
        if (at == null || at.path() == null) return false;
        FileFacts f = project.files().get(at.path());
        if (f == null) return false;
        dev.backcheck.lang.facts.Fn in = null;
        for (dev.backcheck.lang.facts.Fn fn : dev.backcheck.model.Analysis.functions(f)) {
            dev.backcheck.findings.Location l = fn.location();
            if (fn == f.main() || l == null || !holds(l, at)) continue;
            if (in == null || holds(in.location(), l)) in = fn;
        }
        return in != null && neverRuns(f, in);
    }

    private static boolean holds(dev.backcheck.findings.Location outer, dev.backcheck.findings.Location inner) {
        boolean afterStart = inner.line() > outer.line() || inner.line() == outer.line() && inner.column() >= outer.column();
        boolean beforeEnd = inner.endLine() < outer.endLine() || inner.endLine() == outer.endLine() && inner.endColumn() <= outer.endColumn();
        return afterStart && beforeEnd;
    }

    /**
     * A function a module exports (under any name) when no project file loads that module: whatever loads it (a file
     * router, a platform, a runner) may call its exports by name (a Next.js route file's {@code export async function
     * POST}, a serverless handler), so its single mention says nothing.
     */
    private boolean loaderMayCall(FileFacts f, dev.backcheck.lang.facts.Fn fn) {
        boolean exported = false;
        for (Val v : f.exports().values()) {
            if (project.resolve(v, f).val() instanceof Val.FnVal fv && fv.fn() == fn) exported = true;
        }
        if (!exported) return false;
        if (importers.containsKey(f.path())) return false;
        for (Set<String> targets : edges().values()) if (targets.contains(f.path())) return false;
        return true;
    }

    /** The functions {@link #onlyDeadCallers} is asking about on this thread (a cycle of callers answers "runs"). */
    private final ThreadLocal<Set<dev.backcheck.lang.facts.Fn>> asking = ThreadLocal.withInitial(
            () -> Collections.newSetFromMap(new IdentityHashMap<>()));

    /**
     * A named function or method every mention of which is accounted for, and none of them runs: the project's source
     * text names it only at its declaration, in its own module's export lists (an {@code export default { hashPassword,
     * .. }} object no running file imports is one), and at the calls the call index resolves to it; and each of those
     * calls is made in test code, in a file no process runs, or in a function that never runs itself ({@link #neverRuns},
     * asked again; a cycle counts as running). No running file imports its name, none hands it on as a callback, no
     * decorator marks it or its class, and its class extends or implements no library type (the library may call it by
     * name). s30 taxbridge {@code hashPassword} that only the unused default-export object lists; theclosen's
     * {@code CryptoArmor.hashPassword} whose one caller, {@code this.hashPassword} in {@code verifyPassword}, nothing calls.
     */
    boolean onlyDeadCallers(FileFacts f, dev.backcheck.lang.facts.Fn fn) {
        if (fn == f.main() || !fn.decorators().isEmpty() || project.isTestPath(f.path()) || notRun(f.path())) return false;
        dev.backcheck.flow.CallIndex idx = dev.backcheck.flow.CallIndex.of(project);
        if (idx.callback(fn) != null) return false;
        dev.backcheck.lang.facts.ClassInfo owner = idx.ownerOf(fn);
        if (owner != null && (!owner.methods().contains(fn) || libraryMayCall(owner, f))) return false;
        if (owner == null && !dev.backcheck.model.Analysis.topLevelFunctions(f).contains(fn)) return false;
        Set<String> names = new TreeSet<>();
        if (fn.name() != null && !fn.name().isEmpty()) names.add(fn.name());
        Val dflt = null;
        for (Map.Entry<String, Val> e : f.exports().entrySet()) {
            Val v = project.resolve(e.getValue(), f).val();
            if (v instanceof Val.FnVal fv && fv.fn() == fn) names.add(e.getKey());
            if (e.getKey().equals("default")) dflt = v;
        }
        if (names.size() != 1 || names.contains("default") || names.contains("*")) return false;
        String name = names.iterator().next();
        if (name.length() < 4 || name.equals("constructor") || !name.matches("[A-Za-z_$][\\w$]*")) return false;
        Set<String> taken = liveImports().getOrDefault(f.path(), Set.of());
        if (taken.contains(name) || owner == null && f.exports().containsKey(name) && taken.contains("*")) return false;
        // every call the index knows runs only where nothing runs
        List<dev.backcheck.flow.CallIndex.Site> callers = idx.callers(fn);
        Set<dev.backcheck.lang.facts.Fn> mine = asking.get();
        if (!mine.add(fn)) return false;
        try {
            for (dev.backcheck.flow.CallIndex.Site s : callers) {
                String at = s.file().path();
                if (project.isTestPath(at) || notRun(at) || s.fn() == fn) continue;
                if (s.fn() == null || s.fn() == s.file().main() || mine.contains(s.fn()) || !neverRuns(s.file(), s.fn())) return false;
            }
        } finally {
            mine.remove(fn);
        }
        // the mentions that are no use: the declaration, the module's export lists, the default-export object's entry
        int allowed = 1 + callers.size();
        String own = SourceLines.text(project, f.path(), 4_000_000);
        if (own == null) return false;
        allowed += exportListings(own, name, Integer.MAX_VALUE);
        if (dflt instanceof Val.Obj o) {
            boolean listed = false;
            for (Val v : o.props().values()) {
                if (v != null && project.resolve(v, f).val() instanceof Val.FnVal fv && fv.fn() == fn) listed = true;
            }
            if (listed) {
                if (taken.contains("default") || taken.contains("*")) return false;
                allowed++;
            }
        }
        // a TypeScript method is reached only through a member (this.count(), repo.count) or a string naming it; a Java
        // method also by its bare name (a call from its own class)
        if (owner != null && !f.path().endsWith(".java")) {
            // (a method of browser code is asked about in the browser's files only: see memberMentions)
            if (ServerCode.of(project).browserCode(f.path())) return false;
            return memberMentions(name, callers.size() + 1) <= callers.size();
        }
        return mentions(name, allowed + 1) <= allowed;
    }

    /**
     * How often the project's source files name {@code name} as a member ({@code .name}, {@code ?.name}) or as a whole
     * string ({@code 'name'}), counted until {@code cap} (an unreadable file: cap). A member read off an element of an
     * array that is not called ({@code rows[0].count}, {@code pending[0]?.count}: a column of a result row) is no use of a
     * method.
     */
    private int memberMentions(String name, int cap) {
        ServerCode sc = ServerCode.of(project); // (computed before the index's lock is taken)
        // (a browser file cannot hold the server's objects: its data.count reads a JSON field)
        return memberIndex.count(name, cap, sc::browserCode);
    }

    /** The member-or-string mentions of {@link #memberMentions}, counted for every identifier in one pass. */
    private final MentionIndex memberIndex = new MentionIndex(false, (text, at, end) -> {
        if (end < text.length() && wordChar(text.charAt(end))) return false;
        char b = at > 0 ? text.charAt(at - 1) : ' ';
        if (b == '.') {
            int r = at - 2;
            if (r >= 0 && text.charAt(r) == '?') r--;
            int k = end;
            while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) k++;
            boolean called = k < text.length() && (text.charAt(k) == '(' || text.charAt(k) == '<');
            return !(r >= 0 && text.charAt(r) == ']' && !called);
        }
        return (b == '\'' || b == '"' || b == '`') && end < text.length() && text.charAt(end) == b;
    });

    /** Whether the occurrence of a name at {@code [at, end)} of a source text counts as a mention of it. */
    private interface MentionTest {
        boolean counts(String text, int at, int end);
    }

    /** {@link #wordChar} of each ASCII character. */
    private static final boolean[] WORD_ASCII = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) WORD_ASCII[c] = wordChar(c);
    }

    /** A character of a word: a letter or digit, '_' or '$' (what ends a whole-word mention). */
    private static boolean wordChar(char c) {
        return c < 128 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '$'
                : Character.isLetterOrDigit(c);
    }

    /** A name the word index can answer: an ASCII identifier (what the liveness asks count). */
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][\\w$]*");

    /**
     * How many times (up to {@code cap}) {@code text} lists {@code name} in an export list: {@code module.exports = { .., name
     * }}, {@code export { .., name }} or {@code exports.name = name}: the matches {@code Matcher.find} counts of
     * {@link #exportList}, found faster. Every match begins with {@code module.exports} or {@code export}, so only the
     * places where one of those begins are tried (anchored there, the look-behind seeing the text before), in order and
     * each after the end of the previous match, as {@code find} would; every other place cannot start a match.
     */
    static int exportListings(String text, String name, int cap) {
        Matcher m = exportList(name).matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int count = 0, from = 0, n = text.length();
        for (int i = text.indexOf("export"); i >= 0 && count < cap; i = text.indexOf("export", i + 1)) {
            // "module.exports" begins 7 characters before its "export"; no other "export" begins between the two
            if (i >= 7 && i - 7 >= from && text.startsWith("module.", i - 7) && m.region(i - 7, n).lookingAt()) {
                count++;
                from = m.end();
                continue;
            }
            if (i >= from && m.region(i, n).lookingAt()) {
                count++;
                from = m.end();
            }
        }
        return count;
    }

    /** {@code name} in an export list (see {@link #exportListings}). */
    static Pattern exportList(String name) {
        return Pattern.compile("(?:module\\.exports\\s*=\\s*\\{|export\\s*\\{)[^}]*(?<![\\w$.])" + Pattern.quote(name)
                + "(?![\\w$])|exports\\.(" + Pattern.quote(name) + ")\\s*=\\s*" + Pattern.quote(name) + "(?![\\w$])");
    }

    /**
     * How many occurrences of a name in the project's source files (those {@code skip} leaves in) {@code test} counts,
     * counted until a cap; an unreadable file makes it the cap. Every occurrence a test counts is a whole word (no word
     * character on either side), so for an identifier the count is that of the maximal words equal to it that the test
     * counts: one pass over the sources counts them for every identifier at once (a scan per name read all the text of
     * medusa's 5,560 files again for each of thousands of names: half of that scan's CPU). Other names are counted by
     * scanning the text for them.
     */
    /**
     * The shortest word the index counts: the liveness checks ask only names of 4 or more characters, and the short
     * words (const, let, req, id ..) are most of a source's words; a shorter name is counted by a scan of the text.
     */
    private static final int INDEXED_LENGTH = 4;

    private final class MentionIndex {
        private final MentionTest test;
        /** {@link #test} counts every maximal word (the whole-word count): the index need not ask it. */
        private final boolean everyWord;
        /** Identifier -> count, filled on the first ask; null before. */
        private Words words;
        /** A file left in could not be read: every count is its cap. */
        private boolean unreadable;

        MentionIndex(boolean everyWord, MentionTest test) {
            this.test = test;
            this.everyWord = everyWord;
        }

        synchronized int count(String name, int cap, java.util.function.Predicate<String> skip) {
            if (name.length() < INDEXED_LENGTH || !IDENTIFIER.matcher(name).matches()) return scan(name, cap, skip);
            if (words == null) build(skip);
            return unreadable ? cap : Math.min(words.get(name), cap);
        }

        private void build(java.util.function.Predicate<String> skip) {
            Words w = new Words();
            for (String path : project.files().keySet()) {
                if (skip.test(path)) continue;
                String text = SourceLines.text(project, path, 4_000_000);
                if (text == null) {
                    unreadable = true;
                    break;
                }
                // (the word's hash is taken as it is read, and the whole-word test is not asked: a maximal word has no word
                // character on either side; 40% less CPU than hashing each word again, single-thread on the 500k tree)
                int n = text.length();
                for (int i = 0; i < n; ) {
                    char c = text.charAt(i);
                    if (c < 128 ? !WORD_ASCII[c] : !Character.isLetterOrDigit(c)) {
                        i++;
                        continue;
                    }
                    int start = i, h = 0;
                    boolean ident = c < 128 && (c < '0' || c > '9');
                    for (; i < n; i++) {
                        c = text.charAt(i);
                        if (c < 128) {
                            if (!WORD_ASCII[c]) break;
                        } else {
                            if (!Character.isLetterOrDigit(c)) break;
                            ident = false;
                        }
                        h = 31 * h + c;
                    }
                    if (ident && i - start >= INDEXED_LENGTH && (everyWord || test.counts(text, start, i))) w.add(text, start, i, h);
                }
            }
            words = w;
        }

        /** The count for a name that is no identifier: its occurrences in the text, one file after another. */
        private int scan(String name, int cap, java.util.function.Predicate<String> skip) {
            int n = 0;
            for (String path : project.files().keySet()) {
                if (skip.test(path)) continue;
                String text = SourceLines.text(project, path, 4_000_000);
                if (text == null) return cap;
                for (int at = text.indexOf(name); at >= 0 && n < cap; at = text.indexOf(name, at + name.length())) {
                    if (test.counts(text, at, at + name.length())) n++;
                }
                if (n >= cap) break;
            }
            return n;
        }
    }

    /**
     * For tests: {@code name}'s whole-word and member-or-string counts up to {@code cap}, from the one-pass index and from
     * a scan of the text for the name: {index words, scan words, index members, scan members}.
     */
    int[] mentionsBothWays(String name, int cap) {
        ServerCode sc = ServerCode.of(project);
        return new int[]{mentions(name, cap), wordIndex.scan(name, cap, path -> false),
                memberMentions(name, cap), memberIndex.scan(name, cap, sc::browserCode)};
    }

    /** Counts of words (open addressing; a key is made only for a new word). */
    private static final class Words {
        private String[] keys = new String[1 << 12];
        private int[] counts = new int[1 << 12];
        private int size;

        private static int slot(int h, int mask) {
            return (h ^ (h >>> 16)) & mask;
        }

        /** One more of the word {@code text[start, end)}, whose {@code String.hashCode} is {@code h}. */
        void add(String text, int start, int end, int h) {
            int len = end - start, mask = keys.length - 1;
            for (int i = slot(h, mask); ; i = (i + 1) & mask) {
                String k = keys[i];
                if (k == null) {
                    keys[i] = text.substring(start, end);
                    counts[i] = 1;
                    if (++size * 2 > keys.length) grow();
                    return;
                }
                if (k.length() == len && text.regionMatches(start, k, 0, len)) {
                    counts[i]++;
                    return;
                }
            }
        }

        int get(String word) {
            int mask = keys.length - 1;
            for (int i = slot(word.hashCode(), mask); ; i = (i + 1) & mask) {
                String k = keys[i];
                if (k == null) return 0;
                if (k.equals(word)) return counts[i];
            }
        }

        private void grow() {
            String[] ok = keys;
            int[] oc = counts;
            keys = new String[ok.length * 2];
            counts = new int[ok.length * 2];
            int mask = keys.length - 1;
            for (int j = 0; j < ok.length; j++) {
                if (ok[j] == null) continue;
                int i = slot(ok[j].hashCode(), mask);
                while (keys[i] != null) i = (i + 1) & mask;
                keys[i] = ok[j];
                counts[i] = oc[j];
            }
        }
    }

    /** Spring's stereotype annotations: a bean the container makes; it calls none of its methods by name. */
    private static final Set<String> STEREOTYPES = Set.of("Component", "Service", "Repository");

    /**
     * A class a decorator marks, or one extending or implementing a library type: the library may call its methods by
     * name. Not a Java class marked only as a Spring bean (@Component, @Service, @Repository): the container calls
     * annotated methods and the interfaces' methods (both seen apart), the rest only the project's code does (s31
     * collegems JwtTokenProvider.generateToken, which nothing calls).
     */
    private boolean libraryMayCall(dev.backcheck.lang.facts.ClassInfo c, FileFacts f) {
        boolean bean = f.path().endsWith(".java") && c.decorators().stream().allMatch(d -> d.name() != null && STEREOTYPES.contains(d.name()));
        if (!c.decorators().isEmpty() && !bean) return true;
        if (c.superClass() != null && project.rootModule(c.superClass(), f) != null) return true;
        for (Val i : c.implemented()) if (project.rootModule(i, f) != null) return true;
        return false;
    }

    /** How often the project's source files name {@code name} as a whole word, counted until {@code cap} (an unreadable file: cap). */
    private int mentions(String name, int cap) {
        return wordIndex.count(name, cap, path -> false);
    }

    /** The whole-word mentions of {@link #mentions}, counted for every identifier in one pass. */
    private final MentionIndex wordIndex = new MentionIndex(true, (text, at, end) ->
            !(at > 0 && wordChar(text.charAt(at - 1))) && !(end < text.length() && wordChar(text.charAt(end))));

    /**
     * A module-level function of a file that runs, whose callers (the call index) are all in test code or in files no
     * process runs, that no running file imports by name, as the default or as the whole module (nor re-exports), and
     * whose own file names it only at its declaration and in its export list. Only in a project with an application.
     */
    boolean calledOnlyByDeadCode(FileFacts f, dev.backcheck.lang.facts.Fn fn) {
        if (!fn.decorators().isEmpty() || project.isTestPath(f.path()) || notRun(f.path())) return false;
        if (!dev.backcheck.model.Analysis.topLevelFunctions(f).contains(fn)) return false;
        Set<String> names = new TreeSet<>();
        if (fn.name() != null && !fn.name().isEmpty()) names.add(fn.name());
        for (Map.Entry<String, Val> e : f.exports().entrySet()) {
            if (project.resolve(e.getValue(), f).val() instanceof Val.FnVal fv && fv.fn() == fn) names.add(e.getKey());
        }
        // loaded without its name (a default export, module.exports = fn): who takes it is not known by name
        if (names.isEmpty() || names.contains("default") || names.contains("*")) return false;
        for (String n : names) if (n.length() < 4 || !n.matches("[A-Za-z_$][\\w$]*")) return false;
        dev.backcheck.flow.CallIndex idx = dev.backcheck.flow.CallIndex.of(project);
        if (idx.callback(fn) != null) return false;
        for (dev.backcheck.flow.CallIndex.Site s : idx.callers(fn)) {
            if (!project.isTestPath(s.file().path()) && !notRun(s.file().path())) return false;
        }
        String text = SourceLines.text(project, f.path(), 4_000_000);
        if (text == null) return false;
        for (String n : names) {
            Matcher m = Pattern.compile("(?<![\\w$.])" + Pattern.quote(n) + "(?![\\w$])").matcher(text);
            int count = 0;
            while (m.find()) count++;
            // its declaration, and at most the export list naming it (module.exports = { generateToken, .. })
            if (count > 2 || count == 2 && exportListings(text, n, 1) == 0) return false;
        }
        Set<String> taken = liveImports().getOrDefault(f.path(), Set.of());
        if (taken.contains("*") || taken.contains("default")) return false;
        for (String n : names) if (taken.contains(n)) return false;
        return true;
    }

    private Map<String, Set<String>> liveImports;

    /**
     * Module path -> the names files that run (not test code, not {@link #notRun}) import from it: an imported name,
     * "default", or "*" for the whole module (a namespace import, a require kept whole) and for a re-export.
     */
    private synchronized Map<String, Set<String>> liveImports() {
        if (liveImports != null) return liveImports;
        Map<String, Set<String>> out = new HashMap<>();
        for (FileFacts g : project.files().values()) {
            if (project.isTestPath(g.path()) || notRun(g.path())) continue;
            for (Import i : g.imports().values()) {
                String t = project.resolveModule(g.path(), i.module());
                if (t != null && !t.equals(g.path())) out.computeIfAbsent(t, k -> new HashSet<>()).add(i.export() == null ? "*" : i.export());
            }
            for (String re : g.reexportAll()) {
                String t = project.resolveModule(g.path(), re);
                if (t != null) out.computeIfAbsent(t, k -> new HashSet<>()).add("*");
            }
            for (Val v : g.exports().values()) {
                if (!(v instanceof Val.Ref r)) continue;
                String t = project.resolveModule(g.path(), r.module());
                if (t != null) out.computeIfAbsent(t, k -> new HashSet<>()).add("*");
            }
        }
        // const { routes } = await import('./routes/index.js'): a module loaded at run time, its names taken as values
        for (CallNames.At at : CallNames.of(project).named(LOADS)) {
            CallSite cs = at.cs();
            if (!(cs.callee() instanceof Val.Global g) || !g.name().equals("import") || !g.path().isEmpty() || cs.args().size() != 1) continue;
            if (project.isTestPath(at.file().path()) || notRun(at.file().path())) continue;
            String spec = Val.constString(cs.arg(0));
            String t = spec == null ? null : project.resolveModule(at.file().path(), spec);
            if (t != null) out.computeIfAbsent(t, k -> new HashSet<>()).add("*");
            // import(join(dir, 'plugin.ts')): each file of that name, whole
            List<String> named = spec == null ? computedTargets(at.file(), cs.arg(0)) : null;
            if (named != null) for (String n : named) out.computeIfAbsent(n, k -> new HashSet<>()).add("*");
        }
        liveImports = out;
        return out;
    }

    // ------------------------------------------------------------------ packages

    /** The directory of the nearest package.json above {@code path} ("" for the root or when none). */
    public String packageDir(String path) {
        String d = dir(path);
        while (true) {
            if (manifestDirs.contains(d)) return d;
            if (d.isEmpty()) return "";
            d = dir(d);
        }
    }

    static final Pattern LOADERS = Pattern.compile("\"(@fastify/autoload|fastify-autoload|require-all|require-directory|require-dir"
            + "|consign|express-load|bulk-require|express-file-routing|next|nuxt|@sveltejs/kit|honox|@adonisjs/core)\"\\s*:");

    /** A package that depends on a library loading modules by directory or glob (autoload, file routers, glob). */
    public boolean loaderPackage(String pkg) {
        for (PackageJson m : PackageJson.of(project.manifests())) {
            if (!dir(m.path()).equals(pkg)) continue;
            String pj = project.texts().get(m.path());
            if (pj == null || LOADERS.matcher(pj).find()) return true;
        }
        return false;
    }

    private Set<String> nextRouted;

    /**
     * Packages (their directories) whose only module loader is the Next.js file router: it depends on next and on no
     * other autoload, file-router or glob library. The router loads what sits under app/ and pages/ (src/ or not) and
     * the convention files next to them (middleware, proxy, instrumentation, mdx-components); a module none of those
     * reaches is never loaded (a GraphQL server written in src/lib/ that no app/api/graphql/route.ts imports).
     */
    public synchronized Set<String> nextRouted() {
        if (nextRouted != null) return nextRouted;
        Set<String> out = new HashSet<>();
        for (PackageJson m : PackageJson.of(project.manifests())) {
            String pj = project.texts().get(m.path());
            if (pj == null || !m.dependencies().containsKey("next")) continue;
            if (LOADERS.matcher(NEXT_DEP.matcher(pj).replaceAll("")).find()) continue;
            out.add(dir(m.path()));
        }
        nextRouted = out;
        return out;
    }

    private Map<String, Set<String>> autoloaded;

    /**
     * Packages (their directories) whose only module loader is {@code @fastify/autoload} (or {@code fastify-autoload}),
     * each with the folders it loads: every {@code register(autoload, { dir })} of the package names its folder as
     * join/resolve(__dirname, 'plugins') or {@code `${__dirname}/routes`}. Autoload loads the files under those folders
     * only (its sources walk {@code dir}); a module no such file, entry or import reaches is never loaded. A package with
     * a registration whose folder is not written this way, or that also depends on another loader, is not listed.
     */
    public synchronized Map<String, Set<String>> autoloaded() {
        if (autoloaded != null) return autoloaded;
        Map<String, Set<String>> out = new HashMap<>();
        Set<String> unknown = new HashSet<>();
        Set<String> only = new HashSet<>();
        for (PackageJson m : PackageJson.of(project.manifests())) {
            String pj = project.texts().get(m.path());
            if (pj == null || !(m.dependencies().containsKey("@fastify/autoload") || m.dependencies().containsKey("fastify-autoload"))) continue;
            if (LOADERS.matcher(AUTOLOAD_DEP.matcher(pj).replaceAll("")).find()) continue;
            only.add(dir(m.path()));
        }
        if (!only.isEmpty()) {
            for (CallNames.At at : CallNames.of(project).named(Set.of("register"))) {
                CallSite cs = at.cs();
                if (cs.args().isEmpty()) continue;
                Val lib = project.resolve(cs.arg(0), at.file()).val();
                if (!(lib instanceof Val.Ref r) || !(r.module().equals("@fastify/autoload") || r.module().equals("fastify-autoload"))) continue;
                String pkg = packageDir(at.file().path());
                String folder = cs.args().size() > 1 && project.resolve(cs.arg(1), at.file()).val() instanceof Val.Obj o
                        ? ownFolder(o.props().get("dir"), at.file()) : null;
                if (folder == null) unknown.add(pkg);
                else out.computeIfAbsent(pkg, k -> new TreeSet<>()).add(folder);
            }
        }
        out.keySet().removeIf(k -> unknown.contains(k) || !only.contains(k));
        autoloaded = out;
        return out;
    }

    /** The folder join(__dirname, 'a', 'b') / resolve(__dirname, 'a') / `${__dirname}/a` names, relative to the project; else null. */
    private String ownFolder(Val v, FileFacts f) {
        if (v == null) return null;
        Val x = project.resolve(v, f).val();
        List<String> parts = new ArrayList<>();
        if (x instanceof Val.Call c && c.args().size() >= 2
                && ("join".equals(dev.backcheck.lang.facts.Vals.lastName(c.callee())) || "resolve".equals(dev.backcheck.lang.facts.Vals.lastName(c.callee())))
                && ownDir(c.args().get(0), f)) {
            for (Val a : c.args().subList(1, c.args().size())) {
                String s = Val.constString(project.resolve(a, f).val());
                if (s == null) return null;
                parts.add(s);
            }
        } else if (x instanceof Val.Tpl t && t.holes().size() == 1 && t.quasis().size() == 2 && t.quasis().get(0).isEmpty() && ownDir(t.holes().get(0), f)) {
            parts.add(t.quasis().get(1).replaceAll("^/+", ""));
        } else return null;
        String d = dir(f.path());
        String rel = String.join("/", parts);
        String norm = dev.backcheck.workspace.Globs.normalize(d.isEmpty() ? rel : d + "/" + rel);
        if (norm == null || norm.isEmpty()) return null;
        String pre = norm + "/";
        return project.files().keySet().stream().anyMatch(p -> p.startsWith(pre)) ? norm : null;
    }

    /** __dirname, import.meta.dirname, or dirname(fileURLToPath(import.meta.url)) (directly or through a local). */
    private boolean ownDir(Val hole, FileFacts f) {
        if ("__dirname".equals(dev.backcheck.lang.facts.Vals.lastName(hole))) return true;
        Val x = project.resolve(hole, f).val();
        if (x instanceof Val.Global g && g.name().equals("__dirname")) return true;
        if (x instanceof Val.Global g && g.name().equals("import") && g.path().equals(List.of("meta", "dirname"))) return true;
        return x instanceof Val.Call c && "dirname".equals(dev.backcheck.lang.facts.Vals.lastName(c.callee()))
                && c.args().size() == 1 && project.resolve(c.args().get(0), f).val() instanceof Val.Call u
                && "fileURLToPath".equals(dev.backcheck.lang.facts.Vals.lastName(u.callee()));
    }

    /** A package whose loader is the Next.js file router or autoload with known folders: its unreached files are known. */
    private boolean dirLoaded(String pkg) {
        return nextRouted().contains(pkg) || autoloaded().containsKey(pkg);
    }

    /**
     * True when {@code path} belongs to a package (a folder with its package.json, below the root) whose folder holds a
     * deprecation notice, {@code DEPRECATED.md}: its authors archived it (superseded by another package of the tree),
     * though its own scripts could still start it. Frameworks leave its applications out when another application of the
     * project is not deprecated.
     */
    public boolean deprecated(String path) {
        String pkg = packageDir(path);
        if (pkg.isEmpty()) return false;
        return deprecatedPackages().contains(pkg);
    }

    private Set<String> deprecatedPackages;

    private synchronized Set<String> deprecatedPackages() {
        if (deprecatedPackages != null) return deprecatedPackages;
        Set<String> out = new HashSet<>();
        for (String t : project.texts().keySet()) {
            String name = t.substring(t.lastIndexOf('/') + 1);
            if (name.equalsIgnoreCase("DEPRECATED.md") && manifestDirs.contains(dir(t))) out.add(dir(t));
        }
        out.addAll(archivedPackages());
        deprecatedPackages = out;
        return out;
    }

    private Set<String> archivedPackages;

    /** True when {@code path} belongs to an archived package ({@link #archived}): no process runs it. */
    public boolean archivedPackage(String path) {
        Set<String> archived = archivedPackages();
        if (archived.isEmpty()) return false;
        String pkg = packageDir(path);
        return !pkg.isEmpty() && archived.contains(pkg);
    }

    /** The folders of the archived packages, found once. */
    private synchronized Set<String> archivedPackages() {
        if (archivedPackages == null) {
            Set<String> out = new HashSet<>();
            for (String pkg : manifestDirs) if (archived(pkg)) out.add(pkg);
            archivedPackages = out;
        }
        return archivedPackages;
    }

    /** A folder named as a copy of another project kept for reference: reference_server, reference-api, reference. */
    private static final Pattern REFERENCE_DIR = Pattern.compile("(?i)_?reference(?:[-_.][\\w.-]+)?|[\\w.-]+[-_.]reference");
    /** A folder named for keeping old code: archive(d), deprecated, or a copy marked as a backup ({@code api-backup-20250711}). */
    private static final Pattern ARCHIVE_DIR = Pattern.compile("(?i)[_.]?(?:archive|archived|deprecated)|.+[-_.]backup(?:[-_.]?\\d{6,8})?|backup[-_.]?\\d{6,8}|.+[-_.]bak");

    /**
     * A package kept as an archive: its folder, or one above it, is named for keeping old code ({@link #ARCHIVE_DIR}:
     * {@code archive/api-fastify-backup-20250711}), the tree declares workspaces (pnpm-workspace.yaml, package.json
     * {@code workspaces}) and the package is none of them, and no file outside the package names its folder (a
     * Dockerfile, a compose file, a script; documentation aside). Nothing installs, builds or starts it.
     */
    private boolean archived(String pkg) {
        if (pkg.isEmpty() || project.root() == null) return false;
        boolean named = false, reference = false;
        for (String seg : pkg.split("/")) {
            if (ARCHIVE_DIR.matcher(seg).matches()) named = true;
            if (REFERENCE_DIR.matcher(seg).matches()) reference = true;
        }
        if (!named && !reference) return false;
        // the workspace declarations (package.json workspaces, pnpm-workspace.yaml packages, as module resolution reads
        // them) leave the package out; a tree that declares none is a folder of independent apps, but a folder named as
        // a reference copy (reference_server/: another project's backend kept to copy its patterns from, s33 adonis) is
        // no app of this tree when a package of the tree's own stands beside it
        Boolean member = project.modules().workspacePackage(pkg);
        if (member != null && member) return false;
        if (member == null && !reference) return false;
        if (reference && manifestDirs.stream().noneMatch(d -> !d.equals(pkg) && !d.startsWith(pkg + "/")
                && Arrays.stream(d.split("/")).noneMatch(seg -> REFERENCE_DIR.matcher(seg).matches() || ARCHIVE_DIR.matcher(seg).matches()))) return false;
        String folder = pkg.substring(pkg.lastIndexOf('/') + 1);
        for (Map.Entry<String, String> t : project.texts().entrySet()) {
            String path = t.getKey();
            if (path.startsWith(pkg + "/") || path.toLowerCase(Locale.ROOT).endsWith(".md") || path.endsWith("lock.yaml") || path.endsWith("-lock.json")) continue;
            // (a SQL dump's comment, "following reference_server architecture", starts nothing)
            if (path.toLowerCase(Locale.ROOT).endsWith(".sql")) continue;
            if (t.getValue() != null && t.getValue().contains(folder)) return false;
        }
        return true;
    }

    private Set<String> unloadable = Set.of();

    /**
     * True for the config file of a test runner, linter, bundler or dev server ({@code vite.config.ts}, {@code jest.config.js}):
     * the tool loads it while developing or building; a middleware it adds (Vite's configureServer) serves only the dev server.
     */
    public static boolean toolConfig(String path) {
        return path != null && TOOL_CONFIG.matcher(path.substring(path.lastIndexOf('/') + 1)).matches();
    }

    /**
     * True when no process runs the file: dead ({@link #dead}), a mock API the end-to-end tests start, test-only, or
     * unreached and unable to load (a static import of a relative path that is no file).
     */
    public boolean notRun(String path) {
        return dead(path) || testServer(path) || testOnly(path) || testNamed(path) || unloadable.contains(path) || noRuntime().contains(path);
    }

    /**
     * Framework packages whose export a server's entry calls to create the server: with the package not installed, the
     * entry throws on load. (NestFactory only: an entry's import from express is often a type-only import TypeScript
     * erases, and express comes installed with @nestjs/platform-express.)
     */
    private static final Set<String> RUNTIMES = Set.of("@nestjs/core");
    private Set<String> noRuntime;

    /**
     * Servers that cannot start: a file that listens and imports the package that creates its server ({@code @nestjs/core}'s
     * NestFactory) that no package.json of the tree declares and no lock file beside one
     * holds. Node resolves a bare import through the node_modules folders above the file, which an install fills from
     * those manifests (hoisted ones included) and their locks; with the package in neither, the import throws before
     * the server is created (s25 carbonrecyc apps/server: a Nest tree with no package.json of its own, under a root
     * whose package.json declares @nestjs/common but not @nestjs/core, beside the Workers API the scripts deploy).
     * Only in a tree with a package.json above the file: a bare folder of sources says nothing of what is installed.
     */
    private synchronized Set<String> noRuntime() {
        if (noRuntime != null) return noRuntime;
        Set<String> out = new HashSet<>();
        Set<String> deps = dependencyNames();
        Set<String> missing = new HashSet<>();
        for (String r : RUNTIMES) if (!deps.contains(r)) missing.add(r);
        if (!missing.isEmpty() && !manifestDirs.isEmpty()) {
            String locks = null;
            for (CallNames.At c : CallNames.of(project).named(Set.of("listen"))) {
                FileFacts f = c.file();
                if (project.isTestPath(f.path()) || out.contains(f.path())) continue;
                String pkg = packageDir(f.path());
                if (!manifestDirs.contains(pkg)) continue;
                for (Import i : f.imports().values()) {
                    if (!missing.contains(i.module()) || !"NestFactory".equals(i.export())) continue;
                    if (locks == null) locks = lockTexts();
                    if (locks.contains("\"" + i.module() + "\"") || locks.contains("node_modules/" + i.module() + "\"")
                            || locks.contains("\n  " + i.module() + "@") || locks.contains("\n  '" + i.module() + "@") || locks.contains("/" + i.module() + "@")) continue;
                    out.add(f.path());
                    break;
                }
            }
        }
        // a server handing the app a name its project module does not export (import { extractTenant } from
        // './middleware/tenant.middleware' beside a module that never names it, then app.use('/api', extractTenant)): as an
        // ES module the import throws at link time, compiled to CommonJS the name is undefined and Express refuses it
        // (Router.use() requires a middleware function). Either way the server never starts.
        for (CallNames.At c : CallNames.of(project).named(Set.of("listen"))) {
            FileFacts f = c.file();
            if (project.isTestPath(f.path()) || out.contains(f.path())) continue;
            if (missingExportUsed(f) != null) out.add(f.path());
        }
        noRuntime = out;
        return out;
    }

    /**
     * A named import of {@code f} that no project module provides and that {@code f} hands on as a value (a call's
     * argument or callee): the module it names is a parsed project file with no {@code export *}, whose text never
     * names it (so no export, type or re-export of that name can be there). Null when every such import is there.
     * A type-only name the compiler erases is no value: only names the code hands on or calls count.
     */
    private static final Pattern CJS_EXPORT = Pattern.compile("(?<![\\w$.])(module\\.exports|exports\\s*[.\\[]|Object\\.(assign|defineProperty)\\s*\\(\\s*(module\\.)?exports)");
    private static final Pattern CJS_LITERAL = Pattern.compile("(?<![\\w$.])module\\.exports\\s*=\\s*\\{");

    /**
     * Whether every name a module exports is written in its own text: an ES module (its exports are declarations or
     * lists that name them; {@code export *} is asked apart), or a CommonJS module whose only export is one object
     * literal without a spread ({@code module.exports = { authenticate, authorize }}). A module that hands on another's
     * exports ({@code module.exports = require('./auth')}, {@code { ...require('./a') }}, {@code Object.assign(exports,
     * x)}, {@code exports[name] = ..}) names none of them: its imports cannot be judged missing from its text.
     */
    static boolean exportsSpelledOut(String text) {
        Matcher any = CJS_EXPORT.matcher(text);
        int uses = 0;
        while (any.find()) uses++;
        if (uses == 0) return true;
        Matcher lit = CJS_LITERAL.matcher(text);
        if (uses != 1 || !lit.find()) return false;
        int depth = 0;
        for (int i = lit.end() - 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') depth++;
            else if (c == '}' && --depth == 0) return !text.substring(lit.end(), i).contains("...");
        }
        return false;
    }

    public String missingExportUsed(FileFacts f) {
        Map<String, Import> missing = new HashMap<>();
        for (Import i : f.imports().values()) {
            String name = i.export();
            if (name == null || name.equals("*") || name.equals("default") || !name.matches("[A-Za-z_$][\\w$]*")) continue;
            String t = project.resolveModule(f.path(), i.module());
            FileFacts tf = t == null ? null : project.file(t);
            if (tf == null || !tf.reexportAll().isEmpty() || tf.exports().containsKey(name)) continue;
            String text = SourceLines.text(project, t, 4_000_000);
            if (text == null || !exportsSpelledOut(text) || Pattern.compile("(?<![\\w$])" + Pattern.quote(name) + "(?![\\w$])").matcher(text).find()) continue;
            missing.put(i.local(), i);
        }
        if (missing.isEmpty()) return null;
        for (dev.backcheck.lang.facts.Fn fn : dev.backcheck.model.Analysis.functions(f)) {
            for (CallSite cs : fn.calls()) {
                List<Val> used = new ArrayList<>(cs.args());
                used.add(cs.callee());
                for (Val v : used) {
                    Val root = v;
                    while (root instanceof Val.Member m) root = m.object();
                    for (Import i : missing.values()) {
                        if (root instanceof Val.Ref r && r.module().equals(i.module()) && r.export().equals(i.export())
                                || root instanceof Val.Local l && l.name().equals(i.local())) return i.export();
                    }
                }
            }
        }
        return null;
    }

    /** The lock files beside the project's manifests (package-lock.json, npm-shrinkwrap.json, yarn.lock, pnpm-lock.yaml, bun.lock), joined. */
    private String lockTexts() {
        StringBuilder b = new StringBuilder();
        if (project.root() == null) return "";
        for (String d : manifestDirs) {
            for (String name : List.of("package-lock.json", "npm-shrinkwrap.json", "yarn.lock", "pnpm-lock.yaml", "bun.lock")) {
                java.nio.file.Path f = project.root().resolve(d.isEmpty() ? name : d + "/" + name);
                try {
                    if (java.nio.file.Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS) && java.nio.file.Files.size(f) < 64_000_000) {
                        b.append(java.nio.file.Files.readString(f, java.nio.charset.StandardCharsets.UTF_8)).append('\n');
                    }
                } catch (java.io.IOException | RuntimeException e) {
                    return "\"" + String.join("\" \"", RUNTIMES) + "\""; // unreadable: assume installed
                }
            }
        }
        return b.toString();
    }

    /**
     * True when no request reaches {@code fn} of {@code file}: the handler of routes an earlier route always answers
     * first ({@link Project#deadHandler}), or a function of a file no process runs ({@link #dead}: nothing a running
     * entry loads imports it, or its package is an archived copy), which no live caller can call either. The one
     * answer the flow walks (taint, stored request data) ask before following a function.
     */
    public static boolean unreached(Project project, dev.backcheck.lang.facts.Fn fn, FileFacts file) {
        if (project.deadHandler(fn)) return true;
        // (a module only the tests load, or one no process can run, serves no request either; nor a bundler's or dev
        // server's config: a middleware vite.config.js adds (configureServer) serves the developer's dev server, never a
        // deployment: s34 claimfund dashboard/vite.config.js)
        return file != null && (of(project).notRun(file.path()) || toolConfig(file.path()));
    }

    /**
     * Globs written in the code that load source files: a name pattern, or a directory (the glob matches any file in it;
     * {@code below}: at any depth under a folder of that name).
     */
    private record Glob(Pattern name, String dir, String pkg, boolean loads, boolean below) {
        Glob(Pattern name, String dir, String pkg, boolean loads) {
            this(name, dir, pkg, loads, false);
        }
    }

    /** Libraries that list the files a glob names and return their paths (loading them needs a require or import of a computed path). */
    private static final Set<String> GLOB_LIBRARIES = Set.of("glob", "fast-glob", "globby", "tinyglobby", "fdir");

    /** Files that load a module by a computed path (set by {@link #edges}). */
    private final Set<String> computedFiles = new HashSet<>();

    private static boolean within(dev.backcheck.findings.Location at, List<dev.backcheck.findings.Location> spans) {
        if (at == null) return false;
        for (dev.backcheck.findings.Location sp : spans) if (holds(sp, at)) return true;
        return false;
    }

    private List<Glob> globs;

    /**
     * A glob written in the code that names source files ({@code '/**' + '/*.entity{.ts,.js}'}, {@code 'src/jobs/*.ts'})
     * and matches the file: by its name without extension (dist/*.js globs load the compiled .ts files), or, for a bare
     * {@code *.ts}, by its directory; a bare {@code **}{@code /*.ts} matches every file.
     */
    public boolean globbed(String path) {
        return globbed(path, false);
    }

    /**
     * Libraries that read the files a glob names for their comments and build an API document from them, never loading
     * them: swagger-jsdoc's {@code apis}, express-jsdoc-swagger's {@code filesPattern}, swagger-autogen's endpoint files.
     */
    private static final Set<String> DOC_READERS = Set.of("swagger-jsdoc", "express-jsdoc-swagger", "swagger-autogen");

    /**
     * A file that imports a documentation reader: its globs name files to read for comments, not to run (petimi's
     * swagger config globbing ./src/controllers/**&#47;*.ts made every file of the package look loaded by a glob, so its
     * legacy second server was never seen as a side server, s26).
     */
    private static boolean readsForDocs(FileFacts f) {
        for (dev.backcheck.lang.facts.Import i : f.imports().values()) if (DOC_READERS.contains(i.module())) return true;
        return false;
    }

    /** {@link #globbed}, with {@code samePackage}: only globs written in the file's own package count. */
    private synchronized boolean globbed(String path, boolean samePackage) {
        if (globs == null) {
            globs = new ArrayList<>();
            // where a glob string goes: JSON.stringify's arguments (a config written out for another project), the last
            // part of a path.join / resolve whose folders are the other parts
            Map<String, List<dev.backcheck.findings.Location>> dataSpans = new HashMap<>();
            Map<String, Map<dev.backcheck.findings.Location, String>> joinedIn = new HashMap<>();
            edges();
            for (CallNames.At at : CallNames.of(project).named(Set.of("stringify", "join", "resolve"))) {
                CallSite cs = at.cs();
                if (cs.args().isEmpty() || cs.location() == null) continue;
                String m = dev.backcheck.lang.facts.Vals.lastName(cs.callee());
                if ("stringify".equals(m)) {
                    if (cs.callee() instanceof Val.Global g && g.name().equals("JSON")) dataSpans.computeIfAbsent(at.file().path(), k -> new ArrayList<>()).add(cs.location());
                    continue;
                }
                String root = project.rootModule(cs.callee(), at.file());
                if (!("path".equals(root) || "node:path".equals(root)) || cs.args().size() < 2 || cs.argLocations().size() != cs.args().size()) continue;
                String folder = null;
                for (Val a : cs.args().subList(0, cs.args().size() - 1)) {
                    String c = Val.constString(project.resolve(a, at.file()).val());
                    if (c != null && !c.isEmpty() && !c.contains("*") && !c.matches("[./]*")) folder = c.replaceAll("/+$", "");
                }
                if (folder != null) joinedIn.computeIfAbsent(at.file().path(), k -> new HashMap<>()).put(cs.argLocations().get(cs.args().size() - 1), folder.substring(folder.lastIndexOf('/') + 1));
            }
            for (FileFacts f : project.files().values()) {
                // a test runner's or a build tool's config globs files to test, lint or scan for class names, not to load them
                boolean loads = !project.isTestPath(f.path()) && !TOOL_CONFIG.matcher(f.path().substring(f.path().lastIndexOf('/') + 1)).matches()
                        && !readsForDocs(f);
                // a file that lists files with a glob library and loads nothing by a computed path reads what it lists (a
                // fingerprint of a user's project, an archive): the paths it gets are data, not modules of this package
                boolean lister = !computedFiles.contains(f.path()) && f.imports().values().stream().anyMatch(i -> GLOB_LIBRARIES.contains(i.module()));
                List<dev.backcheck.findings.Location> data = dataSpans.getOrDefault(f.path(), List.of());
                Map<dev.backcheck.findings.Location, String> joined = joinedIn.getOrDefault(f.path(), Map.of());
                for (FileFacts.Str st : f.strings()) {
                    String g = st.value();
                    if (g.indexOf('*') < 0 || g.length() > 200 || globs.size() > 200 || !g.matches("(?s).*\\b[cm]?[jt]sx?\\b.*")) continue;
                    // (a shell command line with a wildcard, cp -r *.js dist/, is no glob a loader reads)
                    if (lister || g.chars().anyMatch(Character::isWhitespace) || within(st.location(), data)) continue;
                    String last = g.substring(g.lastIndexOf('/') + 1);
                    String before = g.lastIndexOf('/') < 0 ? "" : g.substring(0, g.lastIndexOf('/'));
                    String parent = before.substring(before.lastIndexOf('/') + 1);
                    // join(__dirname, '..', 'migrations', '*{.ts,.js}'): the folder is the part written before the glob
                    if (before.isEmpty() && st.location() != null) {
                        for (Map.Entry<dev.backcheck.findings.Location, String> je : joined.entrySet()) {
                            if (je.getKey() != null && je.getKey().line() == st.location().line() && je.getKey().column() == st.location().column()) parent = je.getValue();
                        }
                    }
                    // src/routes/**/*.js: the files below the last folder written before the first wildcard
                    if (parent.contains("*")) {
                        String fixed = g.substring(0, g.indexOf('*'));
                        fixed = fixed.substring(0, Math.max(0, fixed.lastIndexOf('/')));
                        String top = fixed.substring(fixed.lastIndexOf('/') + 1);
                        if (!top.isEmpty() && !top.equals(".") && !top.equals("..")) {
                            String norm0 = last.replaceFirst("\\{[^}]*\\}$", "").replaceFirst("\\.[cm]?[jt]sx?$", "");
                            if (norm0.replace("*", "").replace(".", "").isEmpty()) {
                                globs.add(new Glob(null, top, packageDir(f.path()), loads, true));
                                continue;
                            }
                        }
                    }
                    String norm = last.replaceFirst("\\{[^}]*\\}$", "").replaceFirst("\\.[cm]?[jt]sx?$", "");
                    if (!norm.replace("*", "").replace(".", "").isEmpty()) {
                        StringBuilder re = new StringBuilder();
                        for (char ch : norm.toCharArray()) {
                            if (ch == '*') re.append("[^/]*");
                            else if (ch == '?') re.append("[^/]");
                            else re.append(Pattern.quote(String.valueOf(ch)));
                        }
                        try {
                            globs.add(new Glob(Pattern.compile(re.toString()), null, packageDir(f.path()), loads));
                        } catch (RuntimeException ex) {
                            globs.add(new Glob(Pattern.compile(".*"), null, packageDir(f.path()), loads));
                        }
                    } else if (!parent.isEmpty() && !parent.contains("*")) {
                        globs.add(new Glob(null, parent, packageDir(f.path()), loads));
                    } else {
                        // ('*.js', '**/*.ts' with no folder written: every file of the package; a file that loads nothing by a
                        // computed path hands such a pattern to a tool that reads or lists files (an include list of an
                        // analysis report, a find), since no library loads a whole package's code from it)
                        globs.add(new Glob(Pattern.compile(".*"), null, packageDir(f.path()), loads && computedFiles.contains(f.path())));
                    }
                }
            }
        }
        String name = JS_EXT.matcher(path.substring(path.lastIndexOf('/') + 1)).replaceFirst("");
        String d = dir(path);
        String parent = d.substring(d.lastIndexOf('/') + 1);
        String pkg = samePackage ? packageDir(path) : null;
        for (Glob g : globs) {
            if (pkg != null && (!pkg.equals(g.pkg()) || !g.loads())) continue;
            if (g.name() != null ? g.name().matcher(name).matches() : g.below() ? ("/" + d + "/").contains("/" + g.dir() + "/") : g.dir().equals(parent)) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ reachability

    private Set<String> dead;
    /** The files package.json files name as what they run (main, bin, exports, the serving scripts' files): set by {@link #dead}. */
    private Set<String> entries = Set.of();

    /**
     * True for a file a package.json names as what it runs (main, bin, exports, a start/serve/dev script's file):
     * the entry a second creation of the same application (a dev server, a minimal copy) stands beside.
     */
    public synchronized boolean packageEntry(String path) {
        dead();
        return entries.contains(path);
    }
    /** Packages (their directories) that load a module by a computed path: require(name), import(`./${x}`). */
    private Set<String> computedLoads;
    private Set<String> testServers;

    /**
     * Works out which files run ({@link #dead}) and which archived packages there are, ahead of the framework models'
     * first {@link #notRun}: asked on the call index's thread while the models are built (Scanner's early concepts).
     * Both read the facts, texts, manifests, module resolution and {@link CallNames} alone, and are kept as computed
     * whichever thread asks first.
     */
    public void reachability() {
        dead();
        archivedPackages();
    }

    /** Packages that load a module by a computed path (require(name), import(`./${x}`)). */
    public synchronized Set<String> computedLoads() {
        if (computedLoads == null) edges();
        return computedLoads;
    }

    /**
     * True for a script file no entry reaches (see the class comment): nothing imports, requires or re-exports it
     * but other such files, no script, config or glob names it; or a file of an {@link #archived} package. Its code
     * never runs.
     */
    public boolean dead(String path) {
        return dead().contains(path) || archivedPackage(path) || templatePackage(path) || testToolPackage(path);
    }

    /** A package.json description that says the package is a test or mock tool: "Test webhook receiver for ..". */
    private static final Pattern TEST_TOOL_DESCRIPTION = Pattern.compile(
            "\"description\"\\s*:\\s*\"\\s*(?:an?\\s+)?(?:(?:local|simple|standalone|minimal|small)\\s+)*(?:test|testing|mock|fake|dummy|stub)\\b", Pattern.CASE_INSENSITIVE);
    private Set<String> testToolDirs;

    /**
     * A file of a test tool's package: a package below the scanned root whose package.json describes it as a test or mock
     * tool ({@code "description": "Test webhook receiver for Claude Worker progress events"}) and that no deployment config
     * outside it names (a Dockerfile, compose, Procfile or platform file writing its folder's name; shell scripts and docs do
     * not count: a developer starts it by hand to watch what the real server sends). Its server is no part of the
     * application (s32 sheenapps apps/worker/webhook-receiver/, started by scripts/test-webhooks.sh beside the worker).
     */
    public boolean testToolPackage(String path) {
        Set<String> dirs;
        synchronized (this) {
            if (testToolDirs == null) {
                Set<String> out = new HashSet<>();
                for (PackageJson m : PackageJson.of(project.manifests())) {
                    String d = dir(m.path());
                    String pj = project.texts().get(m.path());
                    if (d.isEmpty() || pj == null || !TEST_TOOL_DESCRIPTION.matcher(pj).find()) continue;
                    String folder = d.substring(d.lastIndexOf('/') + 1);
                    boolean deployed = false;
                    for (String cfg : configsOnDisk()) {
                        String low = cfg.toLowerCase(Locale.ROOT);
                        if (cfg.startsWith(d + "/") || low.endsWith(".sh") || low.endsWith(".json") || low.endsWith(".html") || low.endsWith(".htm")) continue;
                        String text = SourceLines.text(project, cfg, 1_000_000);
                        if (text == null || text.contains(folder)) {
                            deployed = true;
                            break;
                        }
                    }
                    if (!deployed) out.add(d);
                }
                testToolDirs = out;
            }
            dirs = testToolDirs;
        }
        if (dirs.isEmpty() || path == null) return false;
        for (String d : dirs) if (path.startsWith(d + "/")) return true;
        return false;
    }

    /** A package name a generator fills in: {@code {{PROJECT_NAME}}}, {@code <%= name %>}, {@code ${projectName}}. */
    private static final Pattern PLACEHOLDER_NAME = Pattern.compile(".*(\\{\\{|<%|\\$\\{).*");
    private Set<String> templateDirs;

    /**
     * A file of a project template: below a package (not the scanned root) whose package.json names it with a placeholder
     * a generator fills in ({@code "name": "{{PROJECT_NAME}}"}), a workspace of such a package included. The project's
     * generator copies the folder as files into a new project; nothing installs, builds or starts it here (s32
     * digitaenergy templates/api-service and templates/fullstack-web-app/apps/api beside its own apps/api).
     */
    public boolean templatePackage(String path) {
        Set<String> dirs;
        synchronized (this) {
            if (templateDirs == null) {
                Set<String> out = new HashSet<>();
                for (PackageJson m : PackageJson.of(project.manifests())) {
                    String d = dir(m.path());
                    if (!d.isEmpty() && m.name() != null && PLACEHOLDER_NAME.matcher(m.name()).matches()) out.add(d);
                }
                templateDirs = out;
            }
            dirs = templateDirs;
        }
        if (dirs.isEmpty() || path == null) return false;
        for (String d : dirs) if (path.startsWith(d + "/")) return true;
        return false;
    }

    private Map<String, Set<String>> allEdges;
    /**
     * Packages whose imports the resolver could not all follow (an alias it does not know, a build output it cannot map) in a
     * file that runs: set by {@link #dead} from {@link #unresolvedBy} once the walk from the entries is known.
     */
    private Set<String> unresolvedIn;
    /**
     * Package -> the files whose imports the resolver could not follow there ("": the package itself, a file its
     * package.json runs that is not found). An import of a file no entry reaches loads nothing: that file never runs.
     */
    private Map<String, Set<String>> unresolvedBy;
    /** Set while {@link #add} is given the static imports of a file (import declarations, re-exports), not a call's. */
    private boolean staticSpecs;
    /**
     * Files with a static import of a relative path that is no file on disk (not even one the parser gave up on): Node
     * resolves static imports before the module runs, so loading such a file throws; it serves nothing.
     */
    private final Set<String> cannotLoad = new HashSet<>();

    private synchronized Map<String, Set<String>> edges() {
        if (allEdges != null) return allEdges;
        Map<String, Set<String>> out = new HashMap<>();
        Set<String> computed = new HashSet<>();
        Map<String, Set<String>> unresolved = new HashMap<>();
        Set<String> deps = dependencyNames();
        for (FileFacts f : project.files().values()) {
            if (!SCRIPT.matcher(f.path()).matches()) continue;
            List<String> specs = new ArrayList<>();
            for (Import i : f.imports().values()) specs.add(i.module());
            specs.addAll(f.reexportAll());
            for (Val v : f.exports().values()) if (v instanceof Val.Ref r) specs.add(r.module());
            // import './instrument': a side-effect import binds no name, so the facts hold no Import for it
            String text = SourceLines.text(project, f.path(), 4_000_000);
            if (text != null && mayImportBare(text)) {
                Matcher m = SIDE_IMPORT.matcher(text);
                while (m.find()) specs.add(m.group(1));
            }
            staticSpecs = true;
            for (String spec : specs) add(out, f.path(), spec, deps, unresolved);
            staticSpecs = false;
        }
        for (CallNames.At at : CallNames.of(project).named(LOADS)) {
            CallSite cs = at.cs();
            if (cs.callee() instanceof Val.Global g && g.path().isEmpty()
                    && (g.name().equals("require") || g.name().equals("import")) && cs.args().size() == 1) {
                String spec = Val.constString(cs.arg(0));
                List<String> named = spec == null ? computedTargets(at.file(), cs.arg(0)) : null;
                if (spec == null && named == null) {
                    // (a tooling script's computed load, scripts/validate-system.js requiring each module of a list to
                    // see that it loads, runs in that script's process: what it loads runs there, not in the server, and
                    // the package's other files stay as its known imports leave them)
                    if (!ServerCode.tooling(at.file().path()) && !project.isTestPath(at.file().path())) computed.add(packageDir(at.file().path()));
                    computedFiles.add(at.file().path());
                }
                else if (spec == null) {
                    for (String t : named) if (!t.equals(at.file().path())) out.computeIfAbsent(at.file().path(), k -> new HashSet<>()).add(t);
                } else add(out, at.file().path(), spec, deps, unresolved);
            }
        }
        computed.addAll(computedText);
        computedLoads = computed;
        unresolvedBy = unresolved;
        // until the walk is known (dead()), every package with an import not followed
        unresolvedIn = new HashSet<>(unresolved.keySet());
        allEdges = out;
        return out;
    }

    /**
     * False when no {@code import} in the text is followed by blanks and a quote, so {@link #SIDE_IMPORT} cannot match
     * (its blanks are the regex's {@code \s}); the pattern then runs over the texts where it may. Running it over
     * every source of a large tree was a third of the reachability work.
     */
    static boolean mayImportBare(String text) {
        for (int i = text.indexOf("import"); i >= 0; i = text.indexOf("import", i + 6)) {
            int j = i + 6;
            while (j < text.length() && isRegexSpace(text.charAt(j))) j++;
            if (j < text.length() && (text.charAt(j) == '\'' || text.charAt(j) == '"')) return true;
        }
        return false;
    }

    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    private static boolean endsSorX(String v) {
        if (v.isEmpty()) return false;
        char last = v.charAt(v.length() - 1);
        return last == 's' || last == 'x';
    }

    private static void unresolved(Map<String, Set<String>> unresolved, String pkg, String from) {
        unresolved.computeIfAbsent(pkg, k -> new HashSet<>()).add(from);
    }


    private void add(Map<String, Set<String>> out, String from, String spec, Set<String> deps, Map<String, Set<String>> unresolved) {
        if (spec == null || spec.isEmpty()) return;
        String t = project.resolveModule(from, spec);
        if (t != null) {
            if (!t.equals(from)) out.computeIfAbsent(from, k -> new HashSet<>()).add(t);
            return;
        }
        // a test's own helper path the resolver misses says nothing of what the server loads
        if (project.isTestPath(from)) return;
        if (ASSET.matcher(spec).find()) return; // a stylesheet, an image, JSON data: no code
        if (spec.startsWith(".") || spec.startsWith("/")) {
            // a source the parser gave up on (a syntax error): its imports read from its text with a pattern (every
            // written specifier; a computed one makes its package unknown)
            String unparsed = spec.startsWith(".") ? onDisk(dev.backcheck.workspace.Globs.normalize(dir(from).isEmpty() ? spec : dir(from) + "/" + spec)) : null;
            if (unparsed != null) {
                out.computeIfAbsent(from, k -> new HashSet<>()).add(unparsed);
                if (textRead.add(unparsed)) {
                    String text = SourceLines.text(project, unparsed, 4_000_000);
                    // a bundle the scan skipped as minified (Minified: a build's output, a saved page's scripts) loads
                    // nothing of the project's source; its chunk loader's computed import() says nothing of the server
                    if (text != null && dev.backcheck.workspace.Minified.skip(unparsed, text)) return;
                    if (text == null) {
                        unresolved(unresolved, packageDir(unparsed), unparsed);
                        return;
                    }
                    Matcher m = TEXT_SPEC.matcher(text);
                    while (m.find()) add(out, unparsed, m.group(1) != null ? m.group(1) : m.group(2), deps, unresolved);
                    if (COMPUTED_LOAD.matcher(text).find()) computedText.add(packageDir(unparsed));
                }
                return;
            }
            // a script importing the package's build output (../dist/config/db.js): what it loads is compiled from the
            // source file at the same place under the source folder (src/config/db.ts), the build's only input here
            String source = spec.startsWith(".") ? builtFrom(from, spec) : null;
            if (source != null) {
                out.computeIfAbsent(from, k -> new HashSet<>()).add(source);
                return;
            }
            // a relative path names one place: when no file is there (./guards/jwt-auth.guard beside a controller while
            // the guard lives in common/guards), it loads nothing of the project (the import throws, or names a file the
            // build writes), so the package's other files stay as its known imports leave them
            if (staticSpecs) cannotLoad.add(from);
            return;
        }
        if (spec.startsWith("node:") || spec.startsWith("bun:") || spec.startsWith("npm:") || spec.startsWith("jsr:")
                || spec.startsWith("virtual:") || spec.startsWith("data:") || spec.startsWith("http:") || spec.startsWith("https:")) return;
        String name = spec.startsWith("@") && spec.indexOf('/') > 0
                ? spec.substring(0, spec.indexOf('/', spec.indexOf('/') + 1) < 0 ? spec.length() : spec.indexOf('/', spec.indexOf('/') + 1))
                : spec.indexOf('/') < 0 ? spec : spec.substring(0, spec.indexOf('/'));
        if (BUILTINS.contains(name) || name.equals("bun")) return;
        if (deps.contains(name)) {
            // a workspace package the resolver did not follow (a deep import into it): everything in it may be loaded
            String ws = workspaces().get(name);
            if (ws != null) unresolved(unresolved, ws, from);
            return;
        }
        // an alias the resolver does not know (@/lib/x, ~/x, #x, or a baseUrl path such as src/x or utils/x): what it
        // loads is not known. Another bare name is a package the manifests do not declare (a hoisted or global one).
        String first = spec.indexOf('/') < 0 ? spec : spec.substring(0, spec.indexOf('/'));
        // (a package of an npm scope the manifests install from the registry, @opentelemetry/api beside a declared
        // @opentelemetry/sdk-node that brings it: a hoisted package, not an alias of the project's folders)
        if (spec.startsWith("@") && spec.indexOf('/') > 1 && registryScopes().contains(first)) return;
        String pkg = packageDir(from);
        String base = pkg.isEmpty() ? "" : pkg + "/";
        if (!Character.isLetterOrDigit(spec.charAt(0)) || spec.startsWith("@/") || dirs().contains(base + first) || dirs().contains(base + "src/" + first)) {
            // the alias's own mapping is not known (a tsconfig extended from a package not in the tree, a package.json
            // imports map), but the path after it names the module: @app/modules/llm/llm.prompts loads a file whose path
            // ends in modules/llm/llm.prompts, not any file of the package
            Set<String> guessed = aliasTargets(pkg, spec);
            if (!guessed.isEmpty()) {
                out.computeIfAbsent(from, k -> new HashSet<>()).addAll(guessed);
                return;
            }
            // whatever the alias maps to, the module it loads is named by the specifier's last segment: when no file or
            // folder of the tree has that name (require('@aws-sdk/client-kms') in a try, an optional package the manifests
            // leave out), it loads no project file
            if (namesNoProjectFile(spec)) return;
            unresolved(unresolved, pkg, from);
        }
    }

    /** A written file name, after the folders written before it: plugin.ts, routes/index.js, handler. */
    private static final Pattern WRITTEN_TAIL = Pattern.compile("(?:[\\w@.-]+/)*[\\w@.-]*\\w[\\w@.-]*");

    /**
     * The project files a load by a computed path may load when the path ends in a written file name: {@code
     * import(join(pluginPath, 'plugin.ts'))}, {@code require(`${dir}/handler.js`)}, {@code dir + '/routes/index.js'} (a
     * loader that lists a folder and loads the file of that name in each entry). They are the script files of the loading
     * file's package with that name (any script extension: the source of a compiled .js), under the folders the tail
     * writes before it, not test code. The folder the listing reads is not followed (it usually comes from the caller):
     * every file of that name in the package is taken. Empty when the name is data (JSON, an asset) or no file has it;
     * null when the file name itself is computed ({@code import(`./routes/${file}`)}, {@code require(name)}): then the
     * package loads it does not say what.
     */
    public List<String> computedTargets(FileFacts from, Val spec) {
        if (from == null || spec == null) return null;
        Val x = project.resolve(spec, from).val();
        String tail = null;
        if (x instanceof Val.Call c && c.args().size() >= 2) {
            String m = dev.backcheck.lang.facts.Vals.lastName(c.callee());
            String root = project.rootModule(c.callee(), from);
            if (("join".equals(m) || "resolve".equals(m)) && ("path".equals(root) || "node:path".equals(root) || "path/posix".equals(root))) {
                tail = Val.constString(project.resolve(c.args().get(c.args().size() - 1), from).val());
                if (tail != null && (tail.startsWith("/") || tail.isEmpty())) return null;
            }
        } else if (x instanceof Val.Tpl t && !t.holes().isEmpty()) {
            String last = t.quasis().get(t.quasis().size() - 1);
            int slash = last.indexOf('/');
            tail = slash < 0 ? null : last.substring(slash + 1);
        } else if (x instanceof Val.Concat c && c.parts().size() >= 2) {
            String last = Val.constString(project.resolve(c.parts().get(c.parts().size() - 1), from).val());
            int slash = last == null ? -1 : last.indexOf('/');
            tail = slash < 0 ? null : last.substring(slash + 1);
        }
        if (tail == null) return null;
        while (tail.startsWith("./")) tail = tail.substring(2);
        // join(__dirname, '../dist/services/x.js') from scripts/: a file of the package's own build (its source has the
        // same name under the written folders), as long as the ../ steps stay inside the package
        if (tail.startsWith("../")) {
            String up = tail.substring(0, tail.lastIndexOf("../") + 3);
            String at = dev.backcheck.workspace.Globs.normalize(dir(from.path()).isEmpty() ? up : dir(from.path()) + "/" + up);
            String pkg0 = packageDir(from.path());
            if (at == null || at.startsWith("..") || !(pkg0.isEmpty() || (at + "/").startsWith(pkg0 + "/"))) return null;
            tail = tail.substring(up.length());
            Matcher od = OUT_DIR.matcher(tail);
            if (od.find()) tail = tail.substring(od.end());
        }
        if (!WRITTEN_TAIL.matcher(tail).matches() || tail.contains("..")) return null;
        if (ASSET.matcher(tail).find()) return List.of();
        int cut = tail.lastIndexOf('/');
        String folders = cut < 0 ? "" : tail.substring(0, cut);
        String stem = JS_EXT.matcher(tail.substring(cut + 1)).replaceFirst("");
        if (stem.isEmpty()) return null;
        String pkg = packageDir(from.path());
        List<String> out = new ArrayList<>();
        for (String p : project.files().keySet()) {
            if (!SCRIPT.matcher(p).matches() || p.endsWith(".d.ts") || project.isTestPath(p)) continue;
            String name = p.substring(p.lastIndexOf('/') + 1);
            if (!JS_EXT.matcher(name).replaceFirst("").equals(stem)) continue;
            String d = dir(p);
            if (!folders.isEmpty() && !(d.equals(folders) || d.endsWith("/" + folders))) continue;
            if (!packageDir(p).equals(pkg)) continue;
            out.add(p);
        }
        Collections.sort(out);
        return out;
    }

    /** Build output folders a script may import compiled code from. */
    private static final Set<String> BUILD_DIRS = Set.of("dist", "build", "out");

    /**
     * The source file a relative import of build output stands for: {@code ../dist/config/db.js} from
     * {@code backend/scripts/x.js}, which is no file of the tree, resolved as {@code ../src/config/db.js} (then as
     * {@code ../config/db.js}) by the project's own module resolution. Null when neither names a project file.
     */
    private String builtFrom(String from, String spec) {
        String[] seg = spec.split("/");
        for (int i = 0; i < seg.length - 1; i++) {
            if (!BUILD_DIRS.contains(seg[i])) continue;
            String before = String.join("/", Arrays.copyOfRange(seg, 0, i));
            String after = String.join("/", Arrays.copyOfRange(seg, i + 1, seg.length));
            for (String src : List.of("src/", "")) {
                String t = project.resolveModule(from, (before.isEmpty() ? "" : before + "/") + src + after);
                if (t != null) return t;
            }
            return null;
        }
        return null;
    }

    private Map<String, List<String>> byStem;

    /**
     * The project files an alias import whose mapping is unknown may load: those whose path, without its extension (or
     * its folder, for an index file), ends in what the specifier names after its first segment (the alias:
     * {@code @app}, {@code @}, {@code ~}, {@code #lib}) or, for a specifier written from a base folder
     * ({@code src/lib/db}, {@code utils/db}), in the whole specifier. The path after the alias must have at least two
     * segments ({@code @app/modules/llm}, not {@code @config}): one name alone could be any folder's. Files of the
     * importer's package first, else of the whole tree; none: unknown.
     */
    private synchronized Set<String> aliasTargets(String pkg, String spec) {
        String s = spec.replaceFirst("\\.[cm]?[jt]sx?$", "");
        String rest;
        if (Character.isLetterOrDigit(s.charAt(0)) && !s.startsWith("@")) rest = s;
        else rest = s.indexOf('/') < 0 ? "" : s.substring(s.indexOf('/') + 1);
        rest = rest.replaceFirst("/+$", "");
        if (rest.isEmpty() || rest.indexOf('/') < 0 || rest.contains("..") || rest.contains("*")) return Set.of();
        String last = rest.substring(rest.lastIndexOf('/') + 1);
        Set<String> inPkg = new TreeSet<>(), anywhere = new TreeSet<>();
        for (String p : stems().getOrDefault(last, List.of())) {
            String stem = JS_EXT.matcher(p).replaceFirst("");
            if (stem.endsWith("/index")) stem = stem.substring(0, stem.length() - 6);
            if (!(stem.equals(rest) || stem.endsWith("/" + rest))) continue;
            anywhere.add(p);
            if (packageDir(p).equals(pkg)) inPkg.add(p);
        }
        return !inPkg.isEmpty() ? inPkg : anywhere;
    }

    /** Script files by their name without extension (an index file by its folder's name). */
    private synchronized Map<String, List<String>> stems() {
        if (byStem == null) {
            byStem = new HashMap<>();
            for (String p : project.files().keySet()) {
                if (!SCRIPT.matcher(p).matches()) continue;
                String stem = JS_EXT.matcher(p).replaceFirst("");
                if (stem.endsWith("/index")) stem = stem.substring(0, stem.length() - 6);
                String last = stem.substring(stem.lastIndexOf('/') + 1);
                byStem.computeIfAbsent(last, k -> new ArrayList<>()).add(p);
            }
        }
        return byStem;
    }

    /**
     * True for a specifier of two or more segments whose last one ({@code client-kms} of {@code @aws-sdk/client-kms})
     * is the name of no script file and no folder of the tree: an alias maps a prefix, not the name after it, so
     * whatever the specifier's own mapping, it cannot load a project file.
     */
    private boolean namesNoProjectFile(String spec) {
        String s = spec.replaceFirst("\\.[cm]?[jt]sx?$", "").replaceFirst("/+$", "");
        int slash = s.lastIndexOf('/');
        if (slash <= 0) return false;
        String last = s.substring(slash + 1);
        if (last.isEmpty() || last.equals(".") || last.equals("..") || last.contains("*") || last.contains("$")) return false;
        if (stems().containsKey(last)) return false;
        for (String d : dirs()) if (d.equals(last) || d.endsWith("/" + last)) return false;
        return true;
    }

    /** True when {@code d} is {@code pkg} or a folder below it ({@code pkg} "" is the root). */
    private static boolean under(String d, String pkg) {
        return pkg.isEmpty() || d.equals(pkg) || d.startsWith(pkg + "/");
    }

    /** A package folder whose package.json declares workspaces (or that holds a pnpm-workspace.yaml). */
    private boolean workspaceRoot(String pkg) {
        String pj = project.texts().get(pkg.isEmpty() ? "package.json" : pkg + "/package.json");
        if (pj != null && pj.contains("\"workspaces\"")) return true;
        return project.root() != null && java.nio.file.Files.isRegularFile(project.root().resolve(pkg.isEmpty() ? "pnpm-workspace.yaml" : pkg + "/pnpm-workspace.yaml"),
                java.nio.file.LinkOption.NOFOLLOW_LINKS);
    }

    private static final Set<String> NEST_CLASS = Set.of("Module", "Controller", "Injectable", "Resolver", "WebSocketGateway", "Catch");

    /** A file declaring a NestJS module, controller or provider class ({@code @Module}, {@code @Controller}, {@code @Injectable} from @nestjs/*). */
    private boolean nestClassFile(FileFacts f) {
        for (dev.backcheck.lang.facts.ClassInfo ci : f.classes().values()) {
            for (dev.backcheck.lang.facts.Decorator d : ci.decorators()) {
                if (d.name() == null || !NEST_CLASS.contains(d.name()) || d.callee() == null) continue;
                String q = project.qname(d.callee(), f);
                if (q != null && q.startsWith("@nestjs/")) return true;
            }
        }
        return false;
    }

    private Set<String> dirSet;

    /** Every folder holding a project file. */
    private Set<String> dirs() {
        if (dirSet == null) {
            Set<String> d = new HashSet<>();
            for (String p : project.files().keySet()) for (String x = dir(p); !x.isEmpty() && d.add(x); x = dir(x)) { }
            dirSet = d;
        }
        return dirSet;
    }

    private final Set<String> textRead = new HashSet<>();
    private final Set<String> computedText = new HashSet<>();

    /** The script file on disk a relative specifier names (with the extensions and index files the resolver tries), or null. */
    private String onDisk(String base) {
        if (base == null || project.root() == null) return null;
        String b = JS_EXT.matcher(base).replaceFirst("");
        for (String ext : List.of(".ts", ".tsx", ".js", ".jsx", ".mjs", ".cjs", ".mts", ".cts")) {
            for (String c : List.of(b + ext, b + "/index" + ext)) {
                java.nio.file.Path f = project.root().resolve(c);
                if (java.nio.file.Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return c;
            }
        }
        return null;
    }

    private Map<String, String> workspaceDirs;

    /** Package name -> directory, for the project's own packages. */
    private synchronized Map<String, String> workspaces() {
        if (workspaceDirs == null) {
            Map<String, String> w = new HashMap<>();
            for (PackageJson m : PackageJson.of(project.manifests())) if (m.name() != null) w.put(m.name(), dir(m.path()));
            workspaceDirs = w;
        }
        return workspaceDirs;
    }

    private Set<String> registryScopes;

    /**
     * The npm scopes ({@code @opentelemetry}) of declared dependencies that no workspace package of the tree shares: a
     * name of such a scope is a registry package (declared or brought by one), never the project's own code.
     */
    private synchronized Set<String> registryScopes() {
        if (registryScopes != null) return registryScopes;
        Set<String> own = new HashSet<>();
        for (String w : workspaces().keySet()) if (w.startsWith("@") && w.indexOf('/') > 1) own.add(w.substring(0, w.indexOf('/')));
        for (PackageJson m : PackageJson.of(project.manifests())) {
            if (m.name() != null && m.name().startsWith("@") && m.name().indexOf('/') > 1) own.add(m.name().substring(0, m.name().indexOf('/')));
        }
        Set<String> out = new HashSet<>();
        for (String d : dependencyNames()) {
            if (!d.startsWith("@") || d.indexOf('/') <= 1) continue;
            String scope = d.substring(0, d.indexOf('/'));
            if (!own.contains(scope)) out.add(scope);
        }
        return registryScopes = out;
    }

    private Set<String> dependencyNames() {
        Set<String> out = new HashSet<>();
        for (PackageJson m : PackageJson.of(project.manifests())) {
            out.addAll(m.dependencies().keySet());
            if (m.name() != null) out.add(m.name());
        }
        return out;
    }

    private synchronized Set<String> dead() {
        if (dead != null) return dead;
        Map<String, Set<String>> edges = edges();
        Set<String> imported = new HashSet<>();
        edges.values().forEach(imported::addAll);
        // packages by directory: their files that may be dead, and whether an entry of theirs is known
        Set<String> known = new HashSet<>();
        Set<String> roots = new HashSet<>();
        // the roots that are test files (what only they reach runs only under the tests)
        Set<String> testRoots = new HashSet<>();
        // files run on their own (nothing loads them, they export nothing): a side server among them is left out below
        Set<String> ownRun = new HashSet<>();
        for (FileFacts f : project.files().values()) {
            String path = f.path();
            if (!SCRIPT.matcher(path).matches()) continue;
            // (a tooling path runs on its own, by hand or by its tool, unless the file is a NestJS module, controller or
            // provider: Nest loads those only through an import, so modules/data-migration/data-migration.module.ts,
            // which no module imports, runs nothing it imports)
            boolean tool = ServerCode.tooling(path) && !nestClassFile(f) && !appConfigModule(path);
            // (a serverless folder's convention holds unless the platform's config names what it deploys: a vercel.json
            // "builds" list naming src/server.js deploys no api/ function)
            boolean convention = conventionFolder(path, packageDir(path)) && !VercelFunctions.of(project).notBuilt(path);
            if (project.isTestPath(path) || tool || globbed(path, true) || convention) {
                roots.add(path);
                if (project.isTestPath(path)) testRoots.add(path);
                continue;
            }
            // an Auth0 Action (exports.onExecutePostLogin = async (event, api) => ..): the identity provider runs it
            if (!imported.contains(path) && f.exports().keySet().stream().anyMatch(k -> AUTH0_ACTION.matcher(k).matches())) {
                roots.add(path);
                continue;
            }
            // a script run on its own: nothing loads it and it exports nothing (a barrel of export * lines exports)
            if (!imported.contains(path) && f.exports().isEmpty() && f.reexportAll().isEmpty()) {
                roots.add(path);
                ownRun.add(path);
            }
        }
        // a Next.js package (next its only loader): the router loads the files under app/ and pages/ and the convention
        // files beside them (middleware, instrumentation), not every file of the package
        for (String pkg : nextRouted()) {
            known.add(pkg);
            for (FileFacts f : project.files().values()) {
                String path = f.path();
                if (!SCRIPT.matcher(path).matches() || !packageDir(path).equals(pkg)) continue;
                String rel = pkg.isEmpty() ? path : path.substring(pkg.length() + 1);
                if (NEXT_ROUTED.matcher(rel).find()) roots.add(path);
            }
        }
        // an Expo Router app (main: expo-router/entry): the router loads every screen and layout under app/ (src/app/)
        for (PackageJson m : PackageJson.of(project.manifests())) {
            if (!m.dependencies().containsKey("expo-router")) continue;
            String pkg = dir(m.path());
            for (FileFacts f : project.files().values()) {
                String path = f.path();
                if (!SCRIPT.matcher(path).matches() || !packageDir(path).equals(pkg)) continue;
                String rel = pkg.isEmpty() ? path : path.substring(pkg.length() + 1);
                if (EXPO_ROUTED.matcher(rel).find()) roots.add(path);
            }
        }
        // an autoload package (autoload its only loader): the files under the folders it loads are its plugins
        for (Map.Entry<String, Set<String>> e : autoloaded().entrySet()) {
            known.add(e.getKey());
            for (FileFacts f : project.files().values()) {
                String path = f.path();
                if (!SCRIPT.matcher(path).matches() || !packageDir(path).equals(e.getKey())) continue;
                for (String d : e.getValue()) if (path.startsWith(d + "/")) roots.add(path);
            }
        }
        // a file that listens is a server's entry
        Set<String> listeners = new HashSet<>();
        for (CallNames.At c : CallNames.of(project).named(Set.of("listen"))) {
            roots.add(c.file().path());
            if (!project.isTestPath(c.file().path())) listeners.add(c.file().path());
        }
        // package names some manifest depends on (another package may require this one through its main)
        Set<String> dependedOn = new HashSet<>();
        for (PackageJson m : PackageJson.of(project.manifests())) dependedOn.addAll(m.dependencies().keySet());
        // the files package.json names (main, bin, exports, what its scripts run), per package directory
        Map<String, Set<String>> named = new HashMap<>();
        // the same files, per directory of the package.json naming them (a root package.json may run backend/server.js)
        Map<String, Set<String>> namedBy = new HashMap<>();
        // the files the serving scripts (start, dev, serve, ..) of each package.json run, per directory of that package.json
        Map<String, Set<String>> servingBy = new HashMap<>();
        // what package.json files name: main, module, bin, exports, the files its scripts run
        for (PackageJson m : PackageJson.of(project.manifests())) {
            String pj = project.texts().get(m.path());
            String d = dir(m.path());
            if (pj == null) continue;
            List<String> words = new ArrayList<>(PackageJson.entryWords(pj));
            Matcher mm = ENTRY_FIELD.matcher(pj);
            while (mm.find()) words.add(mm.group(1));
            // the words whose file must be found: main, module, bin, exports and what the serving scripts run (another
            // script's missing file is an output it writes or a tool's own)
            Set<String> needed = new HashSet<>();
            mm = ENTRY_FIELD.matcher(pj);
            while (mm.find()) needed.add(mm.group(1));
            mm = MAIN_FIELD.matcher(pj);
            while (mm.find()) needed.add(mm.group(1));
            PackageJson.scriptFiles(pj).forEach((name, files) -> {
                if (ServerCode.SERVING_SCRIPT.matcher(name).find()) needed.addAll(files);
            });
            Set<String> serving = new HashSet<>();
            PackageJson.scriptFiles(pj).forEach((name, files) -> {
                if (ServerCode.SERVING_SCRIPT.matcher(name).find()) serving.addAll(files);
            });
            Set<String> mainWords = new HashSet<>();
            mm = MAIN_ONLY.matcher(pj);
            while (mm.find()) mainWords.add(mm.group(1));
            boolean servingFound = false;
            List<String> missed = new ArrayList<>();
            for (String w : words) {
                if (w.contains("*") || w.startsWith("-") || w.contains("://") || w.contains("node_modules/")) continue;
                boolean code = CODE_WORD.matcher(w).matches() && needed.contains(w);
                String hit = entryFile(d, w);
                if (hit != null) {
                    namedBy.computeIfAbsent(d, k -> new HashSet<>()).add(hit);
                    roots.add(hit);
                    known.add(packageDir(hit));
                    known.add(d);
                    named.computeIfAbsent(packageDir(hit), k -> new HashSet<>()).add(hit);
                    if (serving.contains(w)) {
                        servingFound = true;
                        servingBy.computeIfAbsent(d, k -> new HashSet<>()).add(hit);
                    }
                } else if (code) {
                    missed.add(w);
                }
            }
            // a file the package runs that the resolver cannot find (a build output with no source beside it); a stale
            // main of an app package no other package depends on, whose serving script's file is found, is not run:
            // node runs the script's file, and main only answers a require of the package
            boolean app = servingFound && m.name() != null && !dependedOn.contains(m.name()) || servingFound && m.name() == null;
            for (String w : missed) {
                if (app && mainWords.contains(w) && !serving.contains(w)) continue;
                // (a file of a source folder of the tree that no build writes, scripts/validate-api-keys.js behind a
                // validate:api-keys script or src/server-minimal.js behind dev:minimal, that nobody committed: the script
                // fails, no build output stands behind the word, and the package's imports are all known)
                String w0 = w.replace('\\', '/').replaceFirst("^\\./", "");
                int cut = w0.lastIndexOf('/');
                if (cut > 0 && !w0.contains("..") && !BUILD_DIRS.contains(w0.split("/")[0]) && !OUT_DIR.matcher(w0).find()
                        && (ServerCode.tooling(w0) || dirs().contains((d.isEmpty() ? "" : d + "/") + w0.substring(0, cut)))) continue;
                unresolved(unresolvedBy, d, "");
            }
        }
        // a Cloudflare Worker's wrangler config beside its package.json names the entry it deploys (main = "server.ts"):
        // the package's entry, so what it never imports (a Hono sub-app no route() mounts) is known to be unreached
        for (WranglerConfig.File wf : WranglerConfig.of(project).files()) {
            String d = wf.dir().isEmpty() ? "" : wf.dir().substring(0, wf.dir().length() - 1);
            for (String main : wf.mains()) {
                String hit = entryFile(d, main);
                if (hit == null || !packageDir(hit).equals(d)) continue;
                roots.add(hit);
                known.add(d);
                named.computeIfAbsent(d, k -> new HashSet<>()).add(hit);
            }
        }
        // a Cloudflare Workers package whose wrangler config is not in the tree (wrangler dev / deploy naming no file, no
        // main of its own): its Worker is the conventional entry the Workers templates configure, src/index.ts, when that
        // file exports a default (the app or its fetch handler); a Hono router module nothing imports beside it is not run
        Set<String> wranglerDirs = new HashSet<>();
        for (WranglerConfig.File wf : WranglerConfig.of(project).files()) wranglerDirs.add(wf.dir().isEmpty() ? "" : wf.dir().substring(0, wf.dir().length() - 1));
        for (PackageJson m : PackageJson.of(project.manifests())) {
            String d = dir(m.path());
            if (named.containsKey(d) || wranglerDirs.contains(d) || !workersPackage(m)) continue;
            for (String cand : WORKER_ENTRIES) {
                String path = (d.isEmpty() ? "" : d + "/") + cand;
                FileFacts ef = project.files().get(path);
                if (ef == null || !ef.exports().containsKey("default")) continue;
                roots.add(path);
                known.add(d);
                named.computeIfAbsent(d, k -> new HashSet<>()).add(path);
                break;
            }
        }
        // Vercel's functions: each file of the api/ folder beside a vercel.json (and each @vercel/node build's src) is an
        // entry the platform runs on a request, wherever that folder sits in its package (backend/api/orders.js under a
        // root package.json)
        for (String fn : VercelFunctions.of(project).functions()) {
            if (SCRIPT.matcher(fn).matches()) roots.add(fn);
        }
        Set<String> sideServers = new HashSet<>();
        // a side server: a file that starts a server of its own (it listens) which nothing loads, no package.json names and
        // no config runs, beside a server the package's named entries do reach (a debug copy of the app on another port,
        // tried by hand): the package runs its entry, not this file. Left out of the roots; a config naming it brings it back.
        // (a listener only test files import counts as loaded by nothing: the tests build the app, no process serves it)
        Set<String> importedByCode = new HashSet<>();
        edges.forEach((from, to) -> { if (!project.isTestPath(from)) importedByCode.addAll(to); });
        for (String l : listeners) {
            String pkg = packageDir(l);
            Set<String> entries = named.getOrDefault(pkg, Set.of());
            // a workspace root that runs nothing of its own (no main, no script's file: its scripts hand over to the
            // workspaces): the servers it runs are its workspaces' entries, and a server in its own folder beside them is
            // a leftover (camara's root src/index.ts beside packages/backend)
            boolean delegating = entries.isEmpty() && workspaceRoot(pkg);
            if (delegating) {
                entries = new HashSet<>();
                for (Map.Entry<String, Set<String>> e : named.entrySet()) if (!e.getKey().equals(pkg) && under(e.getKey(), pkg)) entries.addAll(e.getValue());
            } else if (entries.isEmpty()) {
                // a package.json that runs only files of a package below it (main and start: backend/server.js, a package
                // of its own): it hands over to that package, and a server in its own folder beside it (a stale copy of
                // the backend at the root) is a leftover, as in a workspace root
                Set<String> own = namedBy.getOrDefault(pkg, Set.of());
                if (!own.isEmpty() && own.stream().allMatch(h -> inPackageBelow(h, pkg))) {
                    delegating = true;
                    entries = new HashSet<>(own);
                }
            } else {
                // a package.json whose serving scripts (start, dev, ..) run only servers of a package below it, its own files
                // named by other scripts alone (db:seed's scripts/seed.js, test:* files): it hands the serving over to that
                // package as above, and a server in its own folder beside it is a leftover (s35 weddingbazaar: the root's
                // dev:backend and start:backend run backend-deploy/, whose own package.json starts the same file, beside
                // local-backend.cjs and server/index.cjs, copies no script starts)
                Set<String> serve = new HashSet<>();
                for (String h : servingBy.getOrDefault(pkg, Set.of())) if (!ServerCode.tooling(h) && !project.isTestPath(h)) serve.add(h);
                // (the serving files all lie below, so none of them is one of the package's own named files)
                if (!serve.isEmpty() && serve.stream().allMatch(h -> inPackageBelow(h, pkg))
                        && entries.stream().allMatch(h -> ServerCode.tooling(h) || project.isTestPath(h) || !listeners.contains(h))) {
                    delegating = true;
                    entries = serve;
                }
            }
            if (importedByCode.contains(l) || entries.contains(l) || entries.isEmpty() || runsOnItsOwn(l, pkg)) continue;
            if (servedElsewhere(l, pkg, delegating, listeners, walk(entries, edges))) {
                sideServers.add(l);
                roots.remove(l);
                ownRun.remove(l);
                // what the package holds beside it is known to be unreached unless an entry, test or config reaches it
                if (delegating) known.add(pkg);
            }
        }
        // a file that cannot load (a static import of a relative path naming no file throws before its code runs) starts
        // nothing, whatever made it a root: a convention folder's function, a listener, a script run on its own (s33 echotune
        // api/index.js requiring ../src/api/routes/health, which is not there). A file a package.json runs stays.
        Set<String> namedNow = new HashSet<>();
        named.values().forEach(namedNow::addAll);
        roots.removeIf(r -> cannotLoad.contains(r) && !namedNow.contains(r) && !project.isTestPath(r) && !ServerCode.tooling(r));
        Set<String> reach = walk(roots, edges);
        unresolvedIn = unresolvedIn(reach);
        List<String> candidates = candidates(reach, known);
        // a side server only unreached files import: src/app.ts, whose server only the unreached src/index.ts starts,
        // beside the main.ts that `nest start` runs (its own listen makes it a root above)
        Set<String> unreachedNow = new HashSet<>(candidates);
        boolean moved = false;
        for (String l : listeners) {
            if (!roots.contains(l) || sideServers.contains(l) || !importedByCode.contains(l)) continue;
            String pkg = packageDir(l);
            Set<String> entries = named.getOrDefault(pkg, Set.of());
            if (entries.isEmpty() || entries.contains(l) || runsOnItsOwn(l, pkg)) continue;
            boolean importers = false, liveImporter = false;
            for (Map.Entry<String, Set<String>> e : edges.entrySet()) {
                if (!e.getValue().contains(l) || project.isTestPath(e.getKey())) continue;
                importers = true;
                if (!unreachedNow.contains(e.getKey())) liveImporter = true;
            }
            if (!importers || liveImporter) continue;
            if (!servedElsewhere(l, pkg, false, listeners, walk(entries, edges))) continue;
            sideServers.add(l);
            roots.remove(l);
            ownRun.remove(l);
            moved = true;
        }
        if (moved) {
            reach = walk(roots, edges);
            unresolvedIn = unresolvedIn(reach);
            candidates = candidates(reach, known);
        }
        if (!candidates.isEmpty()) {
            // files a config (Dockerfile, Procfile, wrangler.toml, serverless.yml, an HTML page) or a string of the code
            // (new Worker('./worker.js'), fork(path.join(__dirname, 'child.js'))) names
            List<String[]> mentions = mentions();
            Set<String> more = new HashSet<>();
            for (String c : candidates) {
                // (a file that cannot load, its static import of a relative path naming no file, serves nothing however named)
                if (cannotLoad.contains(c)) continue;
                for (String[] mt : mentions) {
                    // (a side server named only by a shell script nothing runs, start-backend.sh running
                    // src/main.minimal.ts beside the main.ts the package starts, is a variant tried by hand)
                    // (a file below a vercel.json whose builds leave it out, in an api/ folder or anywhere else, is deployed
                    // only if an import from a build reaches it (Vercel bundles each build by tracing its imports): a string
                    // of the code naming it is a URL of the app, '/api/auth/register', which the server the builds name
                    // answers, and a bare name, 'register', says nothing of which folder's file runs)
                    if ((!mt[5].isEmpty() || mt[0].isEmpty()) && VercelFunctions.of(project).notBuilt(c)) continue;
                    if (named(c, mt) && !(sideServers.contains(c) && !namesSideServer(c, mt))) {
                        more.add(c);
                        break;
                    }
                }
            }
            if (!more.isEmpty()) {
                roots.addAll(more);
                reach = walk(roots, edges);
                unresolvedIn = unresolvedIn(reach);
                candidates = candidates(reach, known);
            }
        }
        dead = new TreeSet<>(candidates);
        dead.addAll(unbuilt(roots, edges));
        // a server that cannot start (noRuntime: its framework is not installed) runs nothing: what only it reaches (its
        // modules, controllers and services) never runs either, unless its package loads files by a computed path
        Set<String> cannotStart = noRuntime();
        if (!cannotStart.isEmpty()) {
            roots.removeAll(cannotStart);
            ownRun.removeAll(cannotStart);
            Set<String> live = walk(roots, edges);
            for (String x : walk(cannotStart, edges)) {
                if (live.contains(x) || !SCRIPT.matcher(x).matches() || project.isTestPath(x) || computedLoads.contains(packageDir(x))) continue;
                dead.add(x);
            }
        }
        Set<String> allNamed = new HashSet<>();
        named.values().forEach(allNamed::addAll);
        entries = allNamed;
        // an app file no entry reaches that cannot load itself: an import nobody could follow elsewhere in its package
        // may load any file, but loading this one throws (server/src/app.js beside the index.js the scripts run,
        // importing ../../middleware/ files that are not there). Only the applications ask (notRun): the code it
        // shares with the package stays as the package's unknown imports leave it.
        Set<String> unloadableApps = new TreeSet<>();
        for (String path : cannotLoad) {
            String pkg = packageDir(path);
            if (reach.contains(path) || dead.contains(path) || !known.contains(pkg) || computedLoads.contains(pkg)
                    || loaderPackage(pkg) && !dirLoaded(pkg)) continue;
            unloadableApps.add(path);
        }
        unloadable = unloadableApps;
        // what only the test files reach: the candidates of a walk from every root but the tests
        Set<String> prodRoots = new HashSet<>(roots);
        prodRoots.removeAll(testRoots);
        Set<String> prodReach = walk(prodRoots, edges);
        Set<String> onlyTests = new TreeSet<>();
        // (in a package whose imports the resolver could not all follow, a file is taken only when no other source file
        // of the project but the tests names it: no missed alias import can load it)
        Map<String, String> stemOf = new TreeMap<>();
        for (String path : reach) {
            if (!SCRIPT.matcher(path).matches() || prodReach.contains(path) || project.isTestPath(path) || dead.contains(path)) continue;
            String pkg = packageDir(path);
            if (!known.contains(pkg) || computedLoads.contains(pkg) || loaderPackage(pkg) && !dirLoaded(pkg)) continue;
            if (!unresolvedIn.contains(pkg)) onlyTests.add(path);
            else stemOf.put(path, JS_EXT.matcher(path.substring(path.lastIndexOf('/') + 1)).replaceFirst(""));
        }
        if (!stemOf.isEmpty() && stemOf.size() <= 50) {
            Set<String> stems = new HashSet<>(stemOf.values());
            Set<String> namedElsewhere = new HashSet<>();
            for (String other : project.files().keySet()) {
                if (project.isTestPath(other) || stemOf.containsKey(other) || !SCRIPT.matcher(other).matches()) continue;
                String text = SourceLines.text(project, other, 4_000_000);
                if (text == null) {
                    namedElsewhere.addAll(stems);
                    break;
                }
                for (String st : stems) if (text.contains(st)) namedElsewhere.add(st);
            }
            stemOf.forEach((path, st) -> { if (!namedElsewhere.contains(st)) onlyTests.add(path); });
        }
        // a file a config or a string of the code names is an entry of its own (wrangler.toml main = "src/index.ts")
        if (!onlyTests.isEmpty()) {
            List<String[]> mentions = mentions();
            // (not by the words only tests write, nor, for a side server, by a shell script nothing runs)
            onlyTests.removeIf(c -> mentions.stream().anyMatch(mt -> !mt[4].equals("test")
                    && !(sideServers.contains(c) && !namesSideServer(c, mt)) && named(c, mt)));
        }
        testOnly = onlyTests;
        return dead;
    }

    /** A config file named after the app's own concern, below a source folder: src/database/redis.config.ts. */
    private static final Pattern APP_CONFIG_MODULE = Pattern.compile("(^|/)src/(?:[^/]+/)*[^/]+\\.config\\.[cm]?[jt]s$");

    /**
     * A {@code *.config.ts} module below a package's source folder that no tool's name gives (src/database/redis.config.ts,
     * src/config/swagger.config.ts): application configuration the app's own code imports, not a file a tool looks up and
     * runs (tools find vite.config.ts, jest.config.js beside package.json, and their names are theirs). Nothing imports it:
     * it never runs (s32 iterp redis.config.ts, read only by itself).
     */
    private static boolean appConfigModule(String path) {
        if (!APP_CONFIG_MODULE.matcher(path).find()) return false;
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (TOOL_CONFIG.matcher(name).matches() || TEST_RUNNER_CONFIG.matcher(name).matches()) return false;
        // (the other tooling names of ServerCode: a seed or migration config, knexfile, data-source, still run by hand)
        return !ServerCode.tooling(path.substring(0, path.lastIndexOf('/') + 1) + name.replaceFirst("\\.config\\.", "."));
    }

    /** The entries the Cloudflare Workers templates (create-cloudflare, create-hono) write into wrangler's main. */
    private static final List<String> WORKER_ENTRIES = List.of("src/index.ts", "src/index.js", "src/index.mjs", "src/index.tsx");

    /**
     * A package deployed with wrangler: it depends on wrangler and a script runs {@code wrangler dev} or {@code wrangler
     * deploy} (publish) without naming a file (the entry then comes from the wrangler config alone).
     */
    private boolean workersPackage(PackageJson m) {
        if (!m.dependencies().containsKey("wrangler")) return false;
        String pj = project.texts().get(m.path());
        if (pj == null) return false;
        for (String cmd : PackageJson.scripts(pj).values()) {
            Matcher w = WRANGLER_RUN.matcher(cmd);
            if (w.find() && !CODE_IN_COMMAND.matcher(cmd.substring(w.end())).find()) return true;
        }
        return false;
    }

    private static final Pattern WRANGLER_RUN = Pattern.compile("\\bwrangler\\s+(dev|deploy|publish)\\b");
    private static final Pattern CODE_IN_COMMAND = Pattern.compile("^[^&|;]*?\\S+\\.[cm]?[jt]sx?\\b");

    /** A listener its tool or a convention runs by itself (a script, a globbed or framework-convention file): never a side server. */
    private boolean runsOnItsOwn(String l, String pkg) {
        return ServerCode.tooling(l) || globbed(l, true) || conventionFolder(l, pkg) && !VercelFunctions.of(project).notBuilt(l);
    }

    /** True for a file of a folder a serverless platform loads by convention ({@link #CONVENTION}), relative to its package {@code pkg}. */
    private static boolean conventionFolder(String path, String pkg) {
        return CONVENTION.matcher(path.substring(pkg.isEmpty() ? 0 : pkg.length() + 1)).find();
    }

    /**
     * True when another listener of {@code l}'s package ({@code anyPackage}: of any package, for a workspace root that
     * delegates to its workspaces) is reached from the package's entries: the package serves its app there, not from l.
     * (Listeners are non-test files.)
     */
    /** True when file {@code path} belongs to a package below package {@code pkg} (a package of its own, not pkg itself). */
    private boolean inPackageBelow(String path, String pkg) {
        String d = packageDir(path);
        return !d.equals(pkg) && under(d, pkg);
    }

    private boolean servedElsewhere(String l, String pkg, boolean anyPackage, Set<String> listeners, Set<String> fromEntries) {
        for (String other : listeners) {
            if (!other.equals(l) && (anyPackage || packageDir(other).equals(pkg)) && fromEntries.contains(other)) return true;
        }
        return false;
    }

    /** Commands that compile a package with the TypeScript compiler and its tsconfig: nest build, tsc (-p FILE). */
    private static final Pattern NEST_BUILD = Pattern.compile("(?:^|[\\s;&|(/])nest\\s+build\\b");
    private static final Pattern TSC_PROJECT = Pattern.compile("(?:^|[\\s;&|(/])tsc\\b[^;&|]*?(?:-p|--project)\\s+([\\w./-]+)");
    /** A serving command that runs the compiled output: nest start (it builds first), node dist/main. */
    private static final Pattern RUNS_OUTPUT = Pattern.compile("^\\s*(?:nest\\s+start\\b|node\\s+(?:--[\\w-]+(?:=\\S+)?\\s+)*(?:\\./)?(?:dist|build|out)/)");

    /**
     * Source files a package's TypeScript build leaves out ({@code exclude} of the tsconfig its build compiles with:
     * {@code nest build} takes tsconfig.build.json when there is one (the Nest CLI's getDefaultTsconfigPath), {@code tsc
     * -p FILE} that file) that nothing the package runs imports: tsc compiles an excluded file only when an included one
     * imports it, so the output the serving scripts run ({@code nest start}, {@code node dist/main}) has no such file,
     * and no computed require of the output can load it. Tooling files (scripts run by hand or by their tool) and test
     * files keep their own answers. Left alone when a file the package runs has an import the resolver could not follow
     * (an alias may name an excluded file, which tsc would then compile) or a serving script runs the sources.
     */
    private Set<String> unbuilt(Set<String> roots, Map<String, Set<String>> edges) {
        Set<String> out = new TreeSet<>();
        for (PackageJson m : PackageJson.of(project.manifests())) {
            String pj = project.texts().get(m.path());
            if (pj == null) continue;
            String d = dir(m.path());
            String base = d.isEmpty() ? "" : d + "/";
            Map<String, String> scripts = PackageJson.scripts(pj);
            String tsconfig = null;
            boolean servesOutput = false, servesSources = false;
            for (Map.Entry<String, String> e : scripts.entrySet()) {
                String cmd = e.getValue();
                if (NEST_BUILD.matcher(cmd).find()) {
                    tsconfig = project.texts().containsKey(base + "tsconfig.build.json") ? "tsconfig.build.json" : "tsconfig.json";
                } else {
                    Matcher tp = TSC_PROJECT.matcher(cmd);
                    if (tp.find() && e.getKey().startsWith("build")) tsconfig = tp.group(1).replaceFirst("^\\./", "");
                }
                if (ServerCode.SERVING_SCRIPT.matcher(e.getKey()).find() && !e.getKey().contains("test")) {
                    if (RUNS_OUTPUT.matcher(cmd).find()) servesOutput = true;
                    else if (cmd.matches("(?s).*\\b(?:ts-node(?:-dev)?|tsx|nodemon|bun|node)\\b.*")) servesSources = true;
                }
            }
            if (tsconfig == null || !servesOutput || servesSources) continue;
            List<Pattern> excluded = tsconfigExcludes(base, tsconfig);
            if (excluded.isEmpty()) continue;
            Set<String> left = new HashSet<>();
            for (String path : project.files().keySet()) {
                if (!SCRIPT.matcher(path).matches() || !path.startsWith(base) || !packageDir(path).equals(d)) continue;
                if (project.isTestPath(path) || ServerCode.tooling(path)) continue;
                String rel = path.substring(base.length());
                for (Pattern x : excluded) if (x.matcher(rel).matches()) { left.add(path); break; }
            }
            if (left.isEmpty()) continue;
            Set<String> from = new HashSet<>();
            for (String r : roots) if (!left.contains(r) && !project.isTestPath(r)) from.add(r);
            Set<String> reach = walk(from, edges);
            boolean unknown = false;
            for (String f : unresolvedBy.getOrDefault(d, Set.of())) if (f.isEmpty() || reach.contains(f)) unknown = true;
            if (unknown) continue;
            for (String path : left) if (!reach.contains(path)) out.add(path);
        }
        return out;
    }

    /** The {@code exclude} globs of a package's tsconfig (relative to the package), each also matching below a folder. */
    private List<Pattern> tsconfigExcludes(String base, String name) {
        String text = project.texts().get(base + name);
        if (text == null) return List.of();
        List<Pattern> out = new ArrayList<>();
        try {
            com.fasterxml.jackson.databind.JsonNode root = dev.backcheck.workspace.TsModuleResolver.readJson(text);
            com.fasterxml.jackson.databind.JsonNode ex = root == null ? null : root.get("exclude");
            if (ex == null || !ex.isArray()) return List.of();
            for (com.fasterxml.jackson.databind.JsonNode g : ex) {
                if (!g.isTextual()) continue;
                String glob = g.asText().replaceFirst("^\\./", "").replaceFirst("/+$", "");
                if (glob.isEmpty() || glob.startsWith("..") || glob.startsWith("/")) continue;
                out.add(dev.backcheck.workspace.Globs.glob(glob));
                out.add(dev.backcheck.workspace.Globs.glob(glob + "/**"));
            }
        } catch (Exception e) {
            return List.of();
        }
        return out;
    }


    private Set<String> testOnly;

    /**
     * True for a source file only test files reach (see {@link #dead}): a helper that builds an app for the tests
     * ({@code buildTestApp()} in {@code routes/pages.test-helpers.ts}), imported by test files and by nothing an entry
     * of its package loads. Its code runs under the test runner only.
     */
    public boolean testOnly(String path) {
        dead();
        return testOnly.contains(path);
    }

    /**
     * True when the application created at {@code at} (its {@code express()} / {@code new Hono()} call) is created in a
     * function only test code calls: {@code createTestApp(user)} beside the {@code createApp()} the entry runs, in the same
     * module, called by test files alone (directly, or through project functions only test files call, a few levels).
     * The file runs, but that app is built only under the test runner. A function with no known caller (a callback, a
     * framework hook, an export loaded by a computed path) is not known to be test-only.
     */
    public boolean createdOnlyByTests(dev.backcheck.findings.Location at) {
        if (at == null || at.path() == null || project.isTestPath(at.path())) return false;
        FileFacts f = project.file(at.path());
        if (f == null || f.main() == null) return false;
        List<dev.backcheck.lang.facts.Fn> all = dev.backcheck.model.Analysis.functions(f);
        dev.backcheck.lang.facts.Fn fn = null;
        for (dev.backcheck.lang.facts.Fn x : all) {
            if (x == f.main()) continue;
            for (CallSite cs : x.calls()) {
                if (cs.location() != null && cs.location().line() == at.line() && cs.location().column() == at.column()) {
                    fn = x;
                    break;
                }
            }
            if (fn != null) break;
        }
        if (fn == null) return false;
        dev.backcheck.flow.CallIndex idx = dev.backcheck.flow.CallIndex.of(project);
        // an arrow inside the builder (no caller of its own, no callback): the function it is written in
        for (int up = 0; fn != null && fn != f.main() && idx.callers(fn).isEmpty() && idx.callback(fn) == null && up < 3; up++) fn = idx.parentOf(fn);
        return fn != null && fn != f.main() && onlyTestsCall(idx, fn, 0, new HashSet<>());
    }

    private boolean onlyTestsCall(dev.backcheck.flow.CallIndex idx, dev.backcheck.lang.facts.Fn fn, int depth, Set<dev.backcheck.lang.facts.Fn> seen) {
        if (depth > 3 || !seen.add(fn) || idx.callback(fn) != null) return false;
        List<dev.backcheck.flow.CallIndex.Site> callers = idx.callers(fn);
        if (callers.isEmpty()) return false;
        for (dev.backcheck.flow.CallIndex.Site s : callers) {
            if (s.file() != null && project.isTestPath(s.file().path())) continue;
            if (s.fn() == null || s.file() == null || s.fn() == s.file().main() || !onlyTestsCall(idx, s.fn(), depth + 1, seen)) return false;
        }
        return true;
    }

    /**
     * The packages with an import the resolver could not follow in a file the walk reaches (or in what their package.json
     * runs): what such an import loads is unknown, so every file of the package may run. A file no entry reaches runs
     * nothing it imports: a folder of disabled modules ({@code modules/analytics.disabled/}) whose imports name files
     * that are gone leaves the rest of the package as the walk finds it.
     */
    private Set<String> unresolvedIn(Set<String> reach) {
        Set<String> out = new HashSet<>();
        unresolvedBy.forEach((pkg, from) -> {
            for (String f : from) {
                if (f.isEmpty() || reach.contains(f)) {
                    out.add(pkg);
                    break;
                }
            }
        });
        return out;
    }

    private List<String> candidates(Set<String> reach, Set<String> known) {
        List<String> out = new ArrayList<>();
        for (String path : project.files().keySet()) {
            if (!SCRIPT.matcher(path).matches() || reach.contains(path)) continue;
            String pkg = packageDir(path);
            if (!known.contains(pkg) || computedLoads.contains(pkg) || unresolvedIn.contains(pkg) || loaderPackage(pkg) && !dirLoaded(pkg)) continue;
            out.add(path);
        }
        return out;
    }

    private static Set<String> walk(Set<String> roots, Map<String, Set<String>> edges) {
        Set<String> seen = new HashSet<>(roots);
        Deque<String> todo = new ArrayDeque<>(roots);
        while (!todo.isEmpty()) {
            for (String t : edges.getOrDefault(todo.pop(), Set.of())) if (seen.add(t)) todo.push(t);
        }
        return seen;
    }

    /** The project file a package.json word names ({@code dist/index.js} names {@code src/index.ts} when only that exists), or null. */
    private String entryFile(String pkgDir, String word) {
        String w = word.replace('\\', '/').replaceFirst("^\\./", "");
        if (w.isEmpty() || w.equals(".")) return null;
        String from = (pkgDir.isEmpty() ? "" : pkgDir + "/") + "package.json";
        List<String> tries = new ArrayList<>();
        tries.add(w);
        Matcher out = OUT_DIR.matcher(w);
        if (out.find()) {
            String rest = w.substring(out.end());
            // a bundle the package's own build script writes there from a named source (esbuild server/server.ts
            // --outdir=dist writes dist/server.js): that source, before any file of the same name elsewhere
            String bundled = bundledSources(pkgDir).get(JS_EXT.matcher(rest).replaceFirst(""));
            if (bundled != null) tries.add(bundled);
            tries.add("src/" + rest);
            tries.add(rest);
        }
        for (String t : tries) {
            String norm = dev.backcheck.workspace.Globs.normalize((pkgDir.isEmpty() ? "" : pkgDir + "/") + t);
            if (norm == null) continue;
            if (project.files().containsKey(norm)) return norm;
            String spec = "./" + t;
            String r = project.resolveModule(from, spec);
            if (r == null && CODE_WORD.matcher(t).matches()) r = project.resolveModule(from, "./" + JS_EXT.matcher(t).replaceFirst(""));
            if (r != null) return r;
        }
        return null;
    }

    private final Map<String, Map<String, String>> bundledSources = new HashMap<>();

    /**
     * The sources a package's build scripts hand to a bundler that writes one file per entry under its output folder
     * (esbuild, tsup, ncc, bun build), by the name of the file written (server/server.ts gives "server"), as written
     * relative to the package. A name two entries share is left out.
     */
    private synchronized Map<String, String> bundledSources(String pkgDir) {
        return bundledSources.computeIfAbsent(pkgDir, d -> {
            String pj = project.texts().get((d.isEmpty() ? "" : d + "/") + "package.json");
            Map<String, String> out = new HashMap<>();
            if (pj == null) return out;
            Set<String> twice = new HashSet<>();
            for (String command : PackageJson.scripts(pj).values()) {
                if (!BUNDLER.matcher(command).find()) continue;
                for (String w : PackageJson.commandWords(command)) {
                    if (!CODE_WORD.matcher(w).matches() || OUT_DIR.matcher(w.replaceFirst("^\\./", "")).find()) continue;
                    String src = w.replaceFirst("^\\./", "");
                    String name = JS_EXT.matcher(src.substring(src.lastIndexOf('/') + 1)).replaceFirst("");
                    String prev = out.put(name, src);
                    if (prev != null && !prev.equals(src)) twice.add(name);
                }
            }
            twice.forEach(out::remove);
            return out;
        });
    }

    /**
     * {@link #bundledSources} of a package when a bundler is the only thing of its scripts that writes into
     * {@code outDir} (the bundler's command names that folder, or it is tsup's default dist) and nothing else of them
     * compiles (no tsc that emits, babel, swc, webpack, rollup); else null: the folder may hold any file.
     */
    private Map<String, String> bundleOnly(String pkgDir, String outDir) {
        String pj = project.texts().get((pkgDir.isEmpty() ? "" : pkgDir + "/") + "package.json");
        if (pj == null) return null;
        Map<String, String> bundles = bundledSources(pkgDir);
        if (bundles.isEmpty()) return null;
        String tsconfig = project.texts().get((pkgDir.isEmpty() ? "" : pkgDir + "/") + "tsconfig.json");
        boolean noEmit = tsconfig != null && tsconfig.matches("(?s).*\"noEmit\"\\s*:\\s*true.*");
        boolean writes = false;
        for (String command : PackageJson.scripts(pj).values()) {
            if (OTHER_COMPILER.matcher(command).find()) return null;
            if (TSC.matcher(command).find() && !command.contains("--noEmit") && !noEmit) return null;
            if (!BUNDLER.matcher(command).find()) continue;
            List<String> words = PackageJson.commandWords(command);
            if (words.contains(outDir) || words.stream().anyMatch(x -> x.startsWith(outDir + "/"))
                    || outDir.equals("dist") && command.contains("tsup")) writes = true;
        }
        return writes ? bundles : null;
    }

    private static final Pattern OTHER_COMPILER = Pattern.compile("(?:^|[\\s;&|(/])(?:babel|swc|webpack|rollup|parcel)\\b");
    private static final Pattern TSC = Pattern.compile("(?:^|[\\s;&|(/])tsc\\b");

    /** The handlers an Auth0 Action exports (onExecutePostLogin, onExecutePostUserRegistration, onExecuteCredentialsExchange). */
    private static final Pattern AUTH0_ACTION = Pattern.compile("onExecute[A-Z]\\w*");

    private static final Pattern BUNDLER = Pattern.compile("(?:^|[\\s;&|(])(?:npx\\s+)?(?:esbuild|tsup|ncc\\s+build|bun\\s+build)\\b");

    /**
     * True when a config on disk (a Dockerfile, Procfile, compose or platform file, a shell script something runs) or a
     * string of the code outside the tests names {@code path} as a file to run (see {@link #mentions}): a worker the
     * server forks ({@code fork(join(__dirname, 'worker.js'))}), a job the deployment starts. Documentation does not count.
     */
    public boolean namedToRun(String path) {
        List<String[]> all;
        synchronized (this) {
            all = mentions();
        }
        for (String[] mt : all) {
            if (mt[3].equals("loose") || mt[4].equals("test")) continue;
            if (named(path, mt)) return true;
        }
        return false;
    }

    /**
     * True when a string of server code (not a test, not tooling) names {@code path} as a file ({@link #mentions}): a
     * worker the server starts by its path, {@code fork(path.join(__dirname, 'worker/scriptWorker.js'))}, whatever its
     * folder is called (s28 queryportal services/script/worker/scriptWorker.ts, the sandbox that runs users' scripts).
     */
    public boolean namedByServerCode(String path) {
        List<String[]> all;
        synchronized (this) {
            all = mentions();
        }
        for (String[] mt : all) {
            if (mt.length > 7 && mt[7].equals("server") && named(path, mt)) return true;
        }
        return false;
    }

    /**
     * True when a config other than a shell script (a Dockerfile, Procfile, compose or platform file, a package.json
     * script) or a string of server code names {@code path} to run: what a deployment or the server starts, not what a
     * developer starts by hand from a setup script (s32 blackrent scripts/setup/setup-ai-access.sh running
     * {@code node ai-webhook-receiver.js &}).
     */
    public boolean startedByDeployOrServer(String path) {
        List<String[]> all;
        synchronized (this) {
            all = mentions();
        }
        for (String[] mt : all) {
            if (mt.length > 8 && (mt[7].equals("server") || mt[8].equals("deploy")) && !mt[4].equals("test") && named(path, mt)) return true;
        }
        return false;
    }

    /** True when the mention {dir part, name} names {@code path}: same name (extension aside), its folder ends with the dir part. */
    private boolean named(String path, String[] mention) {
        // a config names files of its own package (backend/Dockerfile: dist/src/server.js is backend/src/server.ts, not admin's)
        if (!mention[2].isEmpty() && !path.startsWith(mention[2] + "/")) return false;
        if (mention.length > 6 && !mention[6].isEmpty()) {
            boolean under = false;
            for (String d : mention[6].split("\n")) if (d.isEmpty() || path.startsWith(d + "/")) under = true;
            if (!under) return false;
        }
        String file = path.substring(path.lastIndexOf('/') + 1);
        String name = JS_EXT.matcher(file).replaceFirst("");
        String d = dir(path);
        // a bare index (main: dist/index.js, node index.js, a string 'index.js') names the index of a package's root or
        // of its source folder, or of the folder of the code writing it, not every index file of the tree (s32 aeturnis
        // packages/server/src/database/index.ts)
        if (name.equals("index") && mention[0].isEmpty() && name.equals(mention[1])) {
            String pkg = packageDir(path);
            if (d.equals(pkg) || d.equals(pkg.isEmpty() ? "src" : pkg + "/src")) return true;
            if (mention.length > 6 && !mention[6].isEmpty()) {
                for (String w : mention[6].split("\n")) if (d.equals(w)) return true;
            }
            return false;
        }
        if (name.equals(mention[1]) && suffix(d, mention[0])) return true;
        // require('./routes'): the folder's index, unless a file of the folder's name sits beside it (Node, and the
        // bundlers after it, try ./routes.js before ./routes/index.js: s33 echotune src/api/middleware.js beside
        // src/api/middleware/index.js, which only a test loads)
        String last = d.substring(d.lastIndexOf('/') + 1);
        if (!(name.equals("index") && last.equals(mention[1]) && suffix(dir(d), mention[0]))) return false;
        for (String ext : SCRIPT_EXTS) if (project.files().containsKey(d + ext)) return false;
        return true;
    }

    /**
     * Whether a mention that {@link #named names} the side server {@code c} runs it: not when only configs nothing uses
     * write it (a shell script nothing runs, a backup Dockerfile, a package.json variant: {@link #looseShellScripts}), nor
     * when only the code of other packages writes it as a path inside their own folders (a pm2 config's
     * {@code script: 'server.js'} in documentation/ names documentation/server.js, not the root's stale server.js).
     */
    private boolean namesSideServer(String c, String[] mt) {
        if (mt[3].equals("loose")) return false;
        // (a word only a data file writes, a JSON report listing the tree's servers by file name, runs none of them; a word
        // only tooling's strings write, scripts/mcp-enhanced-workflow.js spawning the server, names what a developer may
        // start by hand beside the app, not what the app's process or its deployment starts)
        if (mt.length > 9 && mt[5].isEmpty() && mt[9].isEmpty() && !mt[7].equals("server")) return false;
        if (mt.length > 7 && !mt[5].isEmpty() && !mt[7].equals("server")) return false;
        if (mt.length < 6 || mt[5].isEmpty()) return true;
        for (String pkg : mt[5].split("\n")) if (pkg.isEmpty() || c.startsWith(pkg + "/")) return true;
        return false;
    }

    private static boolean suffix(String d, String part) {
        return part.isEmpty() || d.equals(part) || d.endsWith("/" + part);
    }

    private List<String[]> mentionList;

    /** Paths of code files named in configs on disk and in the code's strings, as {dir part, name} (build folders cut off). */
    private List<String[]> mentions() {
        if (mentionList != null) return mentionList;
        // word -> the package of the config that names it ("" for a string of the code, or a word several packages name)
        Map<String, String> words = new LinkedHashMap<>();
        // words only shell scripts nothing runs name (no config, package.json or other script names the script)
        Set<String> loose = new HashSet<>();
        Set<String> firm = new HashSet<>();
        // words only test files write (import('../index.js') in a test): they load the file into the test runner
        Set<String> inTests = new HashSet<>();
        // words the code's strings write, and words a config's run line writes
        Set<String> codeWords = new HashSet<>();
        // the packages of the (non-test) files whose strings write each word
        Map<String, Set<String>> codePackages = new HashMap<>();
        // the folders of the files whose strings write a word relative to their own folder (./routes/projects)
        Map<String, Set<String>> codeDirs = new HashMap<>();
        Set<String> cfgWords = new HashSet<>();
        // words the strings of server code write (not tests, not tooling): fork(join(__dirname, 'worker/run.js'))
        Set<String> serverWords = new HashSet<>();
        // the files the app's own code (neither tests nor tooling) imports, directly or through the files it imports
        Set<String> appImported = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        for (FileFacts f : project.files().values()) {
            if (!project.isTestPath(f.path()) && !ServerCode.tooling(f.path())) todo.add(f.path());
        }
        while (!todo.isEmpty()) {
            for (String t : importsOf.getOrDefault(todo.pop(), List.of())) if (appImported.add(t)) todo.add(t);
        }
        // files that start a server (they listen): with the files the app imports, the code whose strings may start another
        Set<String> listening = new HashSet<>();
        for (CallNames.At c : CallNames.of(project).named(Set.of("listen"))) listening.add(c.file().path());
        for (FileFacts f : project.files().values()) {
            // (a specifier the file imports is followed as an import, where it resolves from the file's folder; as a
            // mention it would name every file of that name: backend/server.js's require('./routes/shifts') naming the
            // stale root copy's routes/shifts.js)
            Set<String> specs = new HashSet<>();
            for (Import i : f.imports().values()) specs.add(i.module());
            // (likewise a relative path the file loads by a call the import facts do not hold: `routes = require('./clients.cjs')`
            // assigned inside a try block is an edge of the file; s35 weddingbazaar's unmounted routes/coordinator/index.cjs
            // loading its modules so, which made each of them look named by the code)
            Set<String> loads = allEdges == null ? Set.of() : allEdges.getOrDefault(f.path(), Set.of());
            for (FileFacts.Str st : f.strings()) {
                String v = st.value();
                if (specs.contains(v)) continue;
                if (!loads.isEmpty() && (v.startsWith("./") || v.startsWith("../"))) {
                    String t = project.resolveModule(f.path(), v);
                    if (t != null && loads.contains(t)) continue;
                }
                // (CODE_WORD ends in s or x: most strings are left without a matcher)
                if (v.length() < 300 && (endsSorX(v) && CODE_WORD.matcher(v).matches() || v.startsWith("./") || v.startsWith("../"))) {
                    words.put(v, "");
                    codeWords.add(v);
                    (project.isTestPath(f.path()) ? inTests : firm).add(v);
                    if (!project.isTestPath(f.path())) codePackages.computeIfAbsent(v, k -> new TreeSet<>()).add(packageDir(f.path()));
                    // (a file in a tooling-named folder that the app's own code imports, directly or through others, is the
                    // app's code: services/script/ScriptExecutor.ts, which the script routes reach)
                    // (a script nothing imports that starts no server is run by hand, as tooling is: s35 weddingbazaar
                    // cleanup-workspace.js listing the stray local-backend.cjs among the files it deletes)
                    if (!project.isTestPath(f.path()) && (!ServerCode.tooling(f.path()) || appImported.contains(f.path()))
                            && (appImported.contains(f.path()) || listening.contains(f.path()))) serverWords.add(v);
                    if (v.startsWith("./")) codeDirs.computeIfAbsent(v, k -> new TreeSet<>()).add(dir(f.path()));
                }
            }
        }
        List<String> configs = configsOnDisk();
        Set<String> looseScripts = looseShellScripts(configs);
        // words a config other than a shell script writes (a Dockerfile, Procfile, compose or platform file, package.json)
        Set<String> deployWords = new HashSet<>();
        // words a config that runs things writes: not a JSON file of data (a report listing the tree's files by name)
        Set<String> runWords = new HashSet<>();
        for (String cfg : configs) {
            String text = SourceLines.text(project, cfg, 1_000_000);
            if (text == null) continue;
            // in a shell script, Dockerfile, Procfile or YAML file only a line that runs something names an entry (a
            // list of files a script edits does not)
            boolean anyLine = cfg.matches("(?i).*\\.(json|toml|html?)$");
            String cfgDir = packageDir(cfg);
            // in a JSON file only the values of keys that run or name an entry (script, main, command, exec, handler,
            // src ...): a tool's listing of the tree (.snapshots/snapshot.json keyed by every file's path) runs nothing
            if (cfg.toLowerCase(Locale.ROOT).endsWith(".json")) text = jsonRunValues(text);
            for (String line : anyLine ? List.of(text) : text.lines().toList()) {
                if (!anyLine && !RUNNER.matcher(line).find()) continue;
                Matcher m = PATH_TOKEN.matcher(line);
                while (m.find()) {
                    words.merge(m.group(), cfgDir, ImportIndex::commonDir);
                    cfgWords.add(m.group());
                    (looseScripts.contains(cfg) ? loose : firm).add(m.group());
                    if (!cfg.toLowerCase(Locale.ROOT).endsWith(".sh")) deployWords.add(m.group());
                    if (!cfg.toLowerCase(Locale.ROOT).endsWith(".json") || RUN_JSON.matcher(cfg.substring(cfg.lastIndexOf('/') + 1)).matches()) runWords.add(m.group());
                }
            }
            // serverless.yml: handler: src/handlers/api.main (the file, then the export)
            Matcher h = HANDLER.matcher(text);
            while (h.find()) {
                words.merge(h.group(1), cfgDir, ImportIndex::commonDir);
                firm.add(h.group(1));
                runWords.add(h.group(1));
            }
        }
        List<String[]> out = new ArrayList<>();
        for (Map.Entry<String, String> we : words.entrySet()) {
            String w = we.getKey();
            String p = w.replace('\\', '/').replaceFirst("^(\\./|/)+", "").replaceAll("(^|/)\\.\\./", "$1");
            // a build output of a package whose only build is a bundler with named entries (esbuild server/server.ts
            // --outdir=dist): dist/server.js is server/server.ts, and dist/index.js, which that build never writes,
            // names nothing (a Dockerfile's stale CMD)
            Matcher od = OUT_DIR.matcher(p);
            if (cfgWords.contains(w) && !codeWords.contains(w)) {
                Map<String, String> bundles = od.find() ? bundleOnly(we.getValue(), od.group(1)) : null;
                if (bundles != null) {
                    String src = bundles.get(JS_EXT.matcher(p.substring(p.lastIndexOf('/') + 1)).replaceFirst(""));
                    if (src == null || p.substring(od.end()).contains("/")) continue;
                    p = src;
                }
            }
            p = OUT_DIR.matcher(p).replaceFirst("");
            p = p.replaceFirst("^src/", "");
            String file = p.substring(p.lastIndexOf('/') + 1);
            String name = JS_EXT.matcher(file).replaceFirst("");
            if (name.isEmpty()) continue;
            String d = dir(p).replaceFirst("^src(/|$)", "");
            // a word only the code's strings write, with no way out of their folders (no ..): the packages it is written in
            String inCode = codeWords.contains(w) && !cfgWords.contains(w) && !w.contains("..") && codePackages.containsKey(w)
                    ? String.join("\n", codePackages.get(w)) : "";
            // a ./path only the code writes names a file below the folders of the files writing it (require('./projects')
            // in src/routes/index.js is src/routes/projects.js, not api/projects/index.js)
            String below = codeWords.contains(w) && !cfgWords.contains(w) && codeDirs.containsKey(w) ? String.join("\n", codeDirs.get(w)) : "";
            out.add(new String[]{d, name, we.getValue(), loose.contains(w) && !firm.contains(w) ? "loose" : "",
                    inTests.contains(w) && !firm.contains(w) && !loose.contains(w) ? "test" : "", inCode, below,
                    serverWords.contains(w) ? "server" : "", deployWords.contains(w) ? "deploy" : "", runWords.contains(w) ? "run" : ""});
        }
        mentionList = out;
        return out;
    }

    /** A JSON key and its string value, or its array of strings. */
    private static final Pattern JSON_PAIR = Pattern.compile("\"([\\w$.:-]{1,40})\"\\s*:\\s*(\"[^\"\\\\]*+(?:\\\\.[^\"\\\\]*+)*+\"|\\[[^\\]\\[{}]*+\\])");
    /** Keys whose value runs a file or names an entry. */
    private static final Pattern RUN_KEY = Pattern.compile("(?i)script|scripts|main|command|cmd|exec|entry|entrypoint|entryfile|handler|src|dest|"
            + "start|args|file|files|program|watch|server|input|function|functions|worker|module");

    /** The values of a JSON text's run keys ({@link #RUN_KEY}), one a line. */
    static String jsonRunValues(String json) {
        StringBuilder b = new StringBuilder();
        Matcher m = JSON_PAIR.matcher(json);
        while (m.find()) if (RUN_KEY.matcher(m.group(1)).matches()) b.append(m.group(2)).append('\n');
        return b.toString();
    }

    /**
     * A Dockerfile kept as a copy: Dockerfile.backup, Dockerfile.old, Dockerfile-bak, old.Dockerfile. No build uses it
     * unless another config names it ({@code docker build -f Dockerfile.old}, compose's {@code dockerfile:}).
     */
    private static final Pattern BACKUP_DOCKERFILE = Pattern.compile(
            "(?i)(?=.*dockerfile)(?=(?:.*[._-])?(backup|bak|old|orig|copy|unused|deprecated|legacy|broken|stub)(?:[._-]|\\d|$)).*");
    /** A package.json variant npm never reads: package.minimal.json, package.backup.json, package.prod.json. */
    private static final Pattern PACKAGE_VARIANT = Pattern.compile("(?i)package[._-][\\w.-]+\\.json");

    /**
     * The configs among {@code configs} that run nothing by themselves unless something names them, and that nothing
     * names (no other config, no package.json, no source): shell scripts (start-backend.sh beside a package whose scripts
     * and Dockerfile start another entry), Dockerfiles kept as backups ({@link #BACKUP_DOCKERFILE}: Dockerfile.backup
     * running a stub server) and package.json variants ({@link #PACKAGE_VARIANT}: package.minimal.json naming a minimal
     * server; npm reads package.json alone, so it runs only when a build copies it over package.json).
     */
    private Set<String> looseShellScripts(List<String> configs) {
        Map<String, String> byName = new HashMap<>();
        for (String c : configs) {
            String n = c.substring(c.lastIndexOf('/') + 1);
            if (c.endsWith(".sh") || BACKUP_DOCKERFILE.matcher(n).matches() || PACKAGE_VARIANT.matcher(n).matches()) byName.put(n, c);
        }
        if (byName.isEmpty()) return Set.of();
        Set<String> named = new HashSet<>();
        List<String> texts = new ArrayList<>();
        for (String c : configs) {
            String t = SourceLines.text(project, c, 1_000_000);
            if (t == null) return Set.of();
            for (String n : byName.keySet()) if (!c.endsWith("/" + n) && !c.equals(n) && t.contains(n)) named.add(n);
        }
        for (PackageJson m : PackageJson.of(project.manifests())) texts.add(project.texts().get(m.path()));
        for (FileFacts f : project.files().values()) for (FileFacts.Str st : f.strings()) texts.add(st.value());
        for (String t : texts) {
            if (t == null) return Set.of();
            for (String n : byName.keySet()) if (t.contains(n)) named.add(n);
        }
        Set<String> out = new HashSet<>();
        byName.forEach((n, c) -> { if (!named.contains(n)) out.add(c); });
        return out;
    }

    /** Config files under the root that may name a file to run: Dockerfiles, Procfiles, TOML/YAML/JSON configs, HTML pages, shell scripts. */
    private List<String> configsOnDisk() {
        // what was listed stands, even when an entry could not be read or the bound was passed
        return project.diskListing().list(dev.backcheck.workspace.DiskListing.Region.CONFIGS, 1_000_000, 5000,
                rel -> CONFIG.matcher(dev.backcheck.workspace.DiskListing.name(rel)).matches()).paths();
    }

    // ------------------------------------------------------------------ servers started for tests

    /**
     * True for a mock API server: a file of a front-end package (see {@link ServerCode#frontEndManifest}) that only test
     * scripts run, or a mock of an outside API in a server package that only mock scripts run ({@link #mockServers}). For the
     * first: every
     * package.json script running it is one a test runner's config starts ({@code webServer: { command: 'npm run
     * preview:e2e' }} in playwright.config.ts) or one named for tests ({@code test:mock-api}, {@code e2e:server}). A mock
     * API an end-to-end suite talks to: test code, not the application.
     */
    public boolean testServer(String path) {
        return testServers().contains(path);
    }

    private synchronized Set<String> testServers() {
        if (testServers != null) return testServers;
        Set<String> out = new HashSet<>();
        // the test-runner configs of the tree, in file order, found once (each front-end package takes its own: a test of
        // the package first, per package and file, made this manifests x files)
        List<Map.Entry<String, FileFacts>> runnerConfigs = null;
        for (PackageJson m : PackageJson.of(project.manifests())) {
            if (!ServerCode.frontEndManifest(m)) {
                mockServers(m, out);
                continue;
            }
            String pj = project.texts().get(m.path());
            if (pj == null) continue;
            String d = dir(m.path());
            Set<String> started = new HashSet<>();
            if (runnerConfigs == null) {
                runnerConfigs = new ArrayList<>();
                for (Map.Entry<String, FileFacts> e : project.files().entrySet()) {
                    if (TEST_RUNNER_CONFIG.matcher(e.getKey().substring(e.getKey().lastIndexOf('/') + 1)).matches()) runnerConfigs.add(e);
                }
            }
            for (Map.Entry<String, FileFacts> e : runnerConfigs) {
                if (!packageDir(e.getKey()).equals(d)) continue;
                for (FileFacts.Str st : e.getValue().strings()) {
                    Matcher rm = RUN_SCRIPT.matcher(st.value());
                    while (rm.find()) started.add(rm.group(1));
                }
            }
            Map<String, Set<String>> runners = scriptRunners(pj, d);
            Set<String> mains = mainFiles(pj, d);
            runners.forEach((file, names) -> {
                if (mains.contains(file)) return;
                if (names.stream().allMatch(n -> started.contains(n) || TEST_SCRIPT.matcher(n).find())) out.add(file);
            });
        }
        testServers = out;
        return out;
    }

    /** A file's name (its extension cut) with "test", "tests" or "e2e" as one of its words: test-e2e-server, get-test-token. */
    private static final Pattern TEST_NAME = Pattern.compile("(?i)(^|[-_.])(test|tests|e2e)([-_.]|$)");
    private Set<String> testNamed;

    /**
     * A script named as a test: "test", "tests" or "e2e" is a word of its file name (test-e2e-server.mjs,
     * test-integration.mjs, get-test-token.js, create-preview-test.js), no project file loads it (import, require, dynamic
     * import or re-export), it is no package's main, the package.json scripts that run it (if any) are all named for tests,
     * and no config or string of the code names it to run ({@link #namedToRun}). The test suite or a developer runs it by
     * hand; no server process does (s31 x402vechain's e2e and integration test servers beside the SDK, covibes's token and
     * preview test scripts in the server folder). Committed secrets in it are still secrets: the secrets rules do not ask.
     */
    public boolean testNamed(String path) {
        if (path == null || !testNameShaped(path)) return false;
        return testNamed().contains(path);
    }

    /** {@link #testNameShaped0} per path: asked for every file by {@link #notRun} and ServerCode, many times each. */
    private final java.util.concurrent.ConcurrentHashMap<String, Boolean> testNameShaped = new java.util.concurrent.ConcurrentHashMap<>();

    private boolean testNameShaped(String path) {
        Boolean known = testNameShaped.get(path);
        if (known != null) return known;
        boolean answer = testNameShaped0(path);
        testNameShaped.put(path, answer);
        return answer;
    }

    /** A script, not test code, named as a test ({@code smoke-test.ts}): a function of the path and the scan's test paths. */
    private boolean testNameShaped0(String path) {
        // (a tests: list of the user's own says alone what test code is: tests: [] makes test-named files the app's too)
        if (!SCRIPT.matcher(path).matches() || project.isTestPath(path) || project.customTestPaths()) return false;
        String base = JS_EXT.matcher(path.substring(path.lastIndexOf('/') + 1)).replaceFirst("");
        return TEST_NAME.matcher(base).find();
    }

    private synchronized Set<String> testNamed() {
        if (testNamed != null) return testNamed;
        Set<String> loaded = new HashSet<>();
        edges().values().forEach(loaded::addAll);
        Set<String> ran = new HashSet<>();
        for (PackageJson m : PackageJson.of(project.manifests())) {
            String pj = project.texts().get(m.path());
            if (pj == null) continue;
            String d = dir(m.path());
            ran.addAll(mainFiles(pj, d));
            scriptRunners(pj, d).forEach((file, names) -> {
                if (!names.stream().allMatch(n -> TEST_SCRIPT.matcher(n).find())) ran.add(file);
            });
        }
        Set<String> out = new HashSet<>();
        for (String path : project.files().keySet()) {
            if (!SCRIPT.matcher(path).matches() || project.isTestPath(path) || loaded.contains(path) || ran.contains(path)) continue;
            String base = JS_EXT.matcher(path.substring(path.lastIndexOf('/') + 1)).replaceFirst("");
            if (!TEST_NAME.matcher(base).find() || namedToRun(path)) continue;
            out.add(path);
        }
        testNamed = out;
        return out;
    }

    /**
     * A mock of an outside API in a server package: a file whose path says mock ({@code src/mocks/digitaxMock.ts},
     * {@code mock-server.js}) that only package.json scripts named for a mock run ({@code "start:digitax-mock": "tsx
     * src/mocks/digitaxMock.ts"}), that no project file imports and that is not the package's main. A developer starts it
     * to stand in for the provider; the server never loads it.
     */
    private void mockServers(PackageJson m, Set<String> out) {
        String pj = project.texts().get(m.path());
        if (pj == null) return;
        String d = dir(m.path());
        Map<String, Set<String>> runners = scriptRunners(pj, d);
        Set<String> mains = mainFiles(pj, d);
        runners.forEach((file, names) -> {
            if (mains.contains(file) || importers.containsKey(file) || !MOCK_PATH.matcher(file).find()) return;
            if (names.stream().allMatch(n -> MOCK_SCRIPT.matcher(n).find())) out.add(file);
        });
    }

    /** The files a package's scripts run (resolved in its folder {@code d}), each with the names of the scripts that run it. */
    private Map<String, Set<String>> scriptRunners(String pj, String d) {
        Map<String, Set<String>> runners = new HashMap<>();
        PackageJson.scriptFiles(pj).forEach((name, files) -> {
            for (String w : files) {
                String f = entryFile(d, w);
                if (f != null) runners.computeIfAbsent(f, k -> new HashSet<>()).add(name);
            }
        });
        return runners;
    }

    /** The files a package.json's main field names (resolved in its folder {@code d}). */
    private Set<String> mainFiles(String pj, String d) {
        Set<String> mains = new HashSet<>();
        Matcher mm = MAIN_FIELD.matcher(pj);
        while (mm.find()) {
            String f = entryFile(d, mm.group(1));
            if (f != null) mains.add(f);
        }
        return mains;
    }

    private static final Pattern MOCK_PATH = Pattern.compile("(?i)(^|/)(__)?mocks?(__)?/|(^|/)[^/]*mock[^/]*$");
    private static final Pattern MOCK_SCRIPT = Pattern.compile("(?i)(^|[:._-])mocks?([:._-]|$)");

    // ------------------------------------------------------------------ patterns

    private static final Set<String> LOADS = Set.of("require", "import");
    static final Pattern SCRIPT = Pattern.compile("(?i).*\\.(?:[cm]?[jt]sx?)$");
    static final Pattern JS_EXT = Pattern.compile("\\.[cm]?[jt]sx?$");
    private static final Pattern CODE_WORD = Pattern.compile("[^-'\"\\s][^'\"\\s]*\\.[cm]?[jt]sx?");
    /** A build's output folder at the start of a path (dist/server.js is the compiled src/server.ts). */
    private static final Pattern OUT_DIR = Pattern.compile("^(dist|build|out|lib|\\.output|\\.build|compiled)/");
    /** A specifier in a source's text: import .. from 'x', export .. from 'x', import 'x', require('x'), import('x'). */
    private static final Pattern TEXT_SPEC = Pattern.compile("(?:\\bfrom|^\\s*import)\\s*['\"]([^'\"\\n]+)['\"]|\\b(?:require|import)\\s*\\(\\s*['\"`]([^'\"`\\n$]+)['\"`]\\s*\\)", Pattern.MULTILINE);
    /** require(x) / import(x) of something other than a written string. */
    private static final Pattern COMPUTED_LOAD = Pattern.compile("\\b(?:require|import)\\s*\\(\\s*[^'\"`\\s)]");
    /** Configs of test runners, linters, bundlers and CSS tools: their globs pick files to test, lint or scan. */
    private static final Pattern TOOL_CONFIG = Pattern.compile("(?i)\\.?(jest|vitest|playwright|cypress|tailwind|eslint|prettier|postcss|babel|webpack|vite|rollup|tsup|"
            + "esbuild|karma|mocha|nyc|stryker|lint-staged|commitlint|storybook|wdio|nodemon|svelte|astro|turbo)[\\w.-]*\\.[cm]?[jt]s|\\.\\w+rc\\.[cm]?[jt]s");
    /** A line that runs a file: a runtime, a process manager, a Dockerfile CMD, a compose command, a pm2 script, a serverless handler. */
    private static final Pattern RUNNER = Pattern.compile("\\b(node|nodemon|tsx|ts-node|ts-node-dev|bun|deno|npx|pm2|forever|esno|babel-node|vite-node|exec|CMD|ENTRYPOINT|RUN"
            + "|command|entrypoint|script|main|handler|entry|start)\\b");
    static final Pattern SIDE_IMPORT = Pattern.compile("(?m)^\\s*import\\s*['\"]([^'\"\\n]+)['\"]");
    private static final Pattern ASSET = Pattern.compile("(?i)\\.(css|scss|sass|less|styl|svg|png|jpe?g|gif|webp|ico|json|html?|md|txt|wasm|node|graphql|gql|ya?ml|woff2?|ttf|eot|mp3|mp4)(\\?.*)?$|\\?(raw|url|inline|worker)");
    private static final Pattern ENTRY_FIELD = Pattern.compile("\"(?:main|module|browser|types|import|require|default|node)\"\\s*:\\s*\"([^\"]+)\"");
    /**
     * The fields through which a package is imported, not run: main, module, types, and the conditions of its exports
     * (import, require, default, node, browser). An app package nothing depends on is loaded by its serving script alone.
     */
    private static final Pattern MAIN_ONLY = Pattern.compile("\"(?:main|module|types|typings|import|require|default|node|browser)\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern MAIN_FIELD = Pattern.compile("\"(?:main|module|bin)\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern PATH_TOKEN = Pattern.compile("[\\w@./-]*\\w\\.[cm]?[jt]sx?\\b");
    private static final Pattern HANDLER = Pattern.compile("(?m)\\bhandler\\s*:\\s*['\"]?([\\w./-]+)\\.\\w+['\"]?\\s*$");
    private static final List<String> SCRIPT_EXTS = List.of(".js", ".ts", ".mjs", ".cjs", ".jsx", ".tsx", ".mts", ".cts");

    /** JSON files a tool reads to run something: platform, process-manager and watcher configs. */
    private static final Pattern RUN_JSON = Pattern.compile("(?i)(vercel|now|app|netlify|nodemon|ecosystem.*|pm2.*|process.*|firebase|wrangler|serverless|railway|render|fly|nixpacks|turbo|nx|project|workspace|angular|nest-cli|\\.?devcontainer|launch|tasks)\\.json");
    private static final Pattern CONFIG = Pattern.compile("(?i)dockerfile.*|.*\\.dockerfile|procfile|.*\\.toml|.*\\.ya?ml|.*\\.html?|.*\\.sh|.*\\.conf"
            + "|(?!package(-lock)?\\.json$|tsconfig)[\\w.-]+\\.json");
    /** Serverless conventions: a platform loads every file of these folders (Vercel's api/, Netlify's functions). */
    private static final Pattern NEXT_DEP = Pattern.compile("\"next\"\\s*:");
    private static final Pattern AUTOLOAD_DEP = Pattern.compile("\"(@fastify/autoload|fastify-autoload)\"\\s*:");
    /** What the Expo router loads of a package (the path relative to the package). */
    private static final Pattern EXPO_ROUTED = Pattern.compile("^(src/)?app/");
    /** What the Next.js router loads of a package (the path relative to the package). */
    private static final Pattern NEXT_ROUTED = Pattern.compile("^(src/)?((app|pages)/|(middleware|proxy|instrumentation|instrumentation-client|mdx-components)\\.[cm]?[jt]sx?$)");
    private static final Pattern CONVENTION = Pattern.compile("^(api|netlify/functions|functions)/");
    private static final Pattern TEST_RUNNER_CONFIG = Pattern.compile("(?i)(playwright|cypress|wdio|vitest|jest|nightwatch)[\\w.-]*\\.config\\.[cm]?[jt]s|(playwright|cypress)[\\w.-]*\\.[cm]?[jt]s");
    private static final Pattern RUN_SCRIPT = Pattern.compile("(?:npm|pnpm|yarn|bun)\\s+(?:run\\s+)?([\\w:.-]+)");
    /** A script named for tests: test, e2e, or mock as one of its parts (test:e2e, preview:e2e, mock-api). */
    private static final Pattern TEST_SCRIPT = Pattern.compile("(?i)(^|[:._-])(test|tests|e2e|mock|playwright|cypress)([:._-]|$)");
    private static final Set<String> BUILTINS = Set.of("assert", "async_hooks", "buffer", "child_process", "cluster", "console", "constants",
            "crypto", "dgram", "diagnostics_channel", "dns", "domain", "events", "fs", "http", "http2", "https", "inspector", "module", "net",
            "os", "path", "perf_hooks", "process", "punycode", "querystring", "readline", "repl", "stream", "string_decoder", "sys", "timers",
            "tls", "trace_events", "tty", "url", "util", "v8", "vm", "wasi", "worker_threads", "zlib", "test", "sqlite");

    /** The deepest folder two folders share ("" when none). */
    private static String commonDir(String a, String b) {
        String x = a;
        while (!x.isEmpty() && !(b.equals(x) || b.startsWith(x + "/"))) x = dir(x);
        return x;
    }

    static String dir(String path) {
        int i = path.lastIndexOf('/');
        return i < 0 ? "" : path.substring(0, i);
    }
}


