package dev.backcheck.rules.injection;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The unescaped outputs of a server template, found in its text (templates are never parsed as code):
 * EJS {@code <%- x %>}, Pug {@code tag!= x}, {@code != x} and {@code !{x}}, Handlebars {@code {{{x}}}} and
 * {@code {{& x}}}, Nunjucks {@code {{ x | safe }}}. Each output names the variable paths it prints
 * ({@code user.bio}), so the caller can ask where the view's locals got them. Escaped outputs
 * ({@code <%= %>}, {@code #{}}, {@code {{x}}}) are HTML-escaped by the engine and not listed.
 */
public final class TemplateOutputs {

    /** One unescaped output: 1-based line and column of its opening delimiter, the expression, and the variable paths it reads. */
    public record Output(int line, int column, String engine, String expr, List<List<String>> paths) {
        public String shown() {
            return switch (engine) {
                case "ejs" -> "<%- " + expr + " %>";
                case "pug" -> "!{" + expr + "}";
                case "handlebars" -> "{{{" + expr + "}}}";
                default -> "{{ " + expr + " | safe }}";
            };
        }
    }

    private TemplateOutputs() { }

    /** The template engine a file's extension names ("ejs", "pug", "handlebars", "nunjucks"), "html" for a .html view, else null. */
    public static String engine(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        if (p.endsWith(".ejs")) return "ejs";
        if (p.endsWith(".pug") || p.endsWith(".jade")) return "pug";
        if (p.endsWith(".hbs") || p.endsWith(".handlebars")) return "handlebars";
        if (p.endsWith(".njk") || p.endsWith(".nunjucks")) return "nunjucks";
        if (p.endsWith(".html")) return "html";
        return null;
    }

    /** The unescaped outputs of the template at {@code path}, in text order. Never throws. */
    public static List<Output> scan(String path, String text) {
        String engine = engine(path);
        List<Output> out = new ArrayList<>();
        if (engine == null || text == null) return out;
        try {
            switch (engine) {
                case "ejs" -> ejs(text, out);
                case "pug" -> pug(text, out);
                case "handlebars" -> handlebars(text, out);
                case "nunjucks" -> nunjucks(text, out);
                default -> {
                    // a .html view: EJS (app.engine('html', ejs.renderFile)), Handlebars or Nunjucks syntax
                    ejs(text, out);
                    handlebars(text, out);
                    nunjucks(text, out);
                }
            }
            return positions(text, out);
        } catch (RuntimeException | StackOverflowError e) {
            return List.of(); // an odd template is no reason to stop the scan
        }
    }

    /** The longest expression between delimiters looked at; longer ones are not template outputs we judge. */
    private static final int MAX_EXPR = 2000;

    private interface Found {
        void at(int start, String inner);
    }

    /**
     * Each {@code open ... close} pair, in one pass: the next closing delimiter is looked up only when the
     * last one found lies before the opening one, so an unclosed delimiter costs no rescans of the text.
     */
    private static void delimited(String text, String open, String close, Found f) {
        int i = 0;
        int closeAt = -1;
        while ((i = text.indexOf(open, i)) >= 0) {
            int inner = i + open.length();
            if (closeAt < inner) {
                closeAt = text.indexOf(close, inner);
                if (closeAt < 0) return;
            }
            if (closeAt - inner <= MAX_EXPR) {
                f.at(i, text.substring(inner, closeAt));
                i = closeAt + close.length();
            } else {
                i = inner;
            }
        }
    }

    private static void ejs(String text, List<Output> out) {
        delimited(text, "<%-", "%>", (start, inner) -> {
            String e = inner.strip();
            if (e.endsWith("-") || e.endsWith("_")) e = e.substring(0, e.length() - 1).strip();
            if (e.isEmpty() || e.startsWith("include") || escapes(e)) return;
            add(out, text, start, "ejs", e, paths(e, false));
        });
    }

    private static final Pattern PUG_BUFFER = Pattern.compile("^(\\s*)(?:[A-Za-z][\\w:-]*|[.#][\\w-]+)?(?:[.#][\\w-]+)*(?:\\([^)]*\\))?(?:&attributes\\([^)]*\\))?!=\\s*(.+)$");
    private static final Pattern PUG_INTERP = Pattern.compile("!\\{([^}]*)}");
    private static final Set<String> PUG_KEYWORDS = Set.of("if", "else", "unless", "while", "when", "case", "each", "for", "mixin", "include", "extends", "block");

    private static void pug(String text, List<Output> out) {
        String[] lines = text.split("\n", -1);
        int offset = 0;
        for (String line : lines) {
            String t = line.strip();
            String first = t.split("[\\s(]", 2)[0];
            boolean code = t.startsWith("-") || t.startsWith("//") || PUG_KEYWORDS.contains(first);
            if (!code) {
                Matcher b = PUG_BUFFER.matcher(line);
                if (b.find() && !b.group(2).isBlank()) {
                    String e = b.group(2).strip();
                    if (!escapes(e)) add(out, text, offset + b.start(2), "pug", e, paths(e, false));
                }
                Matcher i = PUG_INTERP.matcher(line);
                while (i.find()) {
                    String e = i.group(1).strip();
                    if (!e.isEmpty() && !escapes(e)) add(out, text, offset + i.start(), "pug", e, paths(e, false));
                }
            }
            offset += line.length() + 1;
        }
    }

    private static void handlebars(String text, List<Output> out) {
        List<Output> found = new ArrayList<>();
        delimited(text, "{{{", "}}}", (start, inner) -> {
            if (!inner.startsWith("{")) stash(text, start, inner, found);
        });
        delimited(text, "{{&", "}}", (start, inner) -> stash(text, start, inner, found));
        out.addAll(found);
    }

    private static void stash(String text, int start, String inner, List<Output> out) {
        {
            String e = inner.strip();
            if (e.startsWith("~")) e = e.substring(1).strip();
            if (e.endsWith("~")) e = e.substring(0, e.length() - 1).strip();
            if (e.isEmpty() || e.startsWith(">") || escapes(e)) return;
            // {{{helper a b}}}: the helper's arguments are the data; {{{a.b}}}: the path itself
            String[] words = e.replaceAll("\"[^\"]*\"|'[^']*'", " ").trim().split("\\s+");
            List<List<String>> ps = new ArrayList<>();
            for (int i = words.length > 1 ? 1 : 0; i < words.length; i++) {
                String w = words[i];
                if (w.contains("=")) w = w.substring(w.indexOf('=') + 1);
                w = w.replaceAll("^(\\.\\./)+", "").replaceAll("^@root\\.", "").replaceAll("^this\\.", "").replace('/', '.');
                if (w.startsWith("@") || w.equals("this") || !w.matches("[A-Za-z_$][\\w$]*(\\.[A-Za-z_$][\\w$]*)*")) continue;
                ps.add(List.of(w.split("\\.")));
            }
            add(out, text, start, "handlebars", e, ps);
        }
    }

    private static void nunjucks(String text, List<Output> out) {
        delimited(text, "{{", "}}", (start, inner) -> {
            if (inner.startsWith("{")) return; // handlebars triple-stash
            String[] parts = inner.split("\\|");
            if (parts.length < 2) return;
            boolean safe = false;
            boolean escaped = false;
            for (int i = 1; i < parts.length; i++) {
                String f = parts[i].strip().split("[\\s(]", 2)[0];
                if (f.equals("safe")) safe = true;
                if (f.equals("escape") || f.equals("e") || f.equals("urlencode") || f.equals("int") || f.equals("float")
                        || f.equals("length") || f.equals("dump")) escaped = true;
            }
            String e = parts[0].strip();
            if (!safe || escaped || e.isEmpty() || escapes(e)) return;
            add(out, text, start, "nunjucks", e, paths(e, false));
        });
    }

    private static final Set<String> NOT_DATA = Set.of("true", "false", "null", "undefined", "typeof", "new", "in", "of",
            "instanceof", "void", "JSON", "Math", "Object", "String", "Number", "Array", "Date", "locals", "include", "and",
            "or", "not", "if", "else", "is", "defined", "none", "None", "True", "False", "loop", "super", "caller", "this",
            "encodeURIComponent", "parseInt", "parseFloat", "Boolean");

    /** True when the expression passes its data through an escaper or sanitiser (escape(x), DOMPurify.sanitize(x), ...). */
    private static boolean escapes(String e) {
        return ESCAPER.matcher(e).find();
    }

    private static final Pattern ESCAPER = Pattern.compile("(?i)\\b(escape\\w*|\\w*sanitiz\\w*|encode\\w*|\\w*purify\\w*|xss\\w*|filterXSS)\\s*\\(");

    private static final Pattern STRINGS = Pattern.compile("\"(?:[^\"\\\\]++|\\\\.)*+\"|'(?:[^'\\\\]++|\\\\.)*+'|`(?:[^`\\\\]++|\\\\.)*+`");
    private static final Pattern PATH = Pattern.compile("[A-Za-z_$][\\w$]*(?:\\s*\\??\\.\\s*[A-Za-z_$][\\w$]*)*");

    /** The variable paths an expression reads: {@code user.bio}, {@code a || b} gives both; properties of call results are skipped. */
    static List<List<String>> paths(String expr, boolean unused) {
        String e = STRINGS.matcher(expr).replaceAll("\"\"");
        List<List<String>> out = new ArrayList<>();
        Matcher m = PATH.matcher(e);
        while (m.find()) {
            int s = m.start();
            int p = s - 1;
            while (p >= 0 && Character.isWhitespace(e.charAt(p))) p--;
            if (p >= 0 && (e.charAt(p) == '.' || Character.isDigit(e.charAt(p)))) continue;
            List<String> path = new ArrayList<>();
            for (String seg : m.group().split("\\s*\\??\\.\\s*")) path.add(seg.strip());
            if (NOT_DATA.contains(path.get(0))) {
                if (!path.get(0).equals("locals") || path.size() < 2) continue;
                path.remove(0);
            }
            // a method call on the path (name.toUpperCase()): the data is the receiver
            int after = m.end();
            while (after < e.length() && Character.isWhitespace(e.charAt(after))) after++;
            if (after < e.length() && e.charAt(after) == '(' ) {
                if (path.size() == 1) continue; // a helper function, not data
                path.remove(path.size() - 1);
            }
            if (!out.contains(path)) out.add(List.copyOf(path));
        }
        return out;
    }

    /** Records an output by its offset (line 0); {@link #positions} turns offsets into lines and columns in one pass. */
    private static void add(List<Output> out, String text, int offset, String engine, String expr, List<List<String>> paths) {
        if (paths.isEmpty()) return;
        out.add(new Output(0, offset, engine, expr.replaceAll("\\s+", " "), paths));
    }

    private static List<Output> positions(String text, List<Output> raw) {
        List<Output> sorted = new ArrayList<>(raw);
        sorted.sort((a, b) -> Integer.compare(a.column(), b.column()));
        List<Output> out = new ArrayList<>(sorted.size());
        int line = 1;
        int lineStart = 0;
        int i = 0;
        for (Output o : sorted) {
            int offset = Math.min(o.column(), text.length());
            for (; i < offset; i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            out.add(new Output(line, offset - lineStart + 1, o.engine(), o.expr(), o.paths()));
        }
        return out;
    }
}
