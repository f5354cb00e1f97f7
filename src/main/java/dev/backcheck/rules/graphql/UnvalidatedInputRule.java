package dev.backcheck.rules.graphql;

import dev.backcheck.concepts.GraphqlServers;
import dev.backcheck.lang.facts.Fn;
import dev.backcheck.model.Application;
import dev.backcheck.model.ControlKind;
import dev.backcheck.model.Project;
import dev.backcheck.model.Route;
import dev.backcheck.rules.Rule;
import dev.backcheck.rules.RuleContext;
import dev.backcheck.rules.RuleId;

import dev.backcheck.lang.facts.CallSite;
import dev.backcheck.lang.facts.ClassInfo;
import dev.backcheck.lang.facts.Decorator;
import dev.backcheck.lang.facts.FileFacts;
import dev.backcheck.lang.facts.Val;
import dev.backcheck.lang.facts.Val.*;
import dev.backcheck.lang.facts.Vals;
import dev.backcheck.model.Analysis;

import java.util.*;
import java.util.regex.Pattern;

/**
 * GraphQL operations whose resolver takes an input object (an {@code input} type, a JSON scalar, a NestJS
 * {@code @Args()} / TypeGraphQL {@code @Arg} class) that no schema checks: no class-validator decorators on the
 * class behind a ValidationPipe (TypeGraphQL: {@code validate} on), no zod/joi/yup parse of the arguments in the
 * resolver, no validation directive. Arguments typed only by GraphQL scalars (ID, String, Int, enums) are not
 * reported: GraphQL has already checked their type, and what they carry into a sink is the injection rules' part.
 */
@RuleId("graphql/unvalidated-input")
public final class UnvalidatedInputRule implements Rule {
    private static final Set<String> TS_SCALARS = Set.of("string", "number", "boolean", "String", "Number", "Boolean", "ID", "Int",
            "Float", "Date", "bigint");

    @Override
    public void check(Project project, RuleContext ctx) {
        GraphqlServers g = GraphqlServers.of(project);
        for (Application app : project.applications()) {
            for (Route r : app.routes()) {
                if (r.kind() != Route.Kind.GRAPHQL || r.method().equals("SUBSCRIPTION")) continue;
                if (r.chain().stream().anyMatch(c -> c.kind() == ControlKind.VALIDATION && !c.parts().contains("dto"))) continue;
                String what = null;
                boolean array = false;
                for (Route.ParamInput in : r.inputs()) {
                    if (in.validated() || in.type() == null) continue;
                    String t = in.type().replace("[]", "").replaceAll("[!\\[\\]]", "");
                    boolean free;
                    if (r.handler() != null && decoratedArgs(r.handler())) {
                        // NestJS @Args / TypeGraphQL @Arg: a class is an input object; a scalar, enum or unknown type is not
                        Project.ClassHit cls = TS_SCALARS.contains(t) ? null
                                : project.classNamed(t, r.handler().file() == null ? null : project.file(r.handler().file()));
                        free = cls != null && !closedClass(project, cls, g) && !(in.type().endsWith("[]") && onlyTypeValidators(cls));
                    } else {
                        free = (r.handler() == null || usesArgs(r.handler(), g.argsParam(r.handler()))) && !g.typedByGraphql(in.type());
                    }
                    if (free) {
                        what = t;
                        array = in.type().endsWith("[]");
                        break;
                    }
                }
                if (what == null) continue;
                // a login: the values are only looked up and compared with the stored credentials, never kept
                if (r.handler() != null && login(project, r.handler())) continue;
                String fw = GraphqlRules.framework(app);
                String fix = ctx.meta().fixFor(fw, Map.of());
                String msg = array
                        ? r.label() + " takes an array of " + what + " that no schema validates: a ValidationPipe checks a class-typed "
                        + "argument but not the elements of an array (TypeScript records no element type; use ParseArrayPipe({ items: "
                        + what + " }) or validate each item), so any string or size the GraphQL type allows reaches the resolver."
                        : r.label() + " takes a " + what + " argument that no schema validates (no class-validator "
                        + "rules behind a ValidationPipe, no zod/joi parse in the resolver): GraphQL checks only its shape, so "
                        + "any string, size or extra nesting the type allows reaches the resolver.";
                ctx.report(r.location(), msg)
                        .fix(fix == null ? ctx.meta().fixFor("default", Map.of()) : fix).property("framework", fw).add();
            }
        }
    }

    /** class-validator decorators that only repeat what the GraphQL type already enforces. */
    private static final Set<String> TYPE_ONLY = Set.of("IsEnum", "IsString", "IsBoolean", "IsInt", "IsNumber", "IsOptional",
            "IsDefined", "IsArray", "Field", "HideField");
    private static final Set<String> CLOSED_TS = Set.of("boolean", "number", "Boolean", "Number");
    private static final Set<String> CLOSED_GQL = Set.of("Int", "Float", "Boolean", "GraphQLInt", "GraphQLFloat", "GraphQLBoolean");

    /**
     * An input class whose every field is an enum, a number or a boolean (or an array of them): GraphQL rejects any
     * other value before the resolver runs, so a validator would add nothing.
     */
    private static boolean closedClass(Project project, Project.ClassHit cls, GraphqlServers g) {
        Set<String> enums = NestEnums.of(project).names;
        boolean any = false;
        for (ClassInfo.Prop p : cls.info().props()) {
            if (p.decorators().stream().noneMatch(d -> d.name().equals("Field"))) continue;
            any = true;
            String ts = p.type() == null ? "" : p.type().replace("[]", "").replaceAll("^Array<(.*)>$", "$1").trim();
            if (CLOSED_TS.contains(ts) || enums.contains(ts)) continue;
            String gql = fieldType(project, p, cls.file());
            if (gql != null && (CLOSED_GQL.contains(gql) || enums.contains(gql))) continue;
            return false;
        }
        return any;
    }

    /** The type {@code @Field(() => X)} or {@code @Field(() => [X])} names, or null. */
    private static String fieldType(Project project, ClassInfo.Prop p, FileFacts f) {
        for (Decorator d : p.decorators()) {
            if (!d.name().equals("Field") || d.args().isEmpty()) continue;
            Project.FnRef fn = project.function(d.args().get(0), f);
            if (fn == null || fn.fn().returns().isEmpty()) continue;
            Val ret = fn.fn().returns().get(0);
            if (ret instanceof Arr a && a.items().size() == 1) ret = a.items().get(0);
            String n = Vals.lastName(ret);
            if (n == null && ret instanceof Ref ref) n = ref.export();
            if (n == null && ret instanceof Local l && l.path().isEmpty()) n = l.name();
            return n;
        }
        return null;
    }

    /** A class whose class-validator decorators only repeat the GraphQL types (IsEnum, IsString): checking each item adds nothing. */
    private static boolean onlyTypeValidators(Project.ClassHit cls) {
        boolean any = false;
        for (ClassInfo.Prop p : cls.info().props()) {
            for (Decorator d : p.decorators()) {
                if (!TYPE_ONLY.contains(d.name())) return false;
                if (!d.name().equals("Field") && !d.name().equals("HideField")) any = true;
            }
        }
        return any; // a class with no validator at all is free text, not a checked one
    }

    /** Enum names registered with GraphQL ({@code registerEnumType(Status, ...)} of @nestjs/graphql or type-graphql). */
    static final class NestEnums {
        final Set<String> names = new HashSet<>();

        static NestEnums of(Project p) {
            return p.derived(NestEnums.class, NestEnums::new);
        }

        private NestEnums(Project p) {
            // the registerEnumType calls (CallNames: no walk over every call of the project)
            for (dev.backcheck.concepts.CallNames.At c : dev.backcheck.concepts.CallNames.of(p).named(Set.of("registerEnumType"))) {
                FileFacts f = c.file();
                CallSite cs = c.cs();
                if (cs.args().isEmpty()) continue;
                String root = p.rootModule(cs.callee(), f);
                if (!"@nestjs/graphql".equals(root) && !"type-graphql".equals(root)) continue;
                Val a = cs.arg(0);
                String n = a instanceof Local l && l.path().isEmpty() ? l.name() : a instanceof Ref ref ? ref.export() : Vals.lastName(a);
                if (n == null) n = written(p, f, cs); // an enum of the same file is inlined to its members
                if (n != null) names.add(n);
            }
        }
    }

    /** The identifier written as the first argument of {@code cs}, read from the source; null when it is not one. */
    private static String written(Project p, FileFacts f, CallSite cs) {
        if (cs.argLocations().isEmpty() || cs.argLocations().get(0) == null) return null;
        dev.backcheck.findings.Location at = cs.argLocations().get(0);
        List<String> lines = dev.backcheck.concepts.SourceLines.read(p, f.path());
        if (lines == null || at.line() < 1 || at.line() > lines.size()) return null;
        String line = lines.get(at.line() - 1);
        int from = Math.max(0, at.column() - 1);
        if (from >= line.length()) return null;
        java.util.regex.Matcher m = Pattern.compile("^[A-Za-z_$][\\w$]*").matcher(line.substring(from));
        return m.find() ? m.group() : null;
    }

    private static final Pattern PASSWORD_KEY = Pattern.compile("(?i)(password|passwd|pwd|passcode|pass)(hash|_hash)?|hash(ed)?_?password");
    private static final Pattern WRITE = Pattern.compile("^(create|insert|update|upsert|save|set|put|add|register|signUp|signup)[A-Za-z]*$");
    private static final Pattern READ = Pattern.compile("^(find|get|select|where|fetch|query|lookup|load)[A-Za-z]*$");

    /**
     * A login resolver: it compares a password (bcrypt/argon2) or looks a record up by a password-keyed filter,
     * and no call it makes (followed into project functions) stores a password-keyed value. Register and
     * change-password store one and stay reported.
     */
    private static boolean login(Project project, Fn handler) {
        FileFacts f = handler.file() == null ? null : project.file(handler.file());
        if (f == null) return false;
        boolean[] compares = {dev.backcheck.frameworks.ModelSupport.analysis(project).summary(handler, f).comparesPassword()};
        boolean[] stores = {false};
        walk(project, handler, f, 0, new HashSet<>(), compares, stores);
        return compares[0] && !stores[0];
    }

    private static void walk(Project project, Fn fn, FileFacts f, int depth, Set<Fn> seen, boolean[] compares, boolean[] stores) {
        if (depth > 3 || !seen.add(fn)) return;
        List<Fn> all = new ArrayList<>();
        all.add(fn);
        all.addAll(fn.nested());
        for (Fn x : all) {
            for (CallSite cs : x.calls()) {
                String m = cs.methodName();
                boolean pw = cs.args().stream().anyMatch(a -> Vals.anyPart(a, v -> v instanceof Obj o
                        && o.props().keySet().stream().anyMatch(k -> PASSWORD_KEY.matcher(k).matches())));
                if (m != null && pw && WRITE.matcher(m).matches()) stores[0] = true;
                if (m != null && pw && READ.matcher(m).matches()) compares[0] = true;
                Project.FnRef t = project.function(cs.callee(), f);
                if (t != null && t.fn() != fn) walk(project, t.fn(), t.file(), depth + 1, seen, compares, stores);
            }
        }
    }

    /** A resolver-map function that names its args parameter (not {@code _args}). */
    private static boolean usesArgs(Fn fn, int argsParam) {
        Fn.Param p = fn.param(argsParam < 0 ? 1 : argsParam);
        return p != null && !p.name().startsWith("_");
    }

    private static boolean decoratedArgs(Fn fn) {
        for (Fn.Param p : fn.params()) for (var d : p.decorators()) if ("Args".equals(d.name()) || "Arg".equals(d.name())) return true;
        return false;
    }
}
