package dev.backcheck.cli;

import dev.backcheck.rules.RuleCatalog;
import dev.backcheck.rules.RuleMeta;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;

@Command(name = "explain", mixinStandardHelpOptions = true, description = "Print a rule's help: what it finds, why, and how to fix it per framework.")
final class ExplainCommand implements Callable<Integer> {
    @Parameters(paramLabel = "RULE-ID", description = "A rule id, e.g. injection/sql-raw-query")
    String id;

    @Override
    public Integer call() {
        RuleMeta m = RuleCatalog.builtin().get(id);
        if (m == null) {
            String hint = RuleCatalog.builtin().all().keySet().stream()
                    .filter(k -> k.endsWith("/" + id) || k.contains(id)).findFirst().map(k -> " (did you mean " + k + "?)").orElse("");
            throw new Main.UsageError("unknown rule '" + id + "'" + hint + "; 'backcheck rules' lists them");
        }
        StringBuilder sb = new StringBuilder();
        sb.append(m.id()).append(" — ").append(m.title()).append('\n');
        sb.append("level: ").append(m.level()).append("   checklist: ").append(m.checklist()).append("   precision: ").append(m.precision());
        if (m.securitySeverity() != null) sb.append("   security-severity: ").append(m.securitySeverity());
        sb.append('\n');
        if (!m.cwe().isEmpty()) sb.append("CWE: ").append(m.cwe().stream().map(c -> "CWE-" + c).toList()).append('\n');
        if (!m.owasp().isEmpty()) sb.append("OWASP: ").append(String.join(", ", m.owasp())).append('\n');
        sb.append('\n').append(m.description().strip()).append("\n\n").append(m.help().strip()).append('\n');
        if (!m.options().isEmpty()) {
            sb.append("\nOptions:\n");
            m.options().forEach((k, v) -> sb.append("  ").append(k).append(" (default ").append(v.defaultValue()).append("): ")
                    .append(v.description()).append('\n'));
        }
        System.out.print(sb);
        return Main.OK;
    }
}
