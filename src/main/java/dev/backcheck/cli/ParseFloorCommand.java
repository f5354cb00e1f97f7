package dev.backcheck.cli;

import dev.backcheck.engine.ParseThreads;
import dev.backcheck.lang.ts.TsParser;
import dev.backcheck.workspace.SourceFile;
import dev.backcheck.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.*;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The parse floor for bench/run.sh (hidden): the same walk as a scan, then every source file read and parsed by
 * swc4j on the same number of threads, and its AST walked once; nothing extracted, no model, no rules. A scan's
 * time divided by this one is the "× parse floor" figure of issue 14.
 */
@Command(name = "parse-floor", hidden = true, description = "Benchmark only: parse every source file and walk its AST once.")
final class ParseFloorCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR")
    Path dir = Path.of(".");

    @Option(names = "--jobs", paramLabel = "N")
    Integer jobs;

    @Override
    public Integer call() throws Exception {
        Workspace ws = Workspace.scan(dir.toAbsolutePath().normalize(), List.of(), 1024 * 1024);
        int n = jobs == null ? Math.max(1, Runtime.getRuntime().availableProcessors()) : jobs;
        ExecutorService pool = Executors.newFixedThreadPool(n, new ParseThreads());
        ThreadLocal<TsParser> parsers = ThreadLocal.withInitial(TsParser::new);
        AtomicLong nodes = new AtomicLong(), files = new AtomicLong(), failed = new AtomicLong();
        List<Future<?>> all = new java.util.ArrayList<>();
        for (SourceFile f : ws.files()) {
            if (!TsParser.isSource(f.path().substring(f.path().lastIndexOf('/') + 1))) continue;
            all.add(pool.submit(() -> {
                try {
                    String text = new String(Files.readAllBytes(f.file()), StandardCharsets.UTF_8);
                    nodes.addAndGet(parsers.get().parseAndWalk(f.path(), text));
                    files.incrementAndGet();
                } catch (Exception e) {
                    failed.incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> f : all) f.get();
        pool.shutdown();
        System.out.println("parse-floor: " + files.get() + " files, " + nodes.get() + " AST nodes, " + failed.get() + " failed, " + n + " threads");
        return Main.OK;
    }
}
