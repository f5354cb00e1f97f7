package dev.backcheck.rules.injection;

import dev.backcheck.flow.TaintEngine.SinkSite;
import dev.backcheck.lang.facts.Val;
import dev.backcheck.lang.facts.Val.*;
import dev.backcheck.model.Project;
import dev.backcheck.rules.RuleId;
import dev.backcheck.rules.TaintRule;

import java.util.Set;

/**
 * Request data run as code: {@code eval}, the {@code Function} constructor, {@code node:vm}, a string handed
 * to {@code setTimeout}/{@code setInterval}, {@code require}/{@code import()} of a computed module, and
 * deserializers that run code they read (node-serialize, funcster, js-yaml 3's {@code load}).
 */
@RuleId("injection/code")
public final class CodeRule extends TaintRule {

    @Override
    protected String kind() {
        return "code";
    }

    @Override
    protected String risk(SinkSite s) {
        String label = s.model().label();
        if (label.startsWith("require")) {
            return "A client chooses which module the server loads and runs (code injection).";
        }
        if (label.startsWith("node-serialize") || label.startsWith("funcster") || label.startsWith("js-yaml")) {
            return "The deserializer runs functions written in the payload, so a client can run any code on the server (insecure deserialization).";
        }
        if (label.equals("vm2") || label.startsWith("node:vm")) {
            return "Neither node:vm nor vm2 (discontinued, with published sandbox escapes) is a security boundary: a client can run any JavaScript on the server (code injection).";
        }
        if (Set.of("SpEL parseExpression", "OGNL", "ScriptEngine.eval").contains(label) || s.model().callees().stream().anyMatch(c -> c.contains("."))
                && "java".equals(s.file().language())) {
            return "The expression language or script engine runs what the client wrote, with the service's rights (code injection).";
        }
        return "A client can run any JavaScript on the server with the service's rights (code injection).";
    }

    @Override
    protected boolean accept(SinkSite s, Project project) {
        // SpEL evaluated in a SimpleEvaluationContext: no type references, constructors or bean calls (Spring's own fix)
        if (s.model().label().startsWith("SpEL") && s.fn().calls().stream().anyMatch(c -> Set.of("forReadOnlyDataBinding",
                "forReadWriteDataBinding", "forPropertyAccessors").contains(String.valueOf(c.methodName())))) return false;
        String when = s.model().when();
        if (when == null) return true;
        var args = s.cs().args();
        return switch (when) {
            // setTimeout(fn, ms) runs a function; only a string first argument is compiled
            case "string-arg" -> s.arg() == 0 && !args.isEmpty() && !(args.get(0) instanceof FnVal);
            case "js-yaml" -> unsafeYaml(s, project);
            default -> true;
        };
    }

    /**
     * js-yaml's load/loadAll run !!js/function only with DEFAULT_FULL_SCHEMA: the default of js-yaml 3,
     * gone from js-yaml 4 (whose load is safe). An explicit schema other than the full one is safe.
     */
    private static boolean unsafeYaml(SinkSite s, Project project) {
        if (s.arg() != 0) return false;
        var args = s.cs().args();
        int optIndex = s.model().callees().contains("js-yaml.loadAll") && "loadAll".equals(s.cs().methodName()) ? 2 : 1;
        Val opts = optIndex < args.size() ? args.get(optIndex) : null;
        if (optIndex == 2 && opts == null && args.size() == 2 && args.get(1) instanceof Obj) opts = args.get(1);
        Val schema = opts instanceof Obj o ? o.props().get("schema") : null;
        int[] v = Installed.version(project, "js-yaml");
        if (schema != null) {
            // js-yaml 4 has no DEFAULT_FULL_SCHEMA: the option is undefined there and load stays safe
            String q = project.qname(schema, s.file());
            return q != null && q.endsWith("DEFAULT_FULL_SCHEMA") && (v == null || v[0] <= 3);
        }
        if (opts != null && !(opts instanceof Obj)) return false; // options we cannot read
        return v != null && v[0] <= 3;
    }

    @Override
    protected String fixKey(SinkSite s) {
        String label = s.model().label();
        if (label.startsWith("require")) return "require";
        if (label.startsWith("node-serialize") || label.startsWith("funcster")) return "deserialize";
        if (label.startsWith("js-yaml")) return "yaml";
        return "eval";
    }
}
