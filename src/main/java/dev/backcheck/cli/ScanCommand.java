package dev.backcheck.cli;

import dev.backcheck.engine.ScanOptions;
import dev.backcheck.engine.ScanResult;
import dev.backcheck.engine.Scanner;
import dev.backcheck.findings.Level;
import dev.backcheck.report.JsonReport;
import dev.backcheck.report.SourceText;
import dev.backcheck.report.TextReport;
import dev.backcheck.report.sarif.SarifReport;
import dev.backcheck.rules.RuleCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "scan", mixinStandardHelpOptions = true,
        description = "Scan a backend and report findings.",
        footer = {"", "Exit codes: 0 no finding at or above --fail-on; 1 findings at or above it; 2 usage or config error; 3 internal error."})
final class ScanCommand implements Callable<Integer> {
    static final List<String> FORMATS = List.of("text", "sarif", "json");

    @Mixin
    InputOptions input;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default), sarif or json; repeatable, paired in order with --output.")
    List<String> formats = new ArrayList<>();

    @Option(names = "--output", paramLabel = "FILE", description = "Write the matching --format here instead of standard output; repeatable.")
    List<Path> outputs = new ArrayList<>();

    @Option(names = "--fail-on", paramLabel = "LEVEL", description = "error (default), warning, note or none: exit 1 when a finding is at or above it.")
    String failOn = "error";

    @Option(names = "--claims", paramLabel = "FILE", description = "An agent implementation report to check against the code; repeatable (reports in the tree are found automatically).")
    List<Path> claims = new ArrayList<>();

    @Option(names = "--no-claims", description = "Do not check agent implementation reports.")
    boolean noClaims;

    @Override
    public Integer call() throws IOException {
        Level threshold = switch (failOn) {
            case "error" -> Level.ERROR;
            case "warning" -> Level.WARNING;
            case "note" -> Level.NOTE;
            case "none" -> null;
            default -> throw new Main.UsageError("bad --fail-on '" + failOn + "' (error, warning, note or none)");
        };
        List<Outputs.Target> targets = Outputs.pair(formats, outputs, "text", FORMATS);
        for (Path c : claims) {
            if (!java.nio.file.Files.isRegularFile(c)) throw new Main.UsageError("--claims file not found: " + c);
        }
        ScanOptions opts = input.toScanOptions().withClaims(!noClaims, List.copyOf(claims));
        ScanResult result = new Scanner(RuleCatalog.builtin()).scan(opts);
        SourceText src = new SourceText(opts.root());
        for (Outputs.Target t : targets) {
            String content = switch (t.format()) {
                case "sarif" -> SarifReport.render(result, src);
                case "json" -> JsonReport.render(result);
                default -> new TextReport(t.file() == null && Terminal.colors()).render(result, src);
            };
            Outputs.write(t, content, System.out);
        }
        if (!result.internalErrors().isEmpty()) {
            System.err.println("backcheck: internal error: " + result.internalErrors().get(0)
                    + (result.internalErrors().size() > 1 ? " (and " + (result.internalErrors().size() - 1) + " more)" : ""));
            return Main.INTERNAL;
        }
        return result.failsAt(threshold) ? Main.FINDINGS : Main.OK;
    }
}
