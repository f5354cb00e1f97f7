package dev.backcheck.cli;

import dev.backcheck.engine.ScanOptions;
import dev.backcheck.engine.ScanResult;
import dev.backcheck.engine.Scanner;
import dev.backcheck.report.OpenApiDocument;
import dev.backcheck.report.RoutesReport;
import dev.backcheck.rules.RuleCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

@Command(name = "routes", mixinStandardHelpOptions = true,
        description = "Print the route inventory: method, full path, and the auth / validation / rate-limit controls on each route.")
final class RoutesCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default), json, markdown or openapi (an OpenAPI 3.1 document; YAML when the --output file ends in .yaml/.yml, else JSON); repeatable, paired with --output.")
    List<String> formats = new ArrayList<>();

    @Option(names = "--output", paramLabel = "FILE", description = "Write the matching --format here; repeatable.")
    List<Path> outputs = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        List<Outputs.Target> targets = Outputs.pair(formats, outputs, "text", List.of("text", "json", "markdown", "openapi"));
        ScanOptions opts = input.toScanOptions().withOnlyRules(Set.of());
        ScanResult result = new Scanner(RuleCatalog.builtin()).scan(opts);
        var apps = result.project().applications();
        var notModelled = result.project().notModelled();
        for (Outputs.Target t : targets) {
            String content = switch (t.format()) {
                case "json" -> RoutesReport.json(apps, notModelled, dev.backcheck.concepts.Authentication.handlerCheck(result.project()));
                case "markdown" -> RoutesReport.markdown(apps, notModelled);
                case "openapi" -> yaml(t.file()) ? OpenApiDocument.yaml(result.project()) : OpenApiDocument.json(result.project());
                default -> RoutesReport.text(apps, notModelled, r -> dev.backcheck.concepts.Authentication.publicNote(result.project(), r));
            };
            Outputs.write(t, content, System.out);
        }
        return result.internalErrors().isEmpty() ? Main.OK : Main.INTERNAL;
    }

    private static boolean yaml(Path file) {
        if (file == null) return false;
        String n = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".yaml") || n.endsWith(".yml");
    }
}
