package dev.backcheck.cli;

import dev.backcheck.engine.Baseline;
import dev.backcheck.engine.ChangedFiles;
import dev.backcheck.engine.ScanOptions;
import dev.backcheck.engine.ScanResult;
import dev.backcheck.engine.Scanner;
import dev.backcheck.findings.Level;
import dev.backcheck.report.JsonReport;
import dev.backcheck.report.SourceText;
import dev.backcheck.report.TextReport;
import dev.backcheck.report.ci.GithubReport;
import dev.backcheck.report.ci.GitlabReport;
import dev.backcheck.report.ci.JunitReport;
import dev.backcheck.report.ci.MarkdownReport;
import dev.backcheck.report.sarif.SarifReport;
import dev.backcheck.rules.RuleCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "scan", mixinStandardHelpOptions = true,
        description = "Scan a backend and report findings.",
        footer = {"", "Exit codes: 0 no finding at or above --fail-on; 1 findings at or above it; 2 usage or config error; 3 internal error."})
final class ScanCommand implements Callable<Integer> {
    static final List<String> FORMATS = List.of("text", "sarif", "json", "github", "gitlab", "markdown", "junit");
    /** Environment lookup; tests replace it. */
    static java.util.function.UnaryOperator<String> env = System::getenv;

    @Mixin
    InputOptions input;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default), sarif, json, github (workflow annotations; with GITHUB_STEP_SUMMARY set, a table of all findings is appended there), gitlab (gl-sast-report.json), markdown (pull-request comment) or junit; repeatable, paired in order with --output.")
    List<String> formats = new ArrayList<>();

    @Option(names = "--output", paramLabel = "FILE", description = "Write the matching --format here instead of standard output; repeatable.")
    List<Path> outputs = new ArrayList<>();

    @Option(names = "--fail-on", paramLabel = "LEVEL", description = "error (default), warning, note or none: exit 1 when a finding is at or above it.")
    String failOn = "error";

    /** The rules to run; set by {@link Main#commandLine(RuleCatalog)}, the built-in catalogue when null (read on first use). */
    RuleCatalog catalog;

    @Option(names = "--claims", paramLabel = "FILE", description = "An agent implementation report to check against the code; repeatable (reports in the tree are found automatically).")
    List<Path> claims = new ArrayList<>();

    @Option(names = "--no-claims", description = "Do not check agent implementation reports.")
    boolean noClaims;

    @Option(names = "--baseline", paramLabel = "SARIF", description = "A previous SARIF log of backcheck: findings already in it are 'unchanged' and do not fail the run; gone ones are listed as absent.")
    Path baseline;

    @Option(names = "--diff-base", paramLabel = "REF", description = "Analyse the whole tree but report only findings in files changed since the merge base of REF and HEAD (committed, staged, unstaged or untracked).")
    String diffBase;

    @Option(names = "--shard", paramLabel = "K/N", description = "Analyse and report only shard K of N: package roots (folders with a package.json) dealt to N shards, each with the workspace packages it depends on. The SARIF run is tagged automationDetails.id backcheck/K; join the shards with 'backcheck merge'.")
    String shard;

    @Option(names = "--cache", paramLabel = "DIR", description = "Keep each file's extracted facts in DIR (default: off, or the BACKCHECK_CACHE environment variable), keyed by content, path and backcheck version; unchanged files are not parsed again, and when no input changed at all (files, config, options, formats, backcheck build) the stored outputs are written again without a scan. Bounded to 512 MiB (BACKCHECK_CACHE_MAX_MB); a damaged entry is parsed again, never trusted.")
    Path cache;

    @Option(names = "--stats", description = "Print wall and CPU time per phase, files and lines, peak heap to standard error, and add them to the JSON output's stats block.")
    boolean stats;

    @Option(names = "--link-base", paramLabel = "URL", description = "markdown format: link file:line to URL + path + #Lline (e.g. https://github.com/OWNER/REPO/blob/SHA/).")
    String linkBase;

    @Override
    public Integer call() throws IOException {
        RuleCatalog catalog = this.catalog != null ? this.catalog : RuleCatalog.builtin();
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
        if (baseline != null && !java.nio.file.Files.isRegularFile(baseline)) throw new Main.UsageError("--baseline file not found: " + baseline);
        if (diffBase != null && diffBase.isBlank()) throw new Main.UsageError("--diff-base needs a git revision");
        ScanOptions opts = input.toScanOptions().withClaims(!noClaims, List.copyOf(claims));
        if (shard != null) opts = opts.withShard(parseShard(shard));
        Path cacheDir = cache != null ? cache : env.apply("BACKCHECK_CACHE") == null || env.apply("BACKCHECK_CACHE").isBlank() ? null : Path.of(env.apply("BACKCHECK_CACHE"));
        if (cacheDir != null) opts = opts.withCache(cacheDir);
        Baseline base = null;
        if (baseline != null) {
            try {
                base = Baseline.read(baseline, baseline.toString());
            } catch (Baseline.BaselineException e) {
                throw new Main.UsageError(e.getMessage());
            }
        }
        ChangedFiles.Result changed = null;
        if (diffBase != null) {
            try {
                changed = ChangedFiles.between(opts.root(), diffBase);
            } catch (ChangedFiles.DiffException e) {
                throw new Main.UsageError(e.getMessage());
            }
        }
        // the result cache: with every input unchanged, the outputs of the last such scan are written again as they were
        boolean reusable = cacheDir != null && base == null && changed == null && !stats
                && targets.stream().noneMatch(t -> t.format().equals("github") || t.format().equals("gitlab"));
        dev.backcheck.engine.ResultCache results = reusable ? dev.backcheck.engine.ResultCache.open(cacheDir) : null;
        String resultKey = null;
        if (results != null) {
            List<String> rendering = new ArrayList<>();
            for (Outputs.Target t : targets) {
                // the content does not depend on the file it goes to, only on colours (text on a terminal)
                rendering.add(t.format() + "\u0000" + (t.file() == null && t.format().equals("text") && Terminal.colors()));
            }
            rendering.add(failOn);
            rendering.add(String.valueOf(linkBase));
            rendering.add(String.valueOf(catalog.all().keySet()));
            resultKey = dev.backcheck.engine.ResultCache.key(opts, rendering);
            dev.backcheck.engine.ResultCache.Entry hit = results.get(resultKey);
            if (hit != null && hit.outputs().size() == targets.size()) {
                for (int i = 0; i < targets.size(); i++) Outputs.write(targets.get(i), hit.outputs().get(i).content(), System.out);
                return hit.exitCode();
            }
        }
        ScanResult result = new Scanner(catalog).scan(opts);
        if (base != null) result = base.apply(result);
        if (changed != null) result = ChangedFiles.restrict(result, changed, diffBase);
        SourceText src = new SourceText(opts.root());
        Instant end = Instant.now();
        Instant start = end.minusMillis(result.millis());
        String epoch = env.apply("SOURCE_DATE_EPOCH"); // reproducible builds: fixed scan times in the gitlab report
        if (epoch != null && epoch.matches("\\d{1,12}")) start = end = Instant.ofEpochSecond(Long.parseLong(epoch));
        long reportStart = System.nanoTime(), reportCpu = dev.backcheck.engine.ScanStats.processCpu();
        List<dev.backcheck.engine.ResultCache.Output> rendered = new ArrayList<>();
        for (Outputs.Target t : targets) {
            String content = switch (t.format()) {
                case "sarif" -> SarifReport.render(result, src, opts.shard() == null ? null : "backcheck/" + opts.shard().index());
                case "json" -> JsonReport.render(result, stats);
                case "github" -> GithubReport.render(result);
                case "gitlab" -> GitlabReport.render(result, start, end);
                case "markdown" -> MarkdownReport.render(result, linkBase);
                case "junit" -> JunitReport.render(result);
                default -> new TextReport(t.file() == null && Terminal.colors()).render(result, src);
            };
            Outputs.write(t, content, System.out);
            rendered.add(new dev.backcheck.engine.ResultCache.Output(t.format(), t.file() == null ? null : t.file().toString(), content));
        }
        if (resultKey != null && result.internalErrors().isEmpty()
                && result.notifications().stream().noneMatch(n -> n.id().equals("timeout"))) {
            results.put(resultKey, new dev.backcheck.engine.ResultCache.Entry(rendered, result.failsAt(threshold) ? Main.FINDINGS : Main.OK));
        }
        if (targets.stream().anyMatch(t -> t.format().equals("github"))) stepSummary(result);
        if (stats && result.stats() != null) {
            System.err.print(result.stats().table());
            System.err.printf(java.util.Locale.ROOT, "%-36s %9d %9d%n", "report (after the scan)", (System.nanoTime() - reportStart) / 1_000_000,
                    (dev.backcheck.engine.ScanStats.processCpu() - reportCpu) / 1_000_000);
        }
        if (!result.internalErrors().isEmpty()) {
            System.err.println("backcheck: internal error: " + result.internalErrors().get(0)
                    + (result.internalErrors().size() > 1 ? " (and " + (result.internalErrors().size() - 1) + " more)" : ""));
            if (input.verbose) result.internalCauses().forEach(t -> t.printStackTrace(System.err));
            return Main.INTERNAL;
        }
        return result.failsAt(threshold) ? Main.FINDINGS : Main.OK;
    }

    static ScanOptions.Shard parseShard(String s) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{1,4})/(\\d{1,4})").matcher(s.trim());
        if (!m.matches()) throw new Main.UsageError("bad --shard '" + s + "' (K/N, e.g. 2/4)");
        int k = Integer.parseInt(m.group(1)), n = Integer.parseInt(m.group(2));
        if (n < 1 || k < 1 || k > n) throw new Main.UsageError("bad --shard '" + s + "': K must be between 1 and N");
        return new ScanOptions.Shard(k, n);
    }

    /**
     * In GitHub Actions ($GITHUB_STEP_SUMMARY set by the runner), appends the table of all findings
     * to the job summary: annotations beyond GitHub's per-step limits are dropped silently, this is not.
     */
    private static void stepSummary(ScanResult result) {
        String file = env.apply("GITHUB_STEP_SUMMARY");
        if (file == null || file.isBlank()) return;
        try {
            java.nio.file.Files.writeString(Path.of(file), GithubReport.summary(result), java.nio.charset.StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException | RuntimeException e) {
            System.err.println("backcheck: cannot append to GITHUB_STEP_SUMMARY (" + file + "): " + e.getMessage());
        }
    }
}
