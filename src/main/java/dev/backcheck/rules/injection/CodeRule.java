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
            case "result-kept" -> !discarded(s, project);
            default -> true;
        };
    }

    /**
     * The call is a statement of its own, its answer dropped ({@code new Script(src, { filename });} inside a try to
     * report a SyntaxError): nothing can run the compiled script afterwards.
     */
    private static boolean discarded(SinkSite s, Project project) {
        var at = s.cs().location();
        if (at == null || at.line() < 1) return false;
        java.util.List<String> lines = dev.backcheck.concepts.SourceLines.read(project, at.path());
        if (at.endLine() > lines.size()) return false;
        String line = lines.get(at.line() - 1);
        int col = Math.max(0, Math.min(line.length(), at.column() - 1));
        if (!line.substring(0, col).isBlank()) return false;
        // the previous code line ends a statement or opens a block: not `const s =`, `return`, `(` or `,` before a new line
        for (int k = at.line() - 2; k >= 0; k--) {
            String prev = lines.get(k).strip();
            if (prev.isEmpty() || prev.startsWith("//") || prev.startsWith("*") || prev.startsWith("/*")) continue;
            if (!(prev.endsWith(";") || prev.endsWith("{") || prev.endsWith("}"))) return false;
            break;
        }
        String end = lines.get(at.endLine() - 1);
        int ec = Math.max(0, Math.min(end.length(), at.endColumn() - 1));
        String rest = end.substring(ec).strip();
        return rest.isEmpty() || rest.startsWith(";");
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
