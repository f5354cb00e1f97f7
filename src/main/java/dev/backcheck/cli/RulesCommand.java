package dev.backcheck.cli;

import dev.backcheck.rules.RuleCatalog;
import dev.backcheck.rules.RuleMeta;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

@Command(name = "rules", mixinStandardHelpOptions = true, description = "List every rule: id, level, checklist key, title.")
final class RulesCommand implements Callable<Integer> {
    @Option(names = "--format", description = "text (default) or json")
    String format = "text";

    @Override
    public Integer call() throws Exception {
        var all = RuleCatalog.builtin().all().values();
        if (format.equals("json")) {
            var m = new com.fasterxml.jackson.databind.ObjectMapper();
            var arr = m.createArrayNode();
            for (RuleMeta r : all) {
                var o = arr.addObject();
                o.put("id", r.id());
                o.put("level", r.level());
                o.put("checklist", r.checklist());
                o.put("title", r.title());
                o.put("precision", r.precision());
                if (r.securitySeverity() != null) o.put("securitySeverity", r.securitySeverity());
            }
            System.out.println(m.writerWithDefaultPrettyPrinter().writeValueAsString(arr));
            return Main.OK;
        }
        if (!format.equals("text")) throw new Main.UsageError("unknown --format '" + format + "' (text or json)");
        int w = all.stream().mapToInt(r -> r.id().length()).max().orElse(10);
        int k = all.stream().mapToInt(r -> r.checklist().length()).max().orElse(10);
        for (RuleMeta r : all) {
            System.out.printf("%-" + w + "s  %-7s  %-" + k + "s  %s%n", r.id(), r.level(), r.checklist(), r.title());
        }
        return Main.OK;
    }
}
