package dev.backcheck.cli;

import dev.backcheck.engine.ScanOptions;
import dev.backcheck.engine.ScanResult;
import dev.backcheck.engine.Scanner;
import dev.backcheck.report.HtmlReport;
import dev.backcheck.report.ImplementationReport;
import dev.backcheck.rules.RuleCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write the verified implementation report (stack, endpoints, middleware order, security measures with evidence, database changes, environment variables), computed from the code only.")
final class ReportCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Option(names = "--format", paramLabel = "FORMAT", description = "markdown (default) or html; repeatable, paired with --output.")
    List<String> formats = new ArrayList<>();

    @Option(names = "--output", paramLabel = "FILE", description = "Write the matching --format here; repeatable.")
    List<Path> outputs = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        List<Outputs.Target> targets = Outputs.pair(formats, outputs, "markdown", List.of("markdown", "html"));
        ScanOptions opts = input.toScanOptions();
        ScanResult result = new Scanner(RuleCatalog.builtin()).scan(opts);
        ImplementationReport.Data data = ImplementationReport.build(result);
        for (Outputs.Target t : targets) {
            Outputs.write(t, t.format().equals("html") ? HtmlReport.render(data) : ImplementationReport.markdown(data), System.out);
        }
        return result.internalErrors().isEmpty() ? Main.OK : Main.INTERNAL;
    }
}
