package dev.backcheck.concepts;

import dev.backcheck.findings.Location;
import dev.backcheck.lang.facts.*;
import dev.backcheck.lang.facts.Val.*;
import dev.backcheck.model.Analysis;
import dev.backcheck.model.Project;

import java.util.*;

/**
 * Configured values, the concept: where a value an app is configured with comes from, as written in the code
 * ({@link #value}: a literal, an environment variable or config key with a literal fallback, one without, a file),
 * and the value the app runs with ({@link #string}, {@link #effective}). Rules (secrets, token expiries, session
 * options), the framework models (Nest's global prefix and versions) and the claim judge all ask here.
 *
 * <p>The value an app reads from its configuration, as far as the tree shows it: constants,
 * {@code process.env.X} with a default ({@code ?? 'api'}, {@code || 'api'}), {@code ConfigService.get(key, default)}
 * / {@code getOrThrow(key)} where {@code key} is an environment variable or {@code 'ns.path'} of a
 * {@code registerAs('ns', () => ({ path: ... }))} factory or of a {@code ConfigModule.forRoot({ load: [...] })}
 * function, getters of a project config service wrapping those reads, and values written in the
 * project's env files.
 *
 * <p>Order, as the app behaves when deployed from the repository: a committed {@code .env} first (it is
 * what the process loads), then the default written in the code, then an example env file
 * ({@code .env.example}, {@code .env.sample}, {@code .env.development}, ...). Null when none of them says.
 */
public final class ConfigValues {
    private static final int MAX_DEPTH = 12;
    private final Project project;
    /** The file whose nearest env files count (the app's main file); null: every env file of the tree, shallowest first. */
    private final String near;
    private List<Namespace> namespaces;
    /** Defaults of a ConfigModule validationSchema (Joi: KEY: Joi.string().default('api')), which Nest writes to process.env. */
    private final Map<String, String> schemaDefaults = new TreeMap<>();

    /** A registerAs('ns', factory) or a load function (ns null: its object is the config root). */
    private record Namespace(String ns, Val factory, FileFacts file) { }

    /** Values read as an app whose main file is {@code near} reads them (its nearest env files count). */
    public ConfigValues(Project project, String near) {
        this.project = project;
        this.near = near;
    }

    /** The project's configured values, every env file of the tree counting (shallowest first); computed once. */
    public static ConfigValues of(Project project) {
        return project.derived(ConfigValues.class, p -> new ConfigValues(p, null));
    }

    /** Where a value comes from, as written in the code. */
    public enum Kind {
        /** A constant written in the code. */
        LITERAL,
        /** An environment variable, config key or config field with a literal fallback written in the code. */
        ENV_DEFAULT,
        /** An environment variable or config key with no fallback in the code. */
        ENV,
        /** Read from a file ({@code fs.readFileSync(path)}). */
        FILE,
        /** Anything else (a computed value, a parameter the tree does not bind, ...). */
        UNKNOWN
    }

    /**
     * What {@link #value} found. {@code text}: for LITERAL the constant, for ENV_DEFAULT the fallback, for ENV the value
     * a committed {@code .env} or a schema default gives (null when none), for FILE the path when constant.
     * {@code name}: the environment variable or config key (ENV, ENV_DEFAULT). {@code literal}: where the literal
     * (LITERAL, ENV_DEFAULT) is written, null when it cannot be told. {@code describe}: for messages
     * ("the literal 'dev'", "env JWT_SECRET with the fallback 'dev'", "config key 'jwt.secret'").
     */
    public record Value(Kind kind, String text, String name, Location literal, String describe) {
        /** True when the value is written in the code: a literal or a literal fallback. */
        public boolean inCode() {
            return kind == Kind.LITERAL || kind == Kind.ENV_DEFAULT;
        }
    }

    private static final Value UNKNOWN_VALUE = new Value(Kind.UNKNOWN, null, null, null, "a computed value");

    /**
     * Where {@code v} (read in {@code in}, inside {@code fn} when not null) comes from. Follows local and imported
     * bindings, config objects across files, {@code process.env.X} (also {@code import.meta.env}, {@code Bun.env}),
     * {@code a || b} / {@code a ?? b} / ternaries, {@code ConfigService.get(key[, default])} with {@code registerAs}
     * namespaces, getters of config service classes, project helpers returning the value, validated env objects
     * ({@code env.X} of {@code cleanEnv}/{@code createEnv}/{@code schema.parse(process.env)}), and
     * {@code String()/Buffer.from()/.trim()/.toString()/.replace()} wrappers. Never null.
     */
    public Value value(Val v, FileFacts in, Fn fn) {
        Value r = origin(v, in, fn, 0);
        return r == null ? UNKNOWN_VALUE : r;
    }

    /**
     * Where a literal is written: the string literal of {@code f} with value {@code text} inside {@code within}
     * (when given), else the first at or after it, else the first in the file; null when the file has none.
     */
    public static Location locate(FileFacts f, String text, Location within) {
        if (f == null || text == null) return null;
        Location after = null, first = null;
        for (FileFacts.Str s : f.strings()) {
            if (!s.value().equals(text)) continue;
            Location l = s.location();
            if (first == null) first = l;
            if (within != null && within.spans(l)) return l;
            if (within != null && after == null && Location.ORDER.compare(l, within) >= 0) after = l;
        }
        return after != null ? after : first;
    }

    private Value origin(Val v, FileFacts f, Fn fn, int depth) {
        if (v == null || depth > MAX_DEPTH) return null;
        Project.Resolved r = project.resolve(v, f);
        Val x = r.val();
        FileFacts file = r.file() != null ? r.file() : f;
        String c = Val.constString(x);
        if (c == null && x instanceof Lit l && l.value() instanceof Boolean b) c = b.toString();
        if (c != null) {
            return new Value(Kind.LITERAL, c, null, locate(file, c, null), "the literal '" + shorten(c) + "'");
        }
        if ("java".equals(file.language())) {
            Value j = java(x, file, fn, depth);
            if (j != null) return j;
        }
        String env = envName(x);
        if (env != null) {
            String t = env(env, 1);
            return new Value(Kind.ENV, t, env, null, "env " + env);
        }
        if (x instanceof OneOf o) {
            // a || 'dev', a ?? 'dev', cond ? a : 'dev': a literal option is a fallback written in the code
            Value named = null, literal = null;
            for (Val opt : o.options()) {
                Value ov = origin(opt, file, fn, depth + 1);
                if (ov == null) continue;
                if (ov.kind() == Kind.LITERAL && literal == null && !ov.text().isEmpty()) literal = ov;
                else if ((ov.kind() == Kind.ENV || ov.kind() == Kind.ENV_DEFAULT || ov.kind() == Kind.FILE) && named == null) named = ov;
            }
            if (named != null && named.kind() == Kind.ENV_DEFAULT) return named;
            if (named != null && literal != null) {
                return new Value(Kind.ENV_DEFAULT, literal.text(), named.name(), literal.literal(),
                        (named.name() == null ? "a configured value" : describeName(named)) + " with the fallback '" + shorten(literal.text()) + "'");
            }
            if (named != null) return named;
            if (literal != null && o.test() == null) return literal;
            return null;
        }
        if (x instanceof Call call) {
            String m = Vals.lastName(call.callee());
            Val recv = Analysis.receiver(call.callee());
            // wrappers that keep the value: String(x), Buffer.from(x[, enc]), x.trim(), x.toString(), x.replace(/\n/g, '\n')
            if (("String".equals(m) && recv == null || "from".equals(m) && "Buffer".equals(Vals.lastName(recv))) && !call.args().isEmpty()) {
                return origin(call.args().get(0), file, fn, depth + 1);
            }
            if (recv != null && m != null && Set.of("trim", "toString", "replace", "replaceAll").contains(m)) {
                return origin(recv, file, fn, depth + 1);
            }
            if (m != null && (m.equals("readFileSync") || m.equals("readFile")) && !call.args().isEmpty()) {
                String path = string(call.args().get(0), file, fn);
                return new Value(Kind.FILE, path, null, null, path == null ? "a file" : "the file " + path);
            }
            if (("get".equals(m) || "getOrThrow".equals(m)) && recv != null && !call.args().isEmpty() && isConfig(recv, file, fn)) {
                String key = Val.constString(project.resolve(call.args().get(0), file).val());
                if (key == null) return null;
                Value inNs = namespaceValue(key, depth);
                if (inNs != null && inNs.kind() != Kind.UNKNOWN) return inNs;
                Value def = null;
                if (call.args().size() > 1 && !(project.resolve(call.args().get(1), file).val() instanceof Obj)) {
                    def = origin(call.args().get(1), file, fn, depth + 1);
                }
                if (def != null && def.kind() == Kind.LITERAL) {
                    return new Value(Kind.ENV_DEFAULT, def.text(), key, def.literal(), "config key '" + key + "' with the fallback '" + shorten(def.text()) + "'");
                }
                return new Value(Kind.ENV, env(key, 1), key, null, "config key '" + key + "'");
            }
            Project.FnRef helper = project.function(call.callee(), file);
            if (helper != null && helper.fn().returns().size() == 1) return origin(helper.fn().returns().get(0), helper.file(), helper.fn(), depth + 1);
            return null;
        }
        if (x instanceof Member m && validatedEnv(m.object(), file)) {
            // env.JWT_SECRET of env = cleanEnv(process.env, {...}) / createEnv(...) / schema.parse(process.env)
            return new Value(Kind.ENV, env(m.prop(), 1), m.prop(), null, "env " + m.prop() + " (validated)");
        }
        if (x instanceof Param p && fn != null && p.path().size() == 1) {
            Fn.Param fp = fn.param(p.index());
            Project.ClassHit h = fp == null ? null : project.classNamed(fp.type(), file);
            if (h != null) return memberValue(h, p.path().get(0), depth);
        }
        if (x instanceof Member m && m.object() instanceof Call oc && "get".equals(Vals.lastName(oc.callee())) && !oc.args().isEmpty()) {
            Project.ClassHit h = project.classOf(oc.args().get(0), file);
            if (h != null) return memberValue(h, m.prop(), depth);
        }
        String nsKey = namespaceMember(x, file, fn);
        if (nsKey != null) {
            Value inNs = namespaceValue(nsKey, depth);
            if (inNs != null && inNs.kind() != Kind.UNKNOWN) return inNs;
        }
        return null;
    }

    // ------------------------------------------------------------------ Java / Spring

    private static final java.util.regex.Pattern SPRING_PLACEHOLDER = java.util.regex.Pattern.compile("^\\$\\{([^}:]+)(?::(.*))?}$", java.util.regex.Pattern.DOTALL);

    /**
     * A Java value: a field of the enclosing class ({@code @Value("${jwt.secret:dev}")}, an initializer, what the
     * constructor assigns), a constructor or method parameter with {@code @Value}, a no-argument method of the class
     * returning the value, a getter of a {@code @ConfigurationProperties} class (its prefix and field name are the key).
     */
    private Value java(Val x, FileFacts file, Fn fn, int depth) {
        if (x instanceof This t && t.path().size() == 1) {
            ClassInfo owner = fn != null ? JavaCalls.owner(file, fn) : file.classes().size() == 1 ? file.classes().values().iterator().next() : null;
            ClassInfo.Prop prop = JavaCalls.field(owner, t.path().get(0));
            if (prop == null) return null;
            Decorator d = JavaCalls.annotation(prop.decorators(), "Value");
            if (d != null && Val.constString(d.arg(0)) != null) return spring(Val.constString(d.arg(0)), file, d.location(), depth);
            Decorator cp = JavaCalls.annotation(owner.decorators(), "ConfigurationProperties");
            if (cp != null) {
                Value v = configurationProperty(owner, cp, prop, file, depth);
                if (v != null) return v;
            }
            JavaCalls.FieldValue fv = JavaCalls.fieldValue(owner, prop.name());
            return fv == null ? null : origin(fv.value(), file, fv.fn(), depth + 1);
        }
        if (x instanceof Param p && p.path().isEmpty() && fn != null) {
            Fn.Param fp = fn.param(p.index());
            Decorator d = fp == null ? null : JavaCalls.annotation(fp.decorators(), "Value");
            if (d != null && Val.constString(d.arg(0)) != null) return spring(Val.constString(d.arg(0)), file, d.location(), depth);
            return null;
        }
        if (x instanceof Call call && call.args().isEmpty()) {
            if (call.callee() instanceof This t && t.path().size() == 1) {
                JavaCalls.FieldValue rv = JavaCalls.returned(fn != null ? JavaCalls.owner(file, fn) : null, t.path().get(0));
                return rv == null ? null : origin(rv.value(), file, rv.fn(), depth + 1);
            }
            if (call.callee() instanceof Ref r && r.path().size() == 1) {
                Project.ClassHit h;
                try {
                    h = project.classOf(new Ref(r.module(), r.export(), List.of()), file);
                } catch (RuntimeException e) {
                    h = null;
                }
                if (h == null) return null;
                String m = r.path().get(0);
                String field = m.startsWith("get") && m.length() > 3 ? Character.toLowerCase(m.charAt(3)) + m.substring(4)
                        : m.startsWith("is") && m.length() > 2 ? Character.toLowerCase(m.charAt(2)) + m.substring(3) : m;
                Decorator cp = JavaCalls.annotation(h.info().decorators(), "ConfigurationProperties");
                ClassInfo.Prop prop = JavaCalls.field(h.info(), field);
                if (cp != null && prop != null) {
                    Value v = configurationProperty(h.info(), cp, prop, h.file(), depth);
                    if (v != null) return v;
                }
                JavaCalls.FieldValue rv = JavaCalls.returned(h.info(), m);
                if (rv != null) return origin(rv.value(), h.file(), rv.fn(), depth + 1);
                if (prop != null && JavaCalls.annotation(prop.decorators(), "Value") != null) {
                    return java(new This(List.of(field)), h.file(), null, depth + 1) ;
                }
            }
        }
        return null;
    }

    /** A field of a {@code @ConfigurationProperties(prefix)} class: the key prefix.field (kebab case too), its initializer as default. */
    private Value configurationProperty(ClassInfo owner, Decorator cp, ClassInfo.Prop prop, FileFacts file, int depth) {
        Val a = cp.arg(0);
        String prefix = Val.constString(a);
        if (prefix == null && a instanceof Obj o) {
            prefix = Val.constString(o.props().getOrDefault("prefix", o.props().get("value")));
        }
        if (prefix == null) return null;
        String kebab = prop.name().replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
        SpringConfig sc = SpringConfig.of(project);
        String module = SpringConfig.moduleOf(file.path());
        for (String key : List.of(prefix + "." + kebab, prefix + "." + prop.name())) {
            SpringConfig.Entry e = springEntry(key, module);
            if (e != null) return configured(e.value(), key, e.location(), depth);
        }
        String key = prefix + "." + kebab;
        if (prop.value() != null) {
            Value init = origin(prop.value(), file, null, depth + 1);
            if (init != null && init.kind() == Kind.LITERAL) {
                return new Value(Kind.ENV_DEFAULT, init.text(), key, init.literal(), "config key '" + key + "' with the fallback '" + shorten(init.text()) + "'");
            }
        }
        return new Value(Kind.ENV, null, key, null, "config key '" + key + "'");
    }

    /** The default profile's entry for a key, else a production profile's ({@code application-prod.yml}): what the deployed app reads. */
    private SpringConfig.Entry springEntry(String key, String module) {
        SpringConfig sc = SpringConfig.of(project);
        SpringConfig.Entry e = sc.value(key, module);
        if (e != null) return e;
        for (SpringConfig.Entry x : sc.entries(key)) {
            if (x.profile() != null && x.profile().toLowerCase(Locale.ROOT).matches("prod|production|prd")) return x;
        }
        return null;
    }

    /** {@code @Value("${key:default}")}: the key's value in the Spring config files, else the placeholder's default. */
    private Value spring(String placeholder, FileFacts file, Location annotation, int depth) {
        java.util.regex.Matcher m = SPRING_PLACEHOLDER.matcher(placeholder.trim());
        if (!m.matches()) {
            if (placeholder.contains("${") || placeholder.contains("#{")) return null;
            return new Value(Kind.LITERAL, placeholder, null, locate(file, placeholder, annotation), "the literal '" + shorten(placeholder) + "'");
        }
        String key = m.group(1).trim(), def = m.group(2);
        SpringConfig.Entry e = springEntry(key, SpringConfig.moduleOf(file.path()));
        if (e != null) return configured(e.value(), key, e.location(), depth);
        // ${jwt.secret:#{null}}: the default is a SpEL expression (null here), not a literal
        if (def != null && !def.isEmpty() && !def.contains("${") && !def.trim().startsWith("#{")) {
            return new Value(Kind.ENV_DEFAULT, def, key, locate(file, placeholder, annotation), "config key '" + key + "' with the fallback '" + shorten(def) + "'");
        }
        return new Value(Kind.ENV, null, key, null, "config key '" + key + "'");
    }

    /**
     * A value as set in a Spring config file: {@code ${ENV_VAR:fallback}} is the environment variable with a fallback
     * written in the file (or another key), a plain value is a constant committed with the application (LITERAL, named
     * by its key, located at its line).
     */
    private Value configured(String value, String key, Location at, int depth) {
        if (value == null || depth > MAX_DEPTH) return null;
        String file = at == null ? "the config file" : at.path().substring(at.path().lastIndexOf('/') + 1);
        java.util.regex.Matcher m = SPRING_PLACEHOLDER.matcher(value.trim());
        if (m.matches()) {
            String name = m.group(1).trim(), def = m.group(2);
            SpringConfig.Entry other = SpringConfig.of(project).value(name, at == null ? null : SpringConfig.moduleOf(at.path()));
            if (other != null && !other.key().equals(key)) return configured(other.value(), name, other.location(), depth + 1);
            if (def != null && !def.isEmpty() && !def.contains("${") && !def.trim().startsWith("#{")) {
                return new Value(Kind.ENV_DEFAULT, def, name, at, "env " + name + " with the fallback '" + shorten(def) + "' (" + key + " in " + file + ")");
            }
            return new Value(Kind.ENV, env(name, 1), name, null, "env " + name + " (" + key + " in " + file + ")");
        }
        if (value.contains("${") || value.isEmpty()) return new Value(Kind.UNKNOWN, null, key, null, "config key '" + key + "'");
        return new Value(Kind.LITERAL, value, key, at, "config key '" + key + "' set to '" + shorten(value) + "' in " + file);
    }

    private static String describeName(Value v) {
        return v.describe() != null && v.kind() == Kind.ENV ? v.describe() : "env " + v.name();
    }

    private static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }

    /** The variable of process.env.X / process.env['X'] / import.meta.env.X / Bun.env.X, else null. */
    private static String envName(Val x) {
        if (x instanceof Global g && g.path().size() == 2 && g.path().get(0).equals("env")
                && (g.name().equals("process") || g.name().equals("Bun"))) return g.path().get(1);
        if (x instanceof Global g && g.name().equals("import") && g.path().size() == 3 && g.path().get(0).equals("meta")
                && g.path().get(1).equals("env")) return g.path().get(2);
        return null;
    }

    /** An object made from the environment by a validating library: cleanEnv, createEnv, schema.parse(process.env). */
    private boolean validatedEnv(Val obj, FileFacts file) {
        Val o = project.resolve(obj, file).val();
        if (o instanceof Member m && m.prop().equals("data")) o = m.object();
        if (!(o instanceof Call c)) return false;
        String m = Vals.lastName(c.callee());
        if (m == null) return false;
        if (m.equals("cleanEnv") || m.equals("createEnv") || m.equals("envsafe")) return true;
        if ((m.equals("parse") || m.equals("safeParse") || m.equals("validateSync")) && !c.args().isEmpty()) {
            Val a = project.resolve(c.args().get(0), file).val();
            return a instanceof Global g && g.name().equals("process") && g.path().equals(List.of("env"));
        }
        return false;
    }

    private Value memberValue(Project.ClassHit h, String name, int depth) {
        Fn getter = h.info().method(name);
        if (getter != null && getter.returns().size() == 1) return origin(getter.returns().get(0), h.file(), getter, depth + 1);
        for (ClassInfo.Prop p : h.info().props()) {
            if (p.name().equals(name) && p.value() != null) return origin(p.value(), h.file(), null, depth + 1);
        }
        return null;
    }

    /** A 'ns.path' key of a registerAs namespace or load function: where its field comes from. */
    private Value namespaceValue(String key, int depth) {
        List<String> parts = Arrays.asList(key.split("\\."));
        for (Namespace n : namespaces()) {
            List<String> path;
            if (n.ns == null) path = parts;
            else if (parts.size() > 1 && parts.get(0).equals(n.ns)) path = parts.subList(1, parts.size());
            else continue;
            Project.FnRef factory = project.function(n.factory, n.file);
            if (factory == null || factory.fn().returns().isEmpty()) continue;
            Val cur = factory.fn().returns().get(0);
            FileFacts cf = factory.file();
            for (String seg : path) {
                Project.Resolved nr = project.resolve(cur, cf);
                if (!(nr.val() instanceof Obj o) || !o.props().containsKey(seg)) {
                    cur = null;
                    break;
                }
                cur = o.props().get(seg);
                cf = nr.file();
            }
            if (cur != null) {
                Value v = origin(cur, cf, factory.fn(), depth + 1);
                if (v != null) return v;
            }
        }
        return null;
    }

    /**
     * The string the app runs with, as deployed from the repository (a committed .env, then the default written in
     * the code, then an example env file); null when the tree does not say.
     */
    public String effective(Val v, FileFacts f, Fn fn) {
        return string(v, f, fn);
    }

    /** The string a value evaluates to, or null when the tree does not say. {@code fn} is the function it is read in (for parameters). */
    public String string(Val v, FileFacts f, Fn fn) {
        String s = eval(v, f, fn, 1, 0);
        return s != null ? s : eval(v, f, fn, 2, 0);
    }

    /** What a configured value is read from, for messages: "config key 'app.prefix'", "env API_PREFIX", "globalPrefix". */
    public String describe(Val v, FileFacts f) {
        Project.Resolved r = project.resolve(v, f);
        Val x = r.val();
        if (x instanceof Call c && ("get".equals(Vals.lastName(c.callee())) || "getOrThrow".equals(Vals.lastName(c.callee())))
                && !c.args().isEmpty()) {
            String key = Val.constString(project.resolve(c.args().get(0), r.file()).val());
            if (key != null) return "config key '" + key + "'";
        }
        if (x instanceof Global g && g.name().equals("process") && g.path().size() == 2 && g.path().get(0).equals("env")) {
            return "env " + g.path().get(1);
        }
        if (v instanceof Local l) return String.join(".", concat(l.name(), l.path()));
        if (v instanceof Param p) return String.join(".", concat(p.name(), p.path()));
        return "expression";
    }

    private static List<String> concat(String head, List<String> tail) {
        List<String> out = new ArrayList<>();
        out.add(head);
        out.addAll(tail);
        return out;
    }

    private String eval(Val v, FileFacts f, Fn fn, int pass, int depth) {
        if (v == null || depth > MAX_DEPTH) return null;
        Project.Resolved r = project.resolve(v, f);
        Val x = r.val();
        FileFacts file = r.file();
        String c = Val.constString(x);
        if (c != null) return c;
        if (x instanceof Tpl t) {
            StringBuilder sb = new StringBuilder(t.quasis().get(0));
            for (int i = 0; i < t.holes().size(); i++) {
                String h = eval(t.holes().get(i), file, fn, pass, depth + 1);
                if (h == null) return null;
                sb.append(h).append(i + 1 < t.quasis().size() ? t.quasis().get(i + 1) : "");
            }
            return sb.toString();
        }
        if (x instanceof Concat cc) {
            StringBuilder sb = new StringBuilder();
            for (Val p : cc.parts()) {
                String h = eval(p, file, fn, pass, depth + 1);
                if (h == null) return null;
                sb.append(h);
            }
            return sb.toString();
        }
        if (x instanceof OneOf o && o.test() != null && o.options().size() == 2) {
            // cond ? a : b, with the condition evaluated as the repository configures the app
            Boolean h = holds(o.test(), file, fn);
            if (h != null) return eval(o.options().get(h ? 0 : 1), file, fn, pass, depth + 1);
        }
        if (x instanceof OneOf o) {
            // a ?? b / a || b: the first option that has a value
            for (Val opt : o.options()) {
                String s = eval(opt, file, fn, pass, depth + 1);
                if (s != null && !s.isEmpty()) return s;
            }
            return null;
        }
        if (x instanceof Global g && g.name().equals("process") && g.path().size() == 2 && g.path().get(0).equals("env")) {
            return env(g.path().get(1), pass);
        }
        if (x instanceof Call call) return call(call, file, fn, pass, depth);
        if (x instanceof Param p && fn != null && p.path().size() == 1) {
            // configure(app, appConfig: AppConfigService) { app.setGlobalPrefix(appConfig.prefix) }
            Fn.Param fp = fn.param(p.index());
            Project.ClassHit h = fp == null ? null : project.classNamed(fp.type(), file);
            if (h != null) return member(h, p.path().get(0), pass, depth);
        }
        if (x instanceof Member m && m.object() instanceof Call oc && "get".equals(Vals.lastName(oc.callee())) && !oc.args().isEmpty()) {
            // app.get(AppConfigService).prefix
            Project.ClassHit h = project.classOf(oc.args().get(0), file);
            if (h != null) return member(h, m.prop(), pass, depth);
        }
        String nsKey = namespaceMember(x, file, fn);
        if (nsKey != null) return key(nsKey, pass, depth);
        return null;
    }

    /**
     * {@code appConfig.apiPrefix} of {@code const appConfig = configService.get('app')}: the config key 'app.apiPrefix'
     * (the namespace's object read whole, then its field). Null for any other value.
     */
    private String namespaceMember(Val x, FileFacts file, Fn fn) {
        List<String> path = new ArrayList<>();
        Val base = x;
        while (base instanceof Member m && path.size() < 8) {
            path.add(0, m.prop());
            base = m.object();
        }
        if (path.isEmpty() || !(base instanceof Call c) || c.args().isEmpty()) return null;
        String m = Vals.lastName(c.callee());
        Val recv = Analysis.receiver(c.callee());
        if (!("get".equals(m) || "getOrThrow".equals(m)) || recv == null || !isConfig(recv, file, fn)) return null;
        String key = Val.constString(project.resolve(c.args().get(0), file).val());
        return key == null ? null : key + "." + String.join(".", path);
    }

    /** Marks a value known to be undefined: an environment variable no env file, schema or default sets. */
    private static final Object UNDEFINED = new Object();

    /**
     * Whether a condition holds in the app as the repository configures it (env files, schema defaults, code
     * defaults; an environment variable set nowhere is undefined), or null when that cannot be told.
     */
    public Boolean holds(Val.Test t, FileFacts f, Fn fn) {
        Object l = value(t.left(), f, fn, 0);
        if (l == null) return null;
        boolean r;
        if (t.op().equals("truthy")) {
            r = l != UNDEFINED && !(l instanceof Boolean b && !b) && !(l instanceof String s && s.isEmpty());
        } else {
            Object rv = value(t.right(), f, fn, 0);
            if (rv == null) return null;
            boolean eq = l == UNDEFINED || rv == UNDEFINED ? l == rv : String.valueOf(l).equals(String.valueOf(rv));
            r = t.op().equals("==") == eq;
        }
        return r == t.holds();
    }

    /** A string, a Boolean, UNDEFINED, or null when unknown. */
    private Object value(Val v, FileFacts f, Fn fn, int depth) {
        if (v == null || depth > MAX_DEPTH) return null;
        Project.Resolved r = project.resolve(v, f);
        Val x = r.val();
        if (x instanceof Lit l) {
            if (l.value() == null) return UNDEFINED;
            if (l.value() instanceof Boolean b) return b;
            if (l.value() instanceof Number n) return n.doubleValue() == Math.rint(n.doubleValue()) ? String.valueOf(n.longValue()) : n.toString();
            return String.valueOf(l.value());
        }
        if (x instanceof Global g && g.name().equals("undefined") && g.path().isEmpty()) return UNDEFINED;
        if (x instanceof Global g && g.name().equals("process") && g.path().size() == 2 && g.path().get(0).equals("env")) {
            String e = env(g.path().get(1), 1);
            if (e == null) e = env(g.path().get(1), 2);
            return e == null ? UNDEFINED : e;
        }
        if (x instanceof OneOf o && o.test() != null && o.options().size() == 2) {
            Boolean h = holds(o.test(), r.file(), fn);
            return h == null ? null : value(o.options().get(h ? 0 : 1), r.file(), fn, depth + 1);
        }
        if (x instanceof OneOf o) {
            // a ?? b, a || b: the first option that is set
            for (Val opt : o.options()) {
                Object ov = value(opt, r.file(), fn, depth + 1);
                if (ov == null) return null;
                if (ov != UNDEFINED && !"".equals(ov)) return ov;
            }
            return UNDEFINED;
        }
        return string(v, f, fn);
    }

    /** A getter, a no-argument method or an initialised property of a config service class. */
    private String member(Project.ClassHit h, String name, int pass, int depth) {
        Fn getter = h.info().method(name);
        if (getter != null && getter.returns().size() == 1) return eval(getter.returns().get(0), h.file(), getter, pass, depth + 1);
        for (ClassInfo.Prop p : h.info().props()) {
            if (p.name().equals(name) && p.value() != null) return eval(p.value(), h.file(), null, pass, depth + 1);
        }
        return null;
    }

    private String call(Call call, FileFacts file, Fn fn, int pass, int depth) {
        String m = Vals.lastName(call.callee());
        Val recv = Analysis.receiver(call.callee());
        if (("get".equals(m) || "getOrThrow".equals(m)) && recv != null && !call.args().isEmpty() && isConfig(recv, file, fn)) {
            String key = Val.constString(project.resolve(call.args().get(0), file).val());
            if (key == null) return null;
            String v = key(key, pass, depth);
            if (v != null) return v;
            // get(key, default) / get(key, default, { infer: true }); get(key, { infer: true }) has none
            if (call.args().size() > 1 && !(project.resolve(call.args().get(1), file).val() instanceof Obj)) {
                return eval(call.args().get(1), file, fn, pass, depth + 1);
            }
            return null;
        }
        // a project helper that returns the value
        Project.FnRef helper = project.function(call.callee(), file);
        if (helper != null && helper.fn().returns().size() == 1) return eval(helper.fn().returns().get(0), helper.file(), helper.fn(), pass, depth + 1);
        return null;
    }

    /** A receiver that is a config service: ConfigService-typed, named *config*, or app.get(SomeConfig). */
    private boolean isConfig(Val recv, FileFacts file, Fn fn) {
        if (recv instanceof Param p && fn != null && p.path().isEmpty()) {
            Fn.Param fp = fn.param(p.index());
            if (fp != null && fp.type() != null && fp.type().toLowerCase(Locale.ROOT).contains("config")) return true;
        }
        String name = Vals.lastName(recv);
        if (name != null && name.toLowerCase(Locale.ROOT).contains("config")) return true;
        Val r = project.resolve(recv, file).val();
        if (r instanceof Call c && "get".equals(Vals.lastName(c.callee())) && !c.args().isEmpty()) {
            String n = Vals.lastName(c.args().get(0));
            return n != null && n.toLowerCase(Locale.ROOT).contains("config");
        }
        if (r instanceof New n) {
            String cn = Vals.lastName(n.callee());
            return cn != null && cn.toLowerCase(Locale.ROOT).contains("config");
        }
        return false;
    }

    /** A ConfigService key: 'ns.path' of a registered namespace or load function, else an environment variable. */
    private String key(String key, int pass, int depth) {
        List<String> parts = Arrays.asList(key.split("\\."));
        for (Namespace n : namespaces()) {
            List<String> path;
            if (n.ns == null) path = parts;
            else if (parts.size() > 1 && parts.get(0).equals(n.ns)) path = parts.subList(1, parts.size());
            else continue;
            Project.FnRef factory = project.function(n.factory, n.file);
            if (factory == null || factory.fn().returns().isEmpty()) continue;
            Project.Resolved obj = project.resolve(factory.fn().returns().get(0), factory.file());
            Val cur = obj.val();
            FileFacts cf = obj.file();
            for (int i = 0; i < path.size() && cur != null; i++) {
                if (!(cur instanceof Obj o)) {
                    cur = null;
                    break;
                }
                Val next = o.props().get(path.get(i));
                if (next == null) {
                    cur = null;
                    break;
                }
                if (i + 1 < path.size()) {
                    Project.Resolved nr = project.resolve(next, cf);
                    cur = nr.val();
                    cf = nr.file();
                } else cur = next;
            }
            if (cur != null) {
                String s = eval(cur, cf, factory.fn(), pass, depth + 1);
                if (s != null) return s;
            }
        }
        return env(key, pass);
    }

    private synchronized List<Namespace> namespaces() {
        if (namespaces != null) return namespaces;
        List<Namespace> out = new ArrayList<>();
        Set<Val> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        // only registerAs calls and x.forRoot(..) calls matter: the call index names both (a method call is a site of *.m)
        dev.backcheck.flow.CallIndex.Named named = dev.backcheck.flow.CallIndex.of(project).named(List.of("@nestjs/config.registerAs", "*.forRoot"));
        for (FileFacts f : project.files().values()) {
            if (!named.files().contains(f)) continue;
            for (Fn fn : Analysis.functions(f)) {
                for (CallSite cs : fn.calls()) {
                    if (!named.calls().contains(cs)) continue;
                    String q = project.qname(cs.callee(), f);
                    if ("@nestjs/config.registerAs".equals(q) && cs.args().size() > 1) {
                        String ns = Val.constString(project.resolve(cs.arg(0), f).val());
                        if (ns != null) out.add(new Namespace(ns, cs.arg(1), f));
                    } else if ("forRoot".equals(cs.methodName()) && "ConfigModule".equals(Vals.lastName(Analysis.receiver(cs.callee())))
                            && !cs.args().isEmpty() && project.resolve(cs.arg(0), f).val() instanceof Obj o) {
                        if (o.props().containsKey("validationSchema")) schemaDefaults(o.props().get("validationSchema"), f);
                        if (!o.props().containsKey("load")) continue;
                        Project.Resolved lr = project.resolve(o.props().get("load"), f);
                        if (!(lr.val() instanceof Arr a)) continue;
                        for (Val item : a.items()) {
                            Project.Resolved ir = project.resolve(item, lr.file());
                            if (ir.val() instanceof FnVal && seen.add(ir.val())) out.add(new Namespace(null, item, lr.file()));
                        }
                    }
                }
            }
        }
        namespaces = out;
        return out;
    }

    /** Joi.object({ KEY: Joi.string().default('x'), ... }): the defaults, by key. */
    private void schemaDefaults(Val schema, FileFacts f) {
        Project.Resolved r = project.resolve(schema, f);
        if (!(r.val() instanceof Call c) || !"object".equals(Vals.lastName(c.callee())) || c.args().isEmpty()) return;
        Project.Resolved keys = project.resolve(c.args().get(0), r.file());
        if (!(keys.val() instanceof Obj o)) return;
        for (Map.Entry<String, Val> e : o.props().entrySet()) {
            Val cur = e.getValue();
            for (int hop = 0; hop < 12 && cur instanceof Call k; hop++) {
                if ("default".equals(Vals.lastName(k.callee())) && !k.args().isEmpty()) {
                    Val d = project.resolve(k.args().get(0), keys.file()).val();
                    String v = Val.constString(d);
                    if (v == null && d instanceof Lit l && l.value() instanceof Number n) {
                        v = n.doubleValue() == Math.rint(n.doubleValue()) ? String.valueOf(n.longValue()) : n.toString();
                    }
                    if (v != null) schemaDefaults.putIfAbsent(e.getKey(), v);
                    break;
                }
                cur = Analysis.receiver(k.callee());
            }
        }
    }

    // ------------------------------------------------------------------ env files

    /** The value of an environment variable in the env files: pass 1 reads .env, pass 2 the examples. Null when unset or empty. */
    String env(String name, int pass) {
        if (name == null) return null;
        String v = envFile(name, pass);
        if (v == null && pass == 1) {
            namespaces();
            v = schemaDefaults.get(name);
        }
        return v;
    }

    private String envFile(String name, int pass) {
        for (String path : envFiles(pass)) {
            String text = project.texts().get(path);
            if (text == null) continue;
            for (String line : text.split("\r?\n")) {
                String l = line.strip();
                if (l.startsWith("export ")) l = l.substring(7).strip();
                int eq = l.indexOf('=');
                if (l.startsWith("#") || eq <= 0 || !l.substring(0, eq).strip().equals(name)) continue;
                String v = l.substring(eq + 1).strip();
                if (v.length() >= 2 && (v.charAt(0) == '"' || v.charAt(0) == '\'') && v.charAt(v.length() - 1) == v.charAt(0)) {
                    v = v.substring(1, v.length() - 1);
                } else {
                    int hash = v.indexOf(" #");
                    if (hash >= 0) v = v.substring(0, hash).strip();
                }
                return v.isEmpty() ? null : v;
            }
        }
        return null;
    }

    /** Env files nearest the app's main file first (its folder, then its parents); .env alone in pass 1. */
    private List<String> envFiles(int pass) {
        List<String> out = new ArrayList<>();
        for (String p : project.texts().keySet()) {
            String name = p.substring(p.lastIndexOf('/') + 1);
            if (!name.startsWith(".env")) continue;
            boolean main = name.equals(".env");
            if (pass == 1 ? !main : main || name.contains("test")) continue;
            String dir = p.lastIndexOf('/') < 0 ? "" : p.substring(0, p.lastIndexOf('/') + 1);
            if (near == null || near.startsWith(dir)) out.add(p);
        }
        out.sort(Comparator.comparingInt((String p) -> -p.lastIndexOf('/')).thenComparing(p -> rank(p)).thenComparing(p -> p));
        return out;
    }

    private static int rank(String p) {
        String name = p.substring(p.lastIndexOf('/') + 1);
        if (name.equals(".env.example")) return 0;
        if (name.equals(".env.sample")) return 1;
        if (name.startsWith(".env.dev")) return 2;
        if (name.equals(".env.local")) return 3;
        return 4;
    }
}
