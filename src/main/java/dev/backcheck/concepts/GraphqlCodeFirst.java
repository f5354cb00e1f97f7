package dev.backcheck.concepts;

import dev.backcheck.findings.Location;
import dev.backcheck.lang.facts.*;
import dev.backcheck.lang.facts.Val.*;
import dev.backcheck.model.Analysis;
import dev.backcheck.model.Control;
import dev.backcheck.model.ControlKind;
import dev.backcheck.model.Project;

import java.util.*;

/**
 * Code-first GraphQL schemas built with Pothos and Nexus, read for {@link GraphqlServers} (read from
 * {@code @pothos/core} 4, {@code @pothos/plugin-scope-auth}, {@code @pothos/plugin-validation}/{@code plugin-zod} and
 * {@code nexus} 1.3).
 * <ul>
 *   <li>Pothos: {@code builder.queryType/mutationType/subscriptionType({ fields: t => ({ name: t.field({ resolve }) }) })},
 *       {@code builder.queryFields(t => ({...}))}, {@code builder.queryField('name', t => t.field({...}))} (and the
 *       mutation/subscription twins), where {@code builder} is a {@code new SchemaBuilder()} of {@code @pothos/core}.
 *       Any field builder method counts ({@code t.string}, {@code t.prismaField}, {@code t.withAuth({...}).field});
 *       the prisma plugin's resolvers take the query first, so their arguments are the third parameter.
 *       Controls: {@code authScopes} on the field or on the root type's config, {@code t.withAuth(...)} (scope-auth);
 *       {@code validate} on the field, on an argument ({@code t.arg.string({ validate })}, {@code .validate(schema)})
 *       or on the input type an argument takes.</li>
 *   <li>Nexus: {@code queryType/mutationType/subscriptionType({ definition(t) { t.field('name', { args, resolve }) } })},
 *       {@code objectType({ name: 'Mutation', definition })}, {@code extendType({ type: 'Mutation', definition })},
 *       {@code queryField('name', config)} / {@code mutationField(t => ...)}; fields {@code t.field}, {@code t.string},
 *       {@code t.list.field}, {@code t.nonNull.boolean}... Controls: {@code authorize} (the field authorize plugin,
 *       on by default; off when {@code makeSchema} lists other plugins without it), {@code validate} (nexus-validate),
 *       {@code shield} (nexus-shield).</li>
 * </ul>
 */
final class GraphqlCodeFirst {
    private static final Set<String> ROOT_TYPES = Set.of("Query", "Mutation", "Subscription");
    private static final Map<String, String> POTHOS_ARG = Map.ofEntries(Map.entry("string", "String"), Map.entry("int", "Int"),
            Map.entry("float", "Float"), Map.entry("boolean", "Boolean"), Map.entry("id", "ID"), Map.entry("stringList", "[String]"),
            Map.entry("intList", "[Int]"), Map.entry("floatList", "[Float]"), Map.entry("booleanList", "[Boolean]"),
            Map.entry("idList", "[ID]"), Map.entry("globalID", "ID"), Map.entry("globalIDList", "[ID]"));
    private static final Map<String, String> NEXUS_ARG = Map.of("stringArg", "String", "intArg", "Int", "floatArg", "Float",
            "booleanArg", "Boolean", "idArg", "ID");

    /** A root field found: type (QUERY...), name, where, resolver, its file, controls, args parameter, argument types. */
    record Found(String type, String field, Location at, Fn resolver, FileFacts file, String style, List<Control> controls,
                 int argsParam, List<GraphqlServers.Arg> args) { }

    private final Project project;
    private final Set<String> inputTypes;
    private final Set<String> enumsAndScalars;
    final List<Found> found = new ArrayList<>();
    /** Pothos: root type → authScopes control of its type config (applies to every field of the type). */
    private final Map<String, Control> typeScopes = new HashMap<>();
    /** Pothos input types with validation: name → true. */
    private final Set<String> validatedInputs = new HashSet<>();
    private boolean nexusAuthorizeOff;

    GraphqlCodeFirst(Project project, Set<String> inputTypes, Set<String> enumsAndScalars) {
        this.project = project;
        this.inputTypes = inputTypes;
        this.enumsAndScalars = enumsAndScalars;
    }

    void run() {
        boolean pothos = project.dependsOn("@pothos/core") || imports("@pothos/core");
        boolean nexus = project.dependsOn("nexus") || project.dependsOn("@nexus/schema") || imports("nexus") || imports("@nexus/schema");
        if (!pothos && !nexus) return;
        List<Runnable> later = new ArrayList<>();
        for (FileFacts f : project.files().values()) {
            if (project.isTestPath(f.path()) || !"ts".equals(f.language())) continue;
            for (Fn fn : Analysis.functions(f)) {
                for (CallSite cs : fn.calls()) {
                    String m = cs.methodName();
                    if (m == null) continue;
                    String root = project.rootModule(cs.callee(), f);
                    if (root == null) continue;
                    if (pothos && root.equals("@pothos/core")) {
                        types(m, cs, f);
                        later.add(() -> pothos(m, cs, f));
                    } else if (nexus && (root.equals("nexus") || root.equals("@nexus/schema"))) {
                        nexusTypes(m, cs, f);
                        later.add(() -> nexus(m, cs, f));
                    }
                }
            }
        }
        for (Runnable r : later) r.run();
        for (Found x : found) {
            if (x.style().equals("pothos")) {
                Control c = typeScopes.get(x.type());
                if (c != null && x.controls().stream().noneMatch(k -> k.kind() == ControlKind.AUTH)) x.controls().add(0, c);
            }
        }
    }

    private boolean imports(String module) {
        for (FileFacts f : project.files().values()) {
            for (Import i : f.imports().values()) if (i.module().equals(module)) return true;
        }
        return false;
    }

    // ------------------------------------------------------------------ Pothos

    /** Input, enum and scalar types a Pothos builder declares (first pass, so arguments can name them). */
    private void types(String m, CallSite cs, FileFacts f) {
        String name = Val.constString(project.resolve(cs.arg(0), f).val());
        switch (m) {
            case "inputType" -> {
                if (name == null) return;
                Val cfg = project.resolve(cs.arg(1), f).val();
                if (cfg instanceof Obj o && (o.props().containsKey("validate") || fieldsValidate(o, f))) validatedInputs.add(name);
                if (cfg instanceof Obj o && closedPothosInput(o, f)) enumsAndScalars.add(name);
                else inputTypes.add(name);
            }
            case "enumType" -> {
                Val cfg = project.resolve(cs.arg(1), f).val();
                String n = cfg instanceof Obj o ? Val.constString(o.props().get("name")) : null;
                if (name != null) enumsAndScalars.add(name);
                if (n != null) enumsAndScalars.add(n);
            }
            case "scalarType", "addScalarType" -> { if (name != null) enumsAndScalars.add(name); }
            default -> { }
        }
    }

    /** Input fields that carry no free text: numbers, booleans, ids (GraphQL types them fully). */
    private static final Set<String> CLOSED_FIELDS = Set.of("int", "float", "boolean", "id", "intList", "floatList", "booleanList",
            "idList", "globalID");

    /** A Pothos input type whose fields are all numbers, booleans or ids. */
    private boolean closedPothosInput(Obj cfg, FileFacts f) {
        Project.FnRef fields = project.function(cfg.props().get("fields"), f);
        if (fields == null) return false;
        boolean any = false;
        for (Val r : fields.fn().returns()) {
            if (!(r instanceof Obj o)) return false;
            for (Val v : o.props().values()) {
                if (!(v instanceof Call c) || !CLOSED_FIELDS.contains(String.valueOf(Vals.lastName(c.callee())))) return false;
                any = true;
            }
        }
        return any;
    }

    /** A Nexus input type whose definition declares only numbers, booleans or ids. */
    private boolean closedNexusInput(Obj cfg, FileFacts f) {
        Project.FnRef def = project.function(cfg.props().get("definition"), f);
        if (def == null || def.fn().params().isEmpty()) return false;
        boolean any = false;
        for (CallSite cs : def.fn().calls()) {
            if (!(cs.callee() instanceof Param p) || p.index() != 0 || p.path().isEmpty()) continue;
            if (!CLOSED_FIELDS.contains(p.path().get(p.path().size() - 1))) return false;
            any = true;
        }
        return any;
    }

    /** An input type's fields function whose fields carry {@code validate}. */
    private boolean fieldsValidate(Obj cfg, FileFacts f) {
        Project.FnRef fields = project.function(cfg.props().get("fields"), f);
        if (fields == null) return false;
        for (Val r : fields.fn().returns()) {
            if (r instanceof Obj o) for (Val v : o.props().values()) if (validates(v, fields.file())) return true;
        }
        return false;
    }

    private void pothos(String m, CallSite cs, FileFacts f) {
        String type = switch (m) {
            case "queryType", "queryFields", "queryField" -> "QUERY";
            case "mutationType", "mutationFields", "mutationField" -> "MUTATION";
            case "subscriptionType", "subscriptionFields", "subscriptionField" -> "SUBSCRIPTION";
            case "objectType" -> {
                String n = Val.constString(project.resolve(cs.arg(0), f).val());
                yield n != null && ROOT_TYPES.contains(n) ? n.toUpperCase(Locale.ROOT) : null;
            }
            default -> null;
        };
        if (type == null) return;
        if (m.endsWith("Type")) {
            Val cfg = project.resolve(cs.arg(m.equals("objectType") ? 1 : 0), f).val();
            if (!(cfg instanceof Obj o)) return;
            if (o.props().get("authScopes") != null && !publicScopes(o.props().get("authScopes"), f)) {
                typeScopes.put(type, new Control(ControlKind.AUTH, "authScopes", cs.location(), Set.of(), "route"));
            }
            Project.FnRef fields = project.function(o.props().get("fields"), f);
            if (fields != null) pothosFields(type, fields, null, cs.location());
        } else if (m.endsWith("Fields")) {
            Project.FnRef fields = project.function(cs.arg(0), f);
            if (fields != null) pothosFields(type, fields, null, cs.location());
        } else {
            String name = Val.constString(project.resolve(cs.arg(0), f).val());
            Project.FnRef fields = project.function(cs.arg(1), f);
            if (name != null && fields != null) pothosFields(type, fields, name, cs.location());
        }
    }

    /** The fields function {@code t => ({ a: t.field(...) })} (or, for a single field, {@code t => t.field(...)}). */
    private void pothosFields(String type, Project.FnRef fields, String single, Location at) {
        Fn fn = fields.fn();
        if (fn.params().isEmpty()) return;
        for (Val r : fn.returns()) {
            if (single != null) {
                pothosField(type, single, r, fields.file(), at);
            } else if (r instanceof Obj o) {
                for (Map.Entry<String, Val> e : o.props().entrySet()) {
                    if (e.getKey().startsWith("...")) continue;
                    Location loc = e.getValue() instanceof Call c && c.site() != null ? c.site() : at;
                    pothosField(type, e.getKey(), e.getValue(), fields.file(), loc);
                }
            }
        }
    }

    /** One field: {@code t.field({ args, authScopes, validate, resolve })}, possibly after {@code t.withAuth(...)}. */
    private void pothosField(String type, String name, Val v, FileFacts f, Location at) {
        if (!(v instanceof Call c) || c.args().isEmpty()) return;
        String method = Vals.lastName(c.callee());
        if (method == null || !fromFieldBuilder(c.callee())) return;
        Val cfgv = project.resolve(c.args().get(c.args().size() - 1), f).val();
        if (!(cfgv instanceof Obj cfg)) return;
        Val rv = cfg.props().get(type.equals("SUBSCRIPTION") && cfg.props().get("subscribe") != null ? "subscribe" : "resolve");
        if (rv == null) rv = cfg.props().get("resolve");
        Project.FnRef resolver = rv == null ? null : project.function(rv, f);
        if (resolver == null) return;
        List<Control> controls = new ArrayList<>();
        Val scopes = cfg.props().get("authScopes");
        if (scopes != null && !publicScopes(scopes, f)) controls.add(new Control(ControlKind.AUTH, "authScopes", at, Set.of(), "route"));
        if (withAuth(c.callee())) controls.add(new Control(ControlKind.AUTH, "withAuth", at, Set.of(), "route"));
        int argsParam = method.startsWith("prisma") ? 2 : 1;
        List<GraphqlServers.Arg> args = new ArrayList<>();
        boolean validated = cfg.props().get("validate") != null;
        Val argsv = cfg.props().get("args");
        Project.Resolved ar = argsv == null ? null : project.resolve(argsv, f);
        if (ar != null && ar.val() instanceof Call vc && "validate".equals(Vals.lastName(vc.callee()))) {
            validated = true; // args: t.validate({...})
            ar = vc.args().isEmpty() ? null : project.resolve(vc.args().get(0), ar.file());
        }
        if (ar != null && ar.val() instanceof Obj ao) {
            FileFacts af = ar.file() == null ? f : ar.file();
            boolean allValidated = !ao.props().isEmpty();
            for (Map.Entry<String, Val> e : ao.props().entrySet()) {
                String t = pothosArgType(e.getValue(), af);
                args.add(new GraphqlServers.Arg(e.getKey(), t));
                if (!validates(e.getValue(), af) && !validatedInputs.contains(t.replaceAll("[\\[\\]!]", ""))) allValidated = false;
            }
            if (allValidated) validated = true;
        }
        if (validated) controls.add(new Control(ControlKind.VALIDATION, "pothos validate", at, Set.of("args"), "route"));
        found.add(new Found(type, name, at, resolver.fn(), resolver.file(), "pothos", controls, argsParam, args));
    }

    /** A callee on the field builder {@code t} (the fields function's parameter), through {@code t.withAuth(...)} chains. */
    private static boolean fromFieldBuilder(Val callee) {
        Val v = callee;
        for (int i = 0; i < 8 && v != null; i++) {
            if (v instanceof Param p) return p.path().size() >= 1;
            if (v instanceof Member m) v = m.object();
            else if (v instanceof Call c) v = c.callee();
            else return false;
        }
        return false;
    }

    private static boolean withAuth(Val callee) {
        Val v = callee;
        for (int i = 0; i < 8 && v != null; i++) {
            if (v instanceof Call c) {
                if ("withAuth".equals(Vals.lastName(c.callee()))) return true;
                v = c.callee();
            } else if (v instanceof Member m) v = m.object();
            else return false;
        }
        return false;
    }

    /** {@code authScopes: { public: true }}: a scope every caller has is no authentication. */
    private boolean publicScopes(Val scopes, FileFacts f) {
        Val s = project.resolve(scopes, f).val();
        if (!(s instanceof Obj o) || o.props().isEmpty()) return false;
        for (Map.Entry<String, Val> e : o.props().entrySet()) {
            if (!e.getKey().matches("(?i)public|anyone|everyone|guest|unauthenticated|anonymous")) return false;
        }
        return true;
    }

    /** {@code t.arg.string({ validate })}, {@code t.arg({ type, validate })}, {@code t.arg.string().validate(schema)}. */
    private boolean validates(Val v, FileFacts f) {
        Val x = project.resolve(v, f).val();
        for (int i = 0; i < 8 && x instanceof Call c; i++) {
            if ("validate".equals(Vals.lastName(c.callee()))) return true;
            for (Val a : c.args()) if (project.resolve(a, f).val() instanceof Obj o && o.props().get("validate") != null) return true;
            x = c.callee() instanceof Member m ? m.object() : null;
        }
        return false;
    }

    /** The GraphQL type of a Pothos argument: {@code t.arg.string()} → String, {@code t.arg({ type: PostInput })} → PostInput. */
    private String pothosArgType(Val v, FileFacts f) {
        Val x = project.resolve(v, f).val();
        // strip .validate(...) and similar chained steps
        for (int i = 0; i < 6 && x instanceof Call c && c.callee() instanceof Member m && m.object() instanceof Call; i++) x = m.object();
        if (!(x instanceof Call c)) return "unknown";
        String last = Vals.lastName(c.callee());
        if (last != null && POTHOS_ARG.containsKey(last)) return POTHOS_ARG.get(last);
        if (!c.args().isEmpty() && project.resolve(c.args().get(0), f).val() instanceof Obj o && o.props().get("type") != null) {
            return typeName(o.props().get("type"), f);
        }
        return "unknown";
    }

    /** A type reference: a name ('String'), a list of one ([PostInput]), a builder ref (builder.inputType('X')), a class. */
    private String typeName(Val t, FileFacts f) {
        Project.Resolved r = project.resolve(t, f);
        Val x = r.val();
        String s = Val.constString(x);
        if (s != null) return s;
        if (x instanceof Arr a && a.items().size() == 1) return "[" + typeName(a.items().get(0), r.file() == null ? f : r.file()) + "]";
        if (x instanceof Call c) {
            String m = Vals.lastName(c.callee());
            if (m != null && (m.equals("inputType") || m.equals("inputObjectType") || m.equals("enumType") || m.equals("scalarType"))) {
                String n = c.args().isEmpty() ? null : Val.constString(project.resolve(c.args().get(0), r.file() == null ? f : r.file()).val());
                if (n == null && !c.args().isEmpty() && project.resolve(c.args().get(0), f).val() instanceof Obj o) n = Val.constString(o.props().get("name"));
                if (n != null) return n;
            }
        }
        String last = Vals.lastName(t);
        return last == null ? "unknown" : last;
    }

    // ------------------------------------------------------------------ Nexus

    private void nexusTypes(String m, CallSite cs, FileFacts f) {
        Val cfg = project.resolve(cs.arg(0), f).val();
        String name = cfg instanceof Obj o ? Val.constString(project.resolve(o.props().get("name"), f).val()) : null;
        switch (m) {
            case "inputObjectType" -> {
                if (name == null) return;
                if (closedNexusInput((Obj) cfg, f)) enumsAndScalars.add(name);
                else inputTypes.add(name);
            }
            case "enumType", "scalarType" -> { if (name != null) enumsAndScalars.add(name); }
            case "makeSchema" -> {
                Val plugins = cfg instanceof Obj o ? project.resolve(o.props().get("plugins"), f).val() : null;
                if (plugins instanceof Arr a && !a.items().isEmpty()) {
                    boolean authorize = false;
                    for (Val p : a.items()) {
                        String q = project.qname(p, f);
                        if (q != null && q.contains("fieldAuthorizePlugin")) authorize = true;
                    }
                    if (!authorize) nexusAuthorizeOff = true;
                }
            }
            default -> { }
        }
    }

    private void nexus(String m, CallSite cs, FileFacts f) {
        switch (m) {
            case "queryType", "mutationType", "subscriptionType" -> {
                Val cfg = project.resolve(cs.arg(0), f).val();
                if (cfg instanceof Obj o) nexusDefinition(m.replace("Type", "").toUpperCase(Locale.ROOT), o.props().get("definition"), f);
            }
            case "objectType", "extendType" -> {
                Val cfg = project.resolve(cs.arg(0), f).val();
                if (!(cfg instanceof Obj o)) return;
                String n = Val.constString(project.resolve(o.props().get(m.equals("objectType") ? "name" : "type"), f).val());
                if (n != null && ROOT_TYPES.contains(n)) nexusDefinition(n.toUpperCase(Locale.ROOT), o.props().get("definition"), f);
            }
            case "queryField", "mutationField", "subscriptionField" -> {
                String type = m.replace("Field", "").toUpperCase(Locale.ROOT);
                String name = Val.constString(project.resolve(cs.arg(0), f).val());
                if (name != null) {
                    Val cfg = project.resolve(cs.arg(1), f).val();
                    Project.FnRef thunk = cfg instanceof Obj ? null : project.function(cs.arg(1), f);
                    if (thunk != null && !thunk.fn().returns().isEmpty()) cfg = project.resolve(thunk.fn().returns().get(0), thunk.file()).val();
                    if (cfg instanceof Obj o) nexusField(type, name, o, f, cs.location());
                } else {
                    nexusDefinition(type, cs.arg(0), f);
                }
            }
            default -> { }
        }
    }

    /** {@code definition(t) { t.field('a', {...}); t.list.string('b', {...}) }}. */
    private void nexusDefinition(String type, Val def, FileFacts f) {
        if (def == null) return;
        Project.FnRef fn = project.function(def, f);
        if (fn == null || fn.fn().params().isEmpty()) return;
        for (CallSite cs : fn.fn().calls()) {
            if (!(cs.callee() instanceof Param p) || p.index() != 0 || p.path().isEmpty() || cs.args().size() < 2) continue;
            if (p.path().get(0).equals("crud") || p.path().get(0).equals("model")) continue;
            String name = Val.constString(project.resolve(cs.arg(0), fn.file()).val());
            Val cfg = project.resolve(cs.arg(1), fn.file()).val();
            if (name != null && cfg instanceof Obj o) nexusField(type, name, o, fn.file(), cs.location());
        }
    }

    private void nexusField(String type, String name, Obj cfg, FileFacts f, Location at) {
        Val rv = type.equals("SUBSCRIPTION") && cfg.props().get("subscribe") != null ? cfg.props().get("subscribe") : cfg.props().get("resolve");
        Project.FnRef resolver = rv == null ? null : project.function(rv, f);
        if (resolver == null) return;
        List<Control> controls = new ArrayList<>();
        if (cfg.props().get("authorize") != null && !nexusAuthorizeOff) controls.add(new Control(ControlKind.AUTH, "authorize", at, Set.of(), "route"));
        if (cfg.props().get("shield") != null) controls.add(new Control(ControlKind.AUTH, "shield", at, Set.of(), "route"));
        if (cfg.props().get("validate") != null) controls.add(new Control(ControlKind.VALIDATION, "validate", at, Set.of("args"), "route"));
        List<GraphqlServers.Arg> args = new ArrayList<>();
        Project.Resolved ar = cfg.props().get("args") == null ? null : project.resolve(cfg.props().get("args"), f);
        if (ar != null && ar.val() instanceof Obj ao) {
            for (Map.Entry<String, Val> e : ao.props().entrySet()) args.add(new GraphqlServers.Arg(e.getKey(), nexusArgType(e.getValue(), ar.file() == null ? f : ar.file(), 0)));
        }
        found.add(new Found(type, name, at, resolver.fn(), resolver.file(), "nexus", controls, 1, args));
    }

    /** {@code nonNull(stringArg())} → String!, {@code list(arg({ type: 'PostInput' }))} → [PostInput], {@code 'Int'} → Int. */
    private String nexusArgType(Val v, FileFacts f, int depth) {
        if (depth > 6) return "unknown";
        Project.Resolved r = project.resolve(v, f);
        Val x = r.val();
        FileFacts xf = r.file() == null ? f : r.file();
        String s = Val.constString(x);
        if (s != null) return s;
        if (!(x instanceof Call c)) return "unknown";
        String m = Vals.lastName(c.callee());
        if (m == null) return "unknown";
        if (NEXUS_ARG.containsKey(m)) {
            // stringArg({ default, ... }) keeps the scalar
            return NEXUS_ARG.get(m);
        }
        Val a0 = c.args().isEmpty() ? null : c.args().get(0);
        return switch (m) {
            case "nonNull" -> nexusArgType(a0, xf, depth + 1) + "!";
            case "nullable" -> nexusArgType(a0, xf, depth + 1);
            case "list" -> "[" + nexusArgType(a0, xf, depth + 1) + "]";
            case "arg" -> {
                Val o = a0 == null ? null : project.resolve(a0, xf).val();
                yield o instanceof Obj ob && ob.props().get("type") != null ? typeName(ob.props().get("type"), xf) : "unknown";
            }
            default -> "unknown";
        };
    }
}
