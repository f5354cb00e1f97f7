package dev.backcheck.cli;

import dev.backcheck.engine.ScanOptions;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Options shared by every command that reads a tree. */
final class InputOptions {
    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "Directory to scan (default: current directory).")
    Path dir = Path.of(".");

    @Option(names = "--exclude", paramLabel = "GLOB", description = "Skip paths matching GLOB (gitignore syntax); repeatable.")
    List<String> excludes = new ArrayList<>();

    @Option(names = "--max-file-size", paramLabel = "SIZE", description = "Skip files larger than SIZE (bytes, or with k/KiB/M/MiB suffix; default 1MiB).")
    String maxFileSize = "1MiB";

    @Option(names = "--jobs", paramLabel = "N", description = "Parser threads, and threads for the rules (default: number of CPUs); the output does not depend on it.")
    Integer jobs;

    @Option(names = "--file-timeout", paramLabel = "SECONDS", description = "Per-file analysis budget in seconds of the parser thread's CPU time (default 10).")
    int fileTimeout = 10;

    @Option(names = "--verbose", description = "Print stack traces of internal errors.")
    boolean verbose;

    @Option(names = "--config", paramLabel = "FILE", description = "Configuration file (default: .backcheck.yml in DIR when present).")
    Path config;

    private Path configFile() {
        if (config == null) return null;
        if (!Files.isRegularFile(config)) throw new Main.UsageError("--config file not found: " + config);
        return config.toAbsolutePath().normalize();
    }

    ScanOptions toScanOptions() {
        if (!Files.isDirectory(dir)) throw new Main.UsageError("not a directory: " + dir);
        if (jobs != null && jobs < 1) throw new Main.UsageError("--jobs must be at least 1");
        if (fileTimeout < 1) throw new Main.UsageError("--file-timeout must be at least 1 second");
        ScanOptions d = ScanOptions.defaults(dir);
        return new ScanOptions(dir.toAbsolutePath().normalize(), List.copyOf(excludes), parseSize(maxFileSize),
                jobs == null ? d.jobs() : jobs, Duration.ofSeconds(fileTimeout), null, d.disabled(), d.levels(), d.ruleOptions(), true, List.of(), configFile());
    }

    static long parseSize(String s) {
        String t = s.trim().toLowerCase(Locale.ROOT);
        long mult = 1;
        String num = t;
        String[][] units = {{"kib", "1024"}, {"mib", "1048576"}, {"gib", "1073741824"}, {"kb", "1000"}, {"mb", "1000000"},
                {"k", "1024"}, {"m", "1048576"}, {"g", "1073741824"}, {"b", "1"}};
        for (String[] u : units) {
            if (t.endsWith(u[0])) {
                mult = Long.parseLong(u[1]);
                num = t.substring(0, t.length() - u[0].length()).trim();
                break;
            }
        }
        try {
            long v = Long.parseLong(num) * mult;
            if (v <= 0) throw new NumberFormatException();
            return v;
        } catch (NumberFormatException e) {
            throw new Main.UsageError("bad --max-file-size '" + s + "' (e.g. 1048576, 512k, 2MiB)");
        }
    }
}
