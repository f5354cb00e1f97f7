package dev.backcheck.concepts;

import dev.backcheck.findings.Location;
import dev.backcheck.lang.facts.CallSite;
import dev.backcheck.lang.facts.FileFacts;
import dev.backcheck.lang.facts.Fn;
import dev.backcheck.lang.facts.Val;
import dev.backcheck.model.Control;
import dev.backcheck.model.ControlKind;
import dev.backcheck.model.Project;
import dev.backcheck.model.Route;

import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Middleware that strips MongoDB operators from request data before handlers see it: express-mongo-sanitize (and its
 * forks) removes every key that starts with {@code $} or contains a {@code .} from req.body, req.query, req.params and
 * the headers (or replaces the character, {@code replaceWith}), so an object sent in place of a string reaches a
 * filter as plain data ({@code {"_ne": null}}), never as a query operator.
 *
 * <p>A project middleware that does the same by hand counts too ({@link #strippedParts}): it hands a request part
 * ({@code req.body = clean(req.body)}) to a function of the project that walks the keys of what it is given
 * ({@code Object.keys}, {@code for...in}, {@code Object.entries}), tests each for a leading {@code $}
 * ({@code key.startsWith('$')}, {@code /^\$/.test(key)}, {@code key[0] === '$'}, {@code key.replace(/^\$+/, '')}) and
 * drops or renames it ({@code delete obj[key]}, or a new object keyed by the cleaned key), and calls itself on the
 * values, so an operator nested under a field ({@code {"email": {"$ne": null}}}) goes too. The classifier gives such a
 * middleware a control of kind OTHER whose parts are the request parts it cleans; a function that only trims strings,
 * or drops {@code $} keys at the top level only, is not one.
 */
public final class MongoSanitizers {
    private MongoSanitizers() { }

    private static final Set<String> MODULES = Set.of("express-mongo-sanitize", "mongo-sanitize", "@exortek/express-mongo-sanitize",
            "express-mongo-sanitizer", "mongo-express-sanitize");

    private static final Set<String> PARTS = Set.of("body", "query", "params", "headers");

    /** The control is such a sanitiser (by the module or the name it is mounted under: mongoSanitize()), of some part. */
    public static boolean isSanitizer(Control c) {
        String n = c.name() == null ? "" : c.name().toLowerCase(Locale.ROOT);
        if (MODULES.contains(n) || n.contains("mongosanitize") || n.contains("mongo-sanitize")) return true;
        return handWritten(c);
    }

    /** The control is a sanitiser of request part {@code part}: a library one (all parts), or a hand-written one of that part. */
    public static boolean sanitizes(Control c, String part) {
        if (handWritten(c)) return c.parts().contains(part);
        return isSanitizer(c);
    }

    /** A project middleware the classifier found stripping operator keys (kind OTHER with the parts it cleans). */
    private static boolean handWritten(Control c) {
        return c.kind() == ControlKind.OTHER && !c.parts().isEmpty() && PARTS.containsAll(c.parts());
    }

    /**
     * A sanitiser runs on the route's chain for request part {@code part}: for the body, after a body parser (mounted
     * before express.json(), it finds no parsed body to clean, and the body reaches the handler as sent).
     */
    public static boolean covers(Route r, String part) {
        boolean parsed = false;
        for (Control c : r.chain()) {
            if (c.kind() == ControlKind.BODY_PARSER) parsed = true;
            if (sanitizes(c, part) && (parsed || !"body".equals(part))) return true;
        }
        return false;
    }

    // ------------------------------------------------------------------ hand-written sanitisers

    /** A test that a key starts with {@code $}. */
    private static final Pattern DOLLAR_TEST = Pattern.compile(
            "startsWith\\(\\s*['\"`]\\$['\"`]\\s*\\)"                        // key.startsWith('$')
            + "|/\\^\\\\\\$"                                                   // /^\$/.test(key), key.replace(/^\$+/g, '')
            + "|\\[\\s*0\\s*]\\s*[!=]==?\\s*['\"`]\\$['\"`]"                  // key[0] === '$'
            + "|['\"`]\\$['\"`]\\s*[!=]==?\\s*\\w+\\s*\\[\\s*0\\s*]"          // '$' === key[0]
            + "|charAt\\(\\s*0\\s*\\)\\s*[!=]==?\\s*['\"`]\\$['\"`]"          // key.charAt(0) === '$'
            + "|indexOf\\(\\s*['\"`]\\$['\"`]\\s*\\)\\s*[!=]==?\\s*0");       // key.indexOf('$') === 0
    /** A walk over an object's keys. */
    private static final Pattern KEY_WALK = Pattern.compile("Object\\.(keys|entries)\\s*\\(|\\bfor\\s*\\(\\s*(const|let|var)?\\s*\\w+\\s+in\\b");
    /** Dropping a key, or writing one under a computed (cleaned) key of a new object. */
    private static final Pattern DROP = Pattern.compile("\\bdelete\\s+[\\w.$]+\\s*\\[|\\b\\w+\\s*\\[\\s*\\w+\\s*]\\s*=[^=]|Object\\.fromEntries\\s*\\(");

    /**
     * The request parts (body, query, params, headers) whose operator keys the middleware {@code fn} strips: parts it
     * hands ({@code req.body}, its first parameter's member) to mongo-sanitize or to a project function that removes
     * {@code $} keys at every depth. Empty when it strips none.
     */
    public static Set<String> strippedParts(Project project, Fn fn, FileFacts file) {
        if (project == null || fn == null || file == null) return Set.of();
        // asked for every middleware the classifier cannot name, once per route it is on: answered once per function
        Memo memo = project.derived(Memo.class, p -> new Memo());
        Set<String> known = memo.byFn.get(fn);
        if (known != null) return known;
        Set<String> found = java.util.Collections.unmodifiableSet(strippedParts0(project, fn, file));
        memo.byFn.put(fn, found);
        return found;
    }

    private static final class Memo {
        final Map<Fn, Set<String>> byFn = java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());
    }

    private static Set<String> strippedParts0(Project project, Fn fn, FileFacts file) {
        Set<String> out = new TreeSet<>();
        for (Fn f : RequestPaths.handlerFunctions(fn)) {
            for (CallSite cs : f.calls()) {
                String part = null;
                for (Val a : cs.args()) {
                    String p = partOf(a);
                    if (p != null) part = p;
                }
                if (part == null || out.contains(part)) continue;
                try {
                    String root = project.rootModule(cs.callee(), file);
                    if (root != null) {
                        if (MODULES.contains(root)) out.add(part);
                        continue;
                    }
                    Project.FnRef g = project.function(cs.callee(), file);
                    if (g != null && g.fn() != fn && stripsKeys(project, g, 0)) out.add(part);
                } catch (RuntimeException e) {
                    // an unresolvable call strips nothing we know of
                }
            }
        }
        return out;
    }

    /** {@code req.body} in a middleware: its first parameter's request part (or the request part the analysis names). */
    private static String partOf(Val a) {
        if (a instanceof Val.Param p && p.index() == 0 && p.path().size() == 1 && PARTS.contains(p.path().get(0))) return p.path().get(0);
        if (a instanceof Val.Req q && q.path().isEmpty() && PARTS.contains(q.part())) return q.part();
        return null;
    }

    /**
     * The project function {@code g} removes {@code $} keys at every depth: it walks keys, tests for a leading {@code $},
     * drops or re-keys, and calls itself (directly, or through {@code .map(self)}); or it hands its value on to such a
     * function (a wrapper), or to mongo-sanitize.
     */
    private static boolean stripsKeys(Project project, Project.FnRef g, int depth) {
        if (depth > 2 || g.fn().location() == null) return false;
        String text = text(project, g.fn().location());
        if (text == null) return false;
        String name = g.fn().name();
        boolean recursive = name != null && !name.isEmpty() && !name.equals("default")
                && Pattern.compile("\\b" + Pattern.quote(name) + "\\b").matcher(body(text)).find();
        if (recursive && KEY_WALK.matcher(text).find() && DOLLAR_TEST.matcher(text).find() && DROP.matcher(text).find()) return true;
        for (Fn f : RequestPaths.handlerFunctions(g.fn())) {
            for (CallSite cs : f.calls()) {
                boolean handsParam = false;
                for (Val a : cs.args()) if (a instanceof Val.Param p && p.index() == 0 && p.path().isEmpty()) handsParam = true;
                if (!handsParam) continue;
                try {
                    String root = project.rootModule(cs.callee(), g.file());
                    if (root != null) {
                        if (MODULES.contains(root)) return true;
                        continue;
                    }
                    Project.FnRef h = project.function(cs.callee(), g.file());
                    if (h != null && h.fn() != g.fn() && stripsKeys(project, h, depth + 1)) return true;
                } catch (RuntimeException e) {
                    // not followed
                }
            }
        }
        return false;
    }

    /** The text after the function's first line break or brace (its own name on its header is no call of itself). */
    private static String body(String text) {
        int b = text.indexOf('{');
        int arrow = text.indexOf("=>");
        int at = b < 0 ? arrow : arrow < 0 ? b : Math.min(b, arrow);
        return at < 0 ? text : text.substring(at);
    }

    /** The source text a location spans, or null. */
    private static String text(Project project, Location l) {
        List<String> lines = SourceLines.read(project, l.path());
        if (l.line() < 1 || l.line() > lines.size() || l.endLine() < l.line()) return null;
        int end = Math.min(l.endLine(), lines.size());
        if (end - l.line() > 400) return null;
        StringBuilder sb = new StringBuilder();
        for (int i = l.line(); i <= end; i++) {
            String s = lines.get(i - 1);
            if (i == l.line() && l.column() >= 1 && l.column() - 1 <= s.length()) s = s.substring(l.column() - 1);
            sb.append(s).append('\n');
        }
        return sb.toString();
    }
}
