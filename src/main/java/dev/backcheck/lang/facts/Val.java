package dev.backcheck.lang.facts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A compact, language-neutral abstraction of a source expression: what the analyzer knows about
 * a value without keeping the AST. Produced by the language front ends (lang/ts, later lang/java),
 * consumed by frameworks/ and rules/. Every variant is immutable.
 */
public sealed interface Val extends java.io.Serializable {

    /** A literal: String, Double, Boolean, or null (JS null/undefined). */
    record Lit(Object value) implements Val {
        public Lit {
            if (value instanceof String t) value = Names.of(t);
        }
    }

    /** A template literal; {@code quasis.size() == holes.size() + 1}. */
    record Tpl(List<String> quasis, List<Val> holes) implements Val {
        public Tpl {
            quasis = Names.of(quasis);
        }
    }

    /** String concatenation with {@code +}. */
    record Concat(List<Val> parts) implements Val { }

    /** A reference rooted at an import: module specifier as written, export name ("default", "*" or a name), then member path. */
    record Ref(String module, String export, List<String> path) implements Val {
        public Ref {
            module = Names.of(module);
            export = Names.of(export);
            path = Names.of(path);
        }
    }

    /** A reference to a top-level binding of the same file, then member path. */
    record Local(String name, List<String> path) implements Val {
        public Local {
            name = Names.of(name);
            path = Names.of(path);
        }
    }

    /** An identifier that is not bound in the file (process, JSON, console, Number, ...), then member path. */
    record Global(String name, List<String> path) implements Val {
        public Global {
            name = Names.of(name);
            path = Names.of(path);
        }
    }

    /** The enclosing function's parameter number {@code index}, then member path. */
    record Param(int index, String name, List<String> path) implements Val {
        public Param {
            name = Names.of(name);
            path = Names.of(path);
        }
    }

    /** {@code this} of the enclosing class method, then member path. */
    record This(List<String> path) implements Val {
        public This {
            path = Names.of(path);
        }
    }

    /**
     * A value read from the HTTP request. {@code part}: body, query, params, headers, cookies,
     * user, raw (the whole request or an unknown part), or valid:&lt;target&gt; for input already
     * validated by the framework (Hono {@code c.req.valid('json')}).
     */
    record Req(String part, List<String> path) implements Val {
        public Req {
            part = Names.of(part);
            path = Names.of(path);
        }
    }

    /** A call; {@code callee} is usually a Member/Ref/Local; {@code site} is where it is made (may be null). */
    record Call(Val callee, List<Val> args, dev.backcheck.findings.Location site) implements Val {
        public Call(Val callee, List<Val> args) {
            this(callee, args, null);
        }
    }

    /** {@code new callee(args)}; {@code site} is where it is made (may be null). */
    record New(Val callee, List<Val> args, dev.backcheck.findings.Location site) implements Val {
        public New(Val callee, List<Val> args) {
            this(callee, args, null);
        }
    }

    /** Member access on a value that is not itself a path-carrying reference (e.g. a call result). */
    record Member(Val object, String prop) implements Val {
        public Member {
            prop = Names.of(prop);
        }
    }

    /** An object literal (insertion-ordered keys; "..." + n for spreads). */
    record Obj(Map<String, Val> props) implements Val { }

    /** An array literal. */
    record Arr(List<Val> items) implements Val { }

    /** A function literal or declaration. */
    record FnVal(Fn fn) implements Val { }

    /** A class (declaration or expression), by name; resolved through FileFacts.classes. */
    record ClassRef(String name) implements Val {
        public ClassRef {
            name = Names.of(name);
        }
    }

    /** A regular expression literal. */
    record Regex(String pattern, String flags) implements Val { }

    /**
     * {@code a ? b : c} or {@code a || b}: one of several values. For a ternary, {@code test} is its
     * condition when it is a comparison or a plain value ({@link Test}): the first option is taken when it
     * holds. Null otherwise.
     */
    record OneOf(List<Val> options, Test test) implements Val {
        public OneOf(List<Val> options) {
            this(options, null);
        }
    }

    /**
     * A condition: {@code left == right} / {@code left != right} (also {@code ===}, {@code !==}), or
     * {@code left} tested for truthiness ({@code op} "truthy", {@code right} null); {@code holds} false under {@code !}.
     */
    record Test(Val left, String op, Val right, boolean holds) implements java.io.Serializable { }

    /** Anything else; {@code kind} says what it was (for messages and debugging). */
    record Unknown(String kind) implements Val {
        public Unknown {
            kind = Names.of(kind);
        }
    }

    Unknown UNKNOWN = new Unknown("?");

    static List<String> append(List<String> path, String name) {
        List<String> p = new ArrayList<>(path.size() + 1);
        p.addAll(path);
        p.add(name);
        return List.copyOf(p);
    }

    /** Member access: keeps reference paths flat where it can. */
    static Val member(Val v, String name) {
        if (v instanceof Ref r) return new Ref(r.module(), r.export(), append(r.path(), name));
        if (v instanceof Local l) return new Local(l.name(), append(l.path(), name));
        if (v instanceof Global g) return new Global(g.name(), append(g.path(), name));
        if (v instanceof Param p) return new Param(p.index(), p.name(), append(p.path(), name));
        if (v instanceof This t) return new This(append(t.path(), name));
        if (v instanceof Req q) {
            if (q.part().equals("raw") && q.path().isEmpty()) {
                String part = switch (name) {
                    case "body", "query", "params", "headers", "cookies", "signedCookies", "user", "session", "files", "file" -> name;
                    case "querystring" -> "query";
                    case "url", "originalUrl", "path", "hostname", "ip", "ips", "method", "protocol", "routeOptions", "log", "id" -> "meta:" + name;
                    default -> null;
                };
                if (part != null) return new Req(part, List.of());
                return new Req("raw", List.of(name));
            }
            return new Req(q.part(), append(q.path(), name));
        }
        // (req.body || {}).name, (req.query ?? {}).page: the field of the request part, or undefined
        if (v instanceof OneOf o && o.options().size() == 2) {
            Val a = o.options().get(0), b = o.options().get(1);
            if (a instanceof Req && b instanceof Obj e && e.props().isEmpty()) return member(a, name);
            // form ? Object.fromEntries(new URLSearchParams(text)) : await c.req.json(): the body's field either way
            Val fa = formField(a, name), fb = formField(b, name);
            if (fa instanceof Req && fa.equals(fb)) return fa;
        }
        Val form = formField(v, name);
        if (form != v) return form;
        if (v instanceof Arr a && name.length() <= 3 && name.chars().allMatch(Character::isDigit)) {
            // items[1] of an array literal: that item, when nothing before it is a spread of unknown length
            int i = Integer.parseInt(name);
            if (i < a.items().size() && a.items().subList(0, i + 1).stream().noneMatch(x -> x instanceof Unknown)) return a.items().get(i);
            return new Member(v, name);
        }
        if (v instanceof Member m && m.prop().equals("*") && m.object() instanceof Arr a && !a.items().isEmpty()
                && name.length() <= 3 && name.chars().allMatch(Character::isDigit)) {
            // [k, v] of a loop over a literal list of pairs (for (const [k, v] of [['title', data.title], ...])): item k
            // of every pair, when each pair is an array literal with nothing unknown up to it
            int i = Integer.parseInt(name);
            List<Val> picked = new java.util.ArrayList<>();
            for (Val item : a.items()) {
                if (!(item instanceof Arr t) || i >= t.items().size() || t.items().subList(0, i + 1).stream().anyMatch(x -> x instanceof Unknown)) {
                    return new Member(v, name);
                }
                if (!picked.contains(t.items().get(i))) picked.add(t.items().get(i));
            }
            return picked.size() == 1 ? picked.get(0) : new OneOf(List.copyOf(picked));
        }
        if (v instanceof Obj o) {
            Val f = o.props().get(name);
            if (f == null) return new Member(v, name);
            // { x: 'a', ...input }: a spread written after the field may replace it
            boolean after = false;
            for (String k : o.props().keySet()) {
                if (k.equals(name)) after = true;
                else if (after && k.startsWith("...")) return new Member(v, name);
            }
            return f;
        }
        return new Member(v, name);
    }

    /**
     * {@code Object.fromEntries(new URLSearchParams(text))} of the raw body text: the form's field {@code name}, as
     * {@code body.name}; a request part's own field as {@link #member}; {@code v} itself for anything else.
     */
    private static Val formField(Val v, String name) {
        if (v instanceof Req q && !q.part().equals("raw")) return member(v, name);
        if (v instanceof Call c && decodedForm(c.callee(), c.args())) return new Req("body", List.of(name));
        return v;
    }

    /** {@code new URLSearchParams(text)} of the whole body text (a call's or a construction's callee and arguments). */
    static boolean bodySearchParams(Val callee, List<Val> args) {
        return callee instanceof Global u && u.path().isEmpty() && u.name().equals("URLSearchParams") && args.size() == 1
                && args.get(0) instanceof Req b && b.part().equals("body") && b.path().isEmpty();
    }

    /**
     * {@code form.get('role')} (or getAll) on a request part read whole as a FormData ({@code const form = await
     * c.req.formData()}): the accessor answers the form's field {@code role}; 'get' is no field of the part.
     */
    public static boolean formGetter(Val callee, List<Val> args) {
        return callee instanceof Req q && !q.part().equals("raw") && q.path().size() == 1
                && (q.path().get(0).equals("get") || q.path().get(0).equals("getAll")) && args.size() == 1 && constString(args.get(0)) != null;
    }

    /** {@code Object.fromEntries(new URLSearchParams(text))} of the whole body text: a form decoded by hand. */
    static boolean decodedForm(Val callee, List<Val> args) {
        return callee instanceof Global g && g.name().equals("Object") && g.path().equals(List.of("fromEntries")) && args.size() == 1
                && args.get(0) instanceof New n && bodySearchParams(n.callee(), n.args());
    }

    static Obj obj(Map<String, Val> props) {
        return new Obj(java.util.Collections.unmodifiableMap(new LinkedHashMap<>(props)));
    }

    /** The string value when this is a constant string (or a number), else null. */
    static String constString(Val v) {
        if (v instanceof Lit l && l.value() instanceof String s) return s;
        if (v instanceof Lit l && l.value() instanceof Double d) return d == Math.rint(d) ? Long.toString(d.longValue()) : d.toString();
        if (v instanceof Tpl t && t.holes().isEmpty()) return t.quasis().get(0);
        return null;
    }
}
