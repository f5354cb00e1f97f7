package dev.backcheck.engine;

import dev.backcheck.findings.Finding;
import dev.backcheck.findings.Level;
import dev.backcheck.findings.Notification;
import dev.backcheck.frameworks.Frameworks;
import dev.backcheck.lang.facts.FileFacts;
import dev.backcheck.lang.ts.TsParser;
import dev.backcheck.model.Project;
import dev.backcheck.rules.Rule;
import dev.backcheck.rules.RuleCatalog;
import dev.backcheck.rules.RuleContext;
import dev.backcheck.rules.RuleMeta;
import dev.backcheck.workspace.PackageJson;
import dev.backcheck.workspace.SourceFile;
import dev.backcheck.workspace.TextReader;
import dev.backcheck.workspace.Workspace;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.Files;
import java.util.*;
import java.util.concurrent.*;

/**
 * Runs a scan: workspace → parallel parse into facts → project → framework models → rules →
 * sorted findings. Input problems become notifications; only a missing root throws.
 */
public final class Scanner {
    private final RuleCatalog catalog;
    private final Hooks hooks;

    public Scanner(RuleCatalog catalog) {
        this(catalog, Hooks.NONE);
    }

    /** Tests only (package-private): observe or disturb the stages of a scan. */
    Scanner(RuleCatalog catalog, Hooks hooks) {
        this.catalog = catalog;
        this.hooks = hooks;
    }

    /** Test seams between the stages; never set outside tests. */
    interface Hooks {
        Hooks NONE = new Hooks() { };

        /** After the walk, before any file is read (tests delete or replace files here). */
        default void afterWalk(List<SourceFile> files) { }

        /** On the parser thread, before the file is parsed (tests simulate a slow file here). */
        default void beforeParse(String path) { }
    }

    /**
     * Reads at most {@code max + 1} bytes, never through a symbolic link (the walk resolved links
     * that stay inside the root to their targets): a file swapped for a link or grown huge since
     * the walk cannot make the scan read outside the root or run out of memory.
     */
    static byte[] readBounded(Path file, long max) throws IOException {
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, max + 1));
        }
    }

    public ScanResult scan(ScanOptions opts) throws IOException {
        long t0 = System.nanoTime();
        Workspace ws = Workspace.scan(opts.root(), opts.excludes(), opts.maxFileSize());
        List<Notification> notes = new ArrayList<>(ws.notifications());
        List<String> internal = Collections.synchronizedList(new ArrayList<>());
        List<Throwable> causes = Collections.synchronizedList(new ArrayList<>());

        // read files: sources to parse, manifests, other text
        Map<String, String> sources = new TreeMap<>();
        Map<String, String> texts = new TreeMap<>();
        List<PackageJson> manifests = new ArrayList<>();
        hooks.afterWalk(ws.files());
        for (SourceFile f : ws.files()) {
            byte[] bytes;
            try {
                bytes = readBounded(f.file(), opts.maxFileSize());
            } catch (IOException | SecurityException e) {
                notes.add(Notification.file(Level.WARNING, "unreadable-file", f.path(),
                        "file could not be read (" + e.getClass().getSimpleName() + "); skipped"));
                continue;
            }
            if (bytes.length > opts.maxFileSize()) {
                notes.add(Notification.file(Level.WARNING, "file-too-large", f.path(),
                        "file grew past the " + opts.maxFileSize() + "-byte limit since the scan started; skipped"));
                continue;
            }
            TextReader.Result r = TextReader.decode(bytes);
            if (r.text() == null) {
                notes.add(Notification.file(Level.WARNING, "binary-file", f.path(), r.problem()));
                continue;
            }
            if (r.warning() != null) notes.add(Notification.file(Level.NOTE, "encoding", f.path(), r.warning()));
            String name = f.path().substring(f.path().lastIndexOf('/') + 1);
            if (TsParser.isSource(name)) {
                sources.put(f.path(), r.text());
            } else if (name.equals("package.json")) {
                try {
                    manifests.add(PackageJson.parse(f.path(), r.text()));
                } catch (IllegalArgumentException e) {
                    notes.add(Notification.file(Level.WARNING, "bad-package-json", f.path(), e.getMessage() + "; ignored"));
                }
                texts.put(f.path(), r.text());
            } else {
                texts.put(f.path(), r.text());
            }
        }

        long tRead = System.nanoTime();
        Map<String, FileFacts> facts = parseAll(sources, opts, notes, internal);
        long tParse = System.nanoTime();
        long lines = 0;
        for (FileFacts ff : facts.values()) lines += ff.lines();

        Project project = new Project(ws.root(), facts, manifests, texts);
        Map<String, String> claimTexts = new TreeMap<>();
        for (java.nio.file.Path cf : opts.claimFiles()) {
            java.nio.file.Path abs = cf.toAbsolutePath().normalize();
            String shown = abs.startsWith(ws.root()) ? ws.relative(abs) : abs.toString().replace('\\', '/');
            try {
                TextReader.Result r = TextReader.decode(Files.readAllBytes(abs));
                if (r.text() != null) claimTexts.put(shown, r.text());
                else notes.add(Notification.file(Level.WARNING, "bad-claims-file", shown, r.problem()));
            } catch (IOException | SecurityException e) {
                notes.add(Notification.file(Level.WARNING, "bad-claims-file", shown, "cannot read --claims file: " + e.getMessage()));
            }
        }
        project.setClaims(opts.claims(), claimTexts);
        try {
            project.addApplications(Frameworks.build(project));
        } catch (RuntimeException | StackOverflowError e) {
            internal.add("framework model failed: " + e);
            causes.add(e);
        }

        long tModel = System.nanoTime();
        List<Finding> findings = new ArrayList<>();
        List<RuleMeta> ran = new ArrayList<>();
        for (RuleMeta meta : catalog.all().values()) {
            if (opts.onlyRules() != null && !opts.onlyRules().contains(meta.id())) continue;
            if (opts.disabled().contains(meta.id())) continue;
            ran.add(meta);
            Level level = opts.levels().getOrDefault(meta.id(), meta.defaultLevel());
            List<Finding> sink = new ArrayList<>();
            RuleContext ctx = new RuleContext(meta, level, opts.ruleOptions().getOrDefault(meta.id(), Map.of()), sink);
            try {
                Rule rule = catalog.instantiate(meta.id());
                rule.check(project, ctx);
                findings.addAll(sink);
            } catch (RuntimeException | StackOverflowError e) {
                findings.addAll(sink);
                internal.add("rule " + meta.id() + " failed: " + e);
                causes.add(e);
                notes.add(new Notification(Level.ERROR, "internal-error", null, 0, 0,
                        "rule " + meta.id() + " failed and its results may be incomplete: " + e));
            }
        }
        if (System.getenv("BACKCHECK_TIMING") != null) {
            System.err.printf("timing: walk+read %d ms, parse %d ms, model %d ms, rules %d ms%n", (tRead - t0) / 1_000_000,
                    (tParse - tRead) / 1_000_000, (tModel - tParse) / 1_000_000, (System.nanoTime() - tModel) / 1_000_000);
        }
        findings = dedupe(findings);
        findings.sort(Finding.ORDER);
        notes.sort(Notification.ORDER);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        return new ScanResult(project, List.copyOf(findings), List.copyOf(notes), List.copyOf(ran), facts.size(), lines, ms,
                List.copyOf(internal), List.copyOf(causes));
    }

    private static List<Finding> dedupe(List<Finding> in) {
        Map<String, Finding> seen = new LinkedHashMap<>();
        for (Finding f : in) {
            String k = f.ruleId() + "\u0000" + f.location() + "\u0000" + f.message();
            seen.putIfAbsent(k, f);
        }
        return new ArrayList<>(seen.values());
    }

    private Map<String, FileFacts> parseAll(Map<String, String> sources, ScanOptions opts, List<Notification> notes,
                                            List<String> internal) {
        Map<String, FileFacts> out = new TreeMap<>();
        if (sources.isEmpty()) return out;
        int jobs = Math.max(1, opts.jobs());
        ThreadPoolExecutor pool = new ThreadPoolExecutor(jobs, jobs, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                new ParseThreads());
        ThreadLocal<TsParser> parsers = ThreadLocal.withInitial(TsParser::new);
        // Workers publish each finished task here; the calling thread drains it and, between
        // drains, checks only the tasks that are running (not every queued one) against the budget.
        BlockingQueue<Task> done = new LinkedBlockingQueue<>();
        Set<Task> running = ConcurrentHashMap.newKeySet();
        List<Task> tasks = new ArrayList<>(sources.size());
        for (Map.Entry<String, String> e : sources.entrySet()) {
            Task t = new Task(e.getKey());
            tasks.add(t);
            t.future = pool.submit(() -> {
                t.started = System.nanoTime();
                running.add(t);
                Object r;
                try {
                    hooks.beforeParse(t.path);
                    r = parsers.get().parse(t.path, e.getValue());
                } catch (TsParser.ParseError pe) {
                    r = pe;
                } catch (RuntimeException | StackOverflowError err) {
                    r = err;
                } finally {
                    running.remove(t);
                }
                t.result = r;
                done.add(t);
                return r;
            });
        }
        long budget = opts.fileTimeout().toNanos();
        int remaining = tasks.size();
        try {
            while (remaining > 0) {
                Task t = done.poll(50, TimeUnit.MILLISECONDS);
                while (t != null) {
                    if (t.settled.compareAndSet(false, true)) {
                        remaining--;
                        collect(t.path, t.result, out, notes);
                    }
                    t = done.poll();
                }
                long now = System.nanoTime();
                for (Task r : running) {
                    if (now - r.started > budget && r.settled.compareAndSet(false, true)) {
                        remaining--;
                        Future<Object> f = r.future;
                        if (f != null) f.cancel(true);
                        notes.add(Notification.file(Level.WARNING, "timeout", r.path,
                                "analysis took longer than " + opts.fileTimeout().toSeconds() + " s (per-file budget); skipped"));
                        // the stuck thread may never return (native code ignores interrupts): add a worker
                        pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
                        pool.setCorePoolSize(pool.getCorePoolSize() + 1);
                    }
                }
            }
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
        } finally {
            pool.shutdownNow();
        }
        return out;
    }

    /** One file's parse: written by its worker, settled exactly once (finished or timed out) by the caller. */
    private static final class Task {
        final String path;
        final java.util.concurrent.atomic.AtomicBoolean settled = new java.util.concurrent.atomic.AtomicBoolean();
        volatile long started;
        volatile Object result;
        volatile Future<Object> future;

        Task(String path) {
            this.path = path;
        }
    }

    private static void collect(String path, Object r, Map<String, FileFacts> out, List<Notification> notes) {
        if (r instanceof FileFacts ff) out.put(path, ff);
        else if (r instanceof TsParser.ParseError pe) {
            notes.add(new Notification(Level.WARNING, pe.id, path, pe.line, pe.column, pe.getMessage()));
        } else if (r instanceof StackOverflowError) {
            notes.add(Notification.file(Level.WARNING, "too-deep", path, "nesting too deep to analyse; skipped"));
        } else if (r instanceof Throwable t) {
            notes.add(Notification.file(Level.WARNING, "analysis-error", path,
                    "could not be analysed (" + t.getClass().getSimpleName() + ": " + t.getMessage() + "); skipped"));
        }
    }
}
