package dev.backcheck.engine;

import dev.backcheck.config.Config;
import dev.backcheck.config.ConfigLoader;
import dev.backcheck.findings.Finding;
import dev.backcheck.findings.Level;
import dev.backcheck.findings.Notification;
import dev.backcheck.frameworks.Frameworks;
import dev.backcheck.lang.facts.FileFacts;
import dev.backcheck.lang.FrontEnd;
import dev.backcheck.lang.FrontEnds;
import dev.backcheck.lang.ParseError;
import dev.backcheck.model.Project;
import dev.backcheck.rules.Rule;
import dev.backcheck.rules.RuleCatalog;
import dev.backcheck.rules.RuleContext;
import dev.backcheck.rules.RuleMeta;
import dev.backcheck.workspace.Manifest;
import dev.backcheck.workspace.SourceFile;
import dev.backcheck.workspace.TextReader;
import dev.backcheck.concepts.SourceLines;
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

        /** On the parser thread, before the file is read and parsed (tests simulate a slow file here). */
        default void beforeParse(String path) { }

        /**
         * The wall-clock time after which a file whose thread hardly computes (blocked, not parsing) is given up,
         * given the per-file CPU budget (tests shorten it).
         */
        default java.time.Duration stallBudget(java.time.Duration cpuBudget) {
            return cpuBudget.multipliedBy(STALL_FACTOR);
        }
    }

    /**
     * The per-file budget counts the parser thread's CPU time (swc4j parses synchronously in native code on that
     * thread, which the thread's CPU clock includes), so a loaded machine does not turn ordinary files into timeouts
     * and the output does not depend on load. A thread that does not compute at all (blocked) is caught by wall
     * time, this many budgets long.
     */
    static final int STALL_FACTOR = 30;

    private static final java.lang.management.ThreadMXBean THREAD_MX = java.lang.management.ManagementFactory.getThreadMXBean();

    /** CPU time of thread {@code id} in ns, or -1 when the JVM cannot tell (then the budget is wall time). */
    private static long threadCpu(long id) {
        try {
            return THREAD_MX.isThreadCpuTimeSupported() && THREAD_MX.isThreadCpuTimeEnabled() ? THREAD_MX.getThreadCpuTime(id) : -1;
        } catch (UnsupportedOperationException | SecurityException e) {
            return -1;
        }
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

    /**
     * Starts building the project's {@link dev.backcheck.flow.CallIndex} on a thread of its own (with --jobs above 1), so
     * it overlaps the framework models' single-threaded stretches (the registration walk, the route expansion) instead
     * of running inside them when the first model asks for it (the signals). The index is a function of the facts and
     * the project's resolution alone (it reads no application, no other derived value but the shared Analysis, which is
     * derived here first so the thread never waits for this one): whoever asks {@code CallIndex.of} waits for this
     * build and gets the same index. A failure here is dropped: the next caller computes again and meets it, as before.
     */
    private static Thread prefetchCallIndex(Project project, int jobs, boolean early) {
        if (jobs <= 1) return null;
        dev.backcheck.frameworks.ModelSupport.analysis(project);
        Thread t = new Thread(null, () -> {
            try {
                dev.backcheck.flow.CallIndex.of(project);
            } catch (RuntimeException | StackOverflowError e) {
                // asked again later by the model or the rules, which meet the failure themselves
            }
            // then, on the same thread (the model's main thread has the other core), the concepts that read no application
            if (early) project.computeEarly(EARLY_READS, EARLY_CONCEPTS.stream().map(a -> (Runnable) () -> a.accept(project)).toList());
        }, "backcheck-callindex");
        t.setDaemon(true);
        t.start();
        return t;
    }

    /**
     * Concepts the rules ask for that read no application (measured on the 1M-line bench, 1.5 s CPU of the rule phase
     * together), and the import graph's reachability the framework models ask once the first model is built (run on
     * the main thread, it was the models' largest stretch after the route expansion), computed on the call index's
     * thread while the framework models are built: see
     * {@link Project#computeEarly}. Ones that prove to read what they may not are dropped there and computed by the
     * rules as before (PasswordHashers always was: it asks ServerCode, which reads the applications, so it is not
     * asked here); OpenApiSpecs is not among them (the scan reports its problems only when a rule asked for it).
     */
    private static final List<java.util.function.Consumer<Project>> EARLY_CONCEPTS = List.of(
            dev.backcheck.concepts.CallNames::of, p -> dev.backcheck.concepts.ImportIndex.of(p).reachability(), dev.backcheck.concepts.TlsSettings::of, dev.backcheck.concepts.Secrets::of,
            dev.backcheck.concepts.RandomSources::of, dev.backcheck.concepts.DbClients::of,
            dev.backcheck.concepts.CryptoUses::of, dev.backcheck.concepts.XmlParsers::of, dev.backcheck.concepts.Deserializers::of,
            dev.backcheck.concepts.QueryParsers::of);
    /** What those may ask for: one another, the call index, the source lines' memo, and the platform configs reachability reads (wrangler, vercel). */
    private static final Set<Class<?>> EARLY_READS = Set.of(dev.backcheck.concepts.CallNames.class, dev.backcheck.concepts.TlsSettings.class,
            dev.backcheck.concepts.Secrets.class, dev.backcheck.concepts.PasswordHashers.class, dev.backcheck.concepts.RandomSources.class,
            dev.backcheck.concepts.DbClients.class, dev.backcheck.concepts.CryptoUses.class, dev.backcheck.concepts.XmlParsers.class,
            dev.backcheck.concepts.Deserializers.class, dev.backcheck.concepts.QueryParsers.class, dev.backcheck.flow.CallIndex.class,
            dev.backcheck.concepts.ImportIndex.class, dev.backcheck.concepts.WranglerConfig.class, dev.backcheck.concepts.VercelFunctions.class,
            dev.backcheck.concepts.SourceLines.memoType());

    /**
     * Scans. Throws {@link dev.backcheck.config.ConfigException} when the config file is not acceptable
     * and IOException when the root is not a readable directory.
     */
    public ScanResult scan(ScanOptions opts) throws IOException {
        long t0 = System.nanoTime();
        ScanStats.Clock clock = new ScanStats.Clock();
        ScanStats.WorkerTimes workerTimes = new ScanStats.WorkerTimes();
        FrontEnds.preload(); // the parser's native library loads while the tree is walked
        Config config = loadConfig(opts);
        Set<String> disabled = new TreeSet<>(config.disabled());
        disabled.addAll(opts.disabled());
        Map<String, Level> levels = new TreeMap<>(config.levels());
        levels.putAll(opts.levels());
        Map<String, Map<String, Object>> ruleOptions = new TreeMap<>(config.ruleOptions());
        opts.ruleOptions().forEach((id, o) -> {
            Map<String, Object> m = new LinkedHashMap<>(ruleOptions.getOrDefault(id, Map.of()));
            m.putAll(o);
            ruleOptions.put(id, m);
        });
        List<String> excludes = new ArrayList<>(opts.excludes());
        excludes.addAll(config.exclude());
        org.eclipse.jgit.ignore.IgnoreNode includes = globs(config.include());
        Workspace ws = Workspace.scan(opts.root(), excludes, opts.maxFileSize());
        clock.phase("config, walk", ws.files().size(), -1);
        List<Notification> notes = new ArrayList<>(ws.notifications());
        List<String> internal = Collections.synchronizedList(new ArrayList<>());
        List<Throwable> causes = Collections.synchronizedList(new ArrayList<>());

        // manifests and other text are read here; sources are read by the parse workers, so their
        // text is only held while that file is parsed
        Map<String, SourceFile> sources = new TreeMap<>();
        Map<String, String> texts = new TreeMap<>();
        List<Manifest> manifests = new ArrayList<>();
        hooks.afterWalk(ws.files());
        for (SourceFile f : ws.files()) {
            boolean script = ws.scripts().contains(f.path()); // bin/www and other extension-less entries: JavaScript
            if (includes != null && (script || FrontEnds.isSource(f.path())) && !matches(includes, f.path())) continue;
            String name = f.path().substring(f.path().lastIndexOf('/') + 1);
            if (script || FrontEnds.isSource(name)) {
                sources.put(f.path(), f);
                continue;
            }
            List<Notification> readNotes = new ArrayList<>();
            String text = read(f, opts.maxFileSize(), readNotes);
            notes.addAll(readNotes);
            if (text == null) continue;
            if (Manifest.isManifest(name)) {
                try {
                    Manifest m = Manifest.parse(f.path(), text);
                    if (m != null) manifests.add(m);
                } catch (IllegalArgumentException e) {
                    String id = name.equals("package.json") ? "bad-package-json" : "bad-manifest";
                    notes.add(Notification.file(Level.WARNING, id, f.path(), e.getMessage() + "; ignored"));
                }
            }
            texts.put(f.path(), text);
        }

        Shards shards = null;
        if (opts.shard() != null) {
            Map<String, Long> sizes = new TreeMap<>();
            sources.forEach((path, f) -> sizes.put(path, f.size()));
            Shards plan = Shards.plan(opts.shard(), sizes, manifests);
            shards = plan;
            sources.keySet().removeIf(path -> !plan.analyses(path));
            texts.keySet().removeIf(path -> !plan.keepsText(path));
            manifests.removeIf(m -> !plan.analyses(m.path()));
        }
        long tRead = System.nanoTime();
        clock.phase("read (manifests, texts)", texts.size(), -1);
        int sourceCount = sources.size();
        // the workers keep only the texts inline suppressions need; files with findings are read again for fingerprints
        Map<String, String> withDirectives = new TreeMap<>();
        FactsCache cache = null;
        if (opts.cache() != null) {
            List<String> problem = new ArrayList<>();
            cache = FactsCache.open(opts.cache(), cacheBound(), problem);
            if (cache == null) notes.add(new Notification(Level.WARNING, "cache-unusable", null, 0, 0,
                    "the facts cache " + opts.cache() + " cannot be used (" + String.join("; ", problem) + "); scanning without it"));
        }
        Map<String, String> sourceHashes = new ConcurrentHashMap<>();
        dev.backcheck.workspace.TestPaths tests = config.testPaths(); // asked of every file by the model: answered on the parse threads
        // the decoded sources the workers read, handed to the project's SourceLines below (concepts that search the
        // sources' text read them from there instead of from disk a second time)
        Map<String, SourceLines.Kept> sourceTexts = new ConcurrentHashMap<>();
        Map<String, FileFacts> facts = parseAll(sources, opts, notes, internal, withDirectives, workerTimes, cache, sourceHashes, tests, sourceTexts);
        sources.clear();
        long tParse = System.nanoTime();
        long lines = 0;
        for (FileFacts ff : facts.values()) lines += ff.lines();
        clock.phase("parse stage", sourceCount, lines);
        clock.add(new ScanStats.Phase("read sources", workerTimes.readWall.sum() / 1_000_000, workerTimes.readCpu.sum() / 1_000_000, sourceCount, -1, true));
        clock.add(new ScanStats.Phase("parse (swc4j)", workerTimes.parseWall.sum() / 1_000_000, workerTimes.parseCpu.sum() / 1_000_000, facts.size(), lines, true));
        clock.add(new ScanStats.Phase("extract facts", workerTimes.extractWall.sum() / 1_000_000, workerTimes.extractCpu.sum() / 1_000_000, facts.size(), lines, true));
        if (cache != null) {
            clock.add(new ScanStats.Phase("facts cache", workerTimes.cacheWall.sum() / 1_000_000, workerTimes.cacheCpu.sum() / 1_000_000,
                    (int) cache.hits.get(), -1, true));
        }

        Project project = new Project(ws.root(), facts, manifests, texts);
        SourceLines.keep(project, sourceTexts);
        sourceTexts.clear();
        project.setOtherLanguageFiles(ws.otherLanguageFiles().keySet());
        project.setJobs(opts.jobs()); // the model's per-file passes share the parse threads' count
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
        project.setConfig(config.project());
        project.setTestPaths(tests);
        // the early concepts only for a whole scan of every rule (a subset asks for fewer; with --shard, or --cache on a
        // tree of two or more units, the rules may run on units' own projects instead)
        Thread callIndex = prefetchCallIndex(project, opts.jobs(), opts.onlyRules() == null && shards == null
                && (cache == null || UnitReuse.wholeTreeOnly(manifests, facts)));
        try {
            List<Throwable> failures = new ArrayList<>();
            project.addApplications(Frameworks.build(project, failures));
            for (Throwable e : failures) {
                internal.add(e.getMessage());
                causes.add(e);
            }
        } catch (RuntimeException | StackOverflowError e) {
            internal.add("framework model failed: " + e);
            causes.add(e);
        }
        project.modules().problems().forEach((path, why) -> {
            if (!path.endsWith("package.json")) notes.add(Notification.file(Level.WARNING, "bad-module-config", path,
                    "could not read (" + why + "); its module resolution settings are ignored"));
        });
        for (Project.NotModelled n : project.notModelled()) {
            notes.add(new Notification(Level.WARNING, "model/not-modelled", n.path().isEmpty() ? null : n.path(), n.line(), n.column(),
                    (n.registration() ? "not followed: " : n.middleware() ? "not resolved: " : n.shadowed() ? "shadowed: "
                            : n.devOnly() ? "development only: " : "not modelled: ") + n.what()));
        }

        Project.joinAll(java.util.Collections.singletonList(callIndex));
        long tModel = System.nanoTime();
        clock.phase("model", facts.size(), lines);
        // With --cache, a monorepo's units may reuse their stored findings and only the changed ones run (UnitReuse)
        List<RuleMeta> ran = new ArrayList<>();
        UnitReuse.Outcome units = cache != null && shards == null
                ? UnitReuse.prepare(this, opts, config, disabled, levels, ruleOptions, ws, facts, withDirectives, texts, manifests,
                        sourceHashes, project, opts.cache(), clock)
                : null;
        List<Finding> findings;
        RuleStore ruleStore = null;
        if (units != null && units.findings() != null) {
            findings = new ArrayList<>(units.findings());
            notes.addAll(units.notes());
            ran.addAll(units.ran());
            clock.phase("per-unit: union", ran.size(), -1);
        } else {
            int notesBeforeRules = notes.size();
            // with --cache, rules whose every read file is unchanged take their findings from the store (RuleStore)
            ruleStore = cache != null && shards == null
                    ? RuleStore.open(opts.cache(), opts, config, disabled, levels, ruleOptions, ws, texts, sourceHashes, facts, project) : null;
            findings = rulePhase(project, opts, disabled, levels, ruleOptions, facts, withDirectives, texts, ws.root(),
                    notes, internal, causes, ran, clock, new long[] {t0, tRead, tParse, tModel}, ruleStore);
            if (units != null) units.afterWholeRun(findings, notes.subList(notesBeforeRules, notes.size()), internal);
        }
        if (shards != null) {
            // findings of the shard's units and of the shared packages its units use (see Shards); unused suppressions
            // and notifications only for the shard's own units
            Shards plan = shards;
            findings.removeIf(f -> f.location().path() == null || f.location().path().isEmpty() ? !plan.owns(null)
                    : !plan.reports(f.location().path()) || f.ruleId().equals(Suppressions.UNUSED_RULE) && !plan.owns(f.location().path()));
            notes.removeIf(n -> !plan.owns(n.path() == null || n.path().isEmpty() ? null : n.path()));
        }
        // one finding for an absence several applications share (after suppressions and fingerprints, per application)
        // (a shard sees only its applications: it carries each absence for `backcheck merge` to roll up over all shards)
        findings = shards != null ? dev.backcheck.rules.AbsenceRollup.carry(findings) : dev.backcheck.rules.AbsenceRollup.apply(findings);
        notes.sort(Notification.ORDER);
        clock.phase("suppress, fingerprints", -1, -1);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        String cacheSummary = null;
        if (cache != null) {
            cache.evict();
            cacheSummary = cache.summary() + (units == null ? "" : "; units: " + units.summary())
                    + (ruleStore == null ? "" : "; " + ruleStore.summary(ran.size()));
            if (ruleStore != null) ruleStore.evict();
        }
        ScanStats stats = clock.finish(Math.max(1, opts.jobs()), facts.size(), lines, cacheSummary);
        return new ScanResult(project, List.copyOf(findings), List.copyOf(notes), List.copyOf(ran), facts.size(), lines, ms,
                List.copyOf(internal), null, List.copyOf(causes), stats);
    }

    /**
     * The rule phase over {@code project}: both passes, dedupe, inline suppressions, sorted, fingerprints. Notifications,
     * internal errors and the rules that ran are added to the lists given; {@code clock} null: no phase figures (a unit's
     * own analysis, see {@link UnitReuse}); {@code times}: scan start, read, parse and model ends (BACKCHECK_TIMING).
     */
    List<Finding> rulePhase(Project project, ScanOptions opts, Set<String> disabled, Map<String, Level> levels,
                            Map<String, Map<String, Object>> ruleOptions, Map<String, FileFacts> facts,
                            Map<String, String> withDirectives, Map<String, String> texts, java.nio.file.Path root,
                            List<Notification> notes, List<String> internal, List<Throwable> causes, List<RuleMeta> ran,
                            ScanStats.Clock clock, long[] times) {
        return rulePhase(project, opts, disabled, levels, ruleOptions, facts, withDirectives, texts, root, notes, internal, causes, ran,
                clock, times, null);
    }

    /** As above; {@code store} non-null: first-pass rules whose stored read set is unchanged are not run (RuleStore). */
    List<Finding> rulePhase(Project project, ScanOptions opts, Set<String> disabled, Map<String, Level> levels,
                            Map<String, Map<String, Object>> ruleOptions, Map<String, FileFacts> facts,
                            Map<String, String> withDirectives, Map<String, String> texts, java.nio.file.Path root,
                            List<Notification> notes, List<String> internal, List<Throwable> causes, List<RuleMeta> ran,
                            ScanStats.Clock clock, long[] times, RuleStore store) {
        // Rules run in two passes: every other rule, then the post rules, which read what the
        // others found (PriorFindings) with the user's levels and options applied once. A rule a
        // post rule reads runs silently when the scan did not select it (fixture harness: one rule),
        // unless the config turned it off; then the post rule learns it was disabled.
        List<Finding> findings = new ArrayList<>();
        Map<String, Rule> instances = new LinkedHashMap<>();
        List<RuleMeta> firstPass = new ArrayList<>();
        List<RuleMeta> postPass = new ArrayList<>();
        Set<String> silent = new TreeSet<>();
        for (RuleMeta meta : catalog.all().values()) {
            if (opts.onlyRules() != null && !opts.onlyRules().contains(meta.id())) continue;
            if (disabled.contains(meta.id())) continue;
            Rule rule = instantiate(meta, instances, notes, internal, causes);
            if (rule == null) continue;
            ran.add(meta);
            if (rule instanceof dev.backcheck.rules.PostRule post) {
                postPass.add(meta);
                for (String id : post.reads()) if (catalog.get(id) != null && !disabled.contains(id)) silent.add(id);
            } else {
                firstPass.add(meta);
            }
        }
        firstPass.forEach(m -> silent.remove(m.id()));
        for (String id : silent) {
            RuleMeta meta = catalog.get(id);
            if (instantiate(meta, instances, notes, internal, causes) instanceof dev.backcheck.rules.PostRule) continue;
            firstPass.add(meta);
        }
        firstPass.sort(Comparator.comparing(RuleMeta::id));
        Map<String, List<Finding>> byRule = new TreeMap<>();
        Map<String, String> checklist = new TreeMap<>();
        catalog.all().values().forEach(m -> checklist.put(m.id(), m.checklist() == null ? "" : m.checklist()));
        Map<String, Long> ruleNanos = new TreeMap<>();
        Map<String, Long> ruleCpu = new TreeMap<>();
        // rule families in the order they run (by id, then the post rules), time and CPU summed per family
        Map<String, long[]> families = new LinkedHashMap<>();
        // The first pass on ruleThreads threads: each rule writes its own findings, notifications and errors, merged
        // below in rule-id order, so the output does not depend on which thread ran what or when.
        int ruleThreads = ruleThreads(opts, firstPass.size());
        Map<String, RuleRun> runs = new HashMap<>();
        boolean track = store != null || READS_REPORT;
        List<RuleMeta> toRun = new ArrayList<>();
        Set<String> askedByReused = new TreeSet<>();
        for (RuleMeta meta : firstPass) {
            boolean perFile = store != null && instances.get(meta.id()) instanceof dev.backcheck.rules.FileRule;
            RuleRun run = new RuleRun(track, perFile ? store : null);
            runs.put(meta.id(), run);
            RuleStore.Hit hit = store == null || perFile ? null : store.get(meta.id());
            if (hit != null) {
                run.findings = hit.findings();
                run.notes.addAll(hit.notes());
                run.reused = true;
                askedByReused.addAll(hit.asked());
            } else {
                toRun.add(meta);
            }
        }
        if (ruleThreads <= 1) {
            for (RuleMeta meta : askOrder(toRun)) runs.get(meta.id()).run(meta, instances.get(meta.id()), project, levels, ruleOptions);
        } else {
            ExecutorService rulePool = Executors.newFixedThreadPool(ruleThreads, new RuleThreads());
            try {
                List<Future<?>> futures = new ArrayList<>();
                // the post rules' work that reads no finding (the claims judge's parse of the reports), first, beside the rules
                if (!toRun.isEmpty()) {
                    for (RuleMeta meta : postPass) {
                        if (instances.get(meta.id()) instanceof dev.backcheck.rules.PostRule post) futures.add(rulePool.submit(() -> {
                            try {
                                post.prepare(project);
                            } catch (RuntimeException | StackOverflowError e) {
                                // the post rule meets it again when it checks
                            }
                        }));
                    }
                }
                for (RuleMeta meta : askOrder(interleaved(toRun))) {
                    futures.add(rulePool.submit(() -> runs.get(meta.id()).run(meta, instances.get(meta.id()), project, levels, ruleOptions)));
                }
                for (Future<?> f : futures) {
                    try {
                        f.get();
                    } catch (ExecutionException e) {
                        internal.add("rule thread failed: " + e.getCause());
                        causes.add(e.getCause());
                    }
                }
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
            } finally {
                rulePool.shutdownNow();
            }
        }
        if (store != null) {
            for (RuleMeta meta : toRun) {
                RuleRun r = runs.get(meta.id());
                if (r.perFile == null && r.reads != null && r.internal.isEmpty() && r.causes.isEmpty()) store.put(meta.id(), r.reads, r.findings, r.notes);
            }
        }
        if (READS_REPORT) readsReport(project, firstPass, runs, store);
        for (RuleMeta meta : firstPass) {
            RuleRun r = runs.get(meta.id());
            notes.addAll(r.notes);
            internal.addAll(r.internal);
            causes.addAll(r.causes);
            ruleNanos.put(meta.id(), r.wall);
            ruleCpu.put(meta.id(), r.cpu);
            long[] fam = families.computeIfAbsent(family(meta.id()), k -> new long[3]);
            fam[0] += r.wall;
            fam[1] += r.cpu;
            fam[2]++;
            byRule.put(meta.id(), r.findings);
            if (!silent.contains(meta.id())) findings.addAll(r.findings);
        }
        dev.backcheck.rules.PriorFindings prior = new dev.backcheck.rules.PriorFindings(byRule, checklist, disabled);
        for (RuleMeta meta : postPass) {
            long tr = System.nanoTime(), cr = ScanStats.processCpu();
            findings.addAll(runRule(meta, instances.get(meta.id()), project, prior, levels, ruleOptions, notes, internal, causes));
            long[] fam = families.computeIfAbsent(family(meta.id()) + " (post)", k -> new long[3]);
            fam[0] += System.nanoTime() - tr;
            fam[1] += ScanStats.processCpu() - cr;
            fam[2]++;
        }
        // OpenAPI documents the api/openapi-* rules could not read (only when one of them asked)
        // (a rule whose stored findings were reused asked for them in the run that stored them)
        if (askedByReused.contains(dev.backcheck.concepts.OpenApiSpecs.class.getSimpleName())
                && project.derivedIfPresent(dev.backcheck.concepts.OpenApiSpecs.class) == null) {
            try {
                dev.backcheck.concepts.OpenApiSpecs.of(project);
            } catch (RuntimeException | StackOverflowError e) {
                // as a rule asking for it would have met it: its problems are not reported
            }
        }
        dev.backcheck.concepts.OpenApiSpecs specs = project.derivedIfPresent(dev.backcheck.concepts.OpenApiSpecs.class);
        if (specs != null) notes.addAll(specs.problems());
        if (clock != null) {
            clock.phase("rules (all, with loading)", ran.size(), -1);
            families.forEach((fam, t) -> clock.add(new ScanStats.Phase("rules " + fam, t[0] / 1_000_000, t[1] / 1_000_000, (int) t[2], -1, false)));
        }
        if (clock != null && System.getenv("BACKCHECK_TIMING") != null) {
            System.err.printf("timing: walk+read %d ms, parse %d ms, model %d ms, rules %d ms%n", (times[1] - times[0]) / 1_000_000,
                    (times[2] - times[1]) / 1_000_000, (times[3] - times[2]) / 1_000_000, (System.nanoTime() - times[3]) / 1_000_000);
            // the rules of most thread CPU (wall beside it: a loaded machine stretches wall, not CPU), and the flow
            // engine's phases (its call index is built by the first rule that asks)
            ruleCpu.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit("all".equals(System.getenv("BACKCHECK_TIMING")) ? Long.MAX_VALUE : 12)
                    .forEach(e -> System.err.printf("timing:   rule %s %d ms CPU, %d ms%n", e.getKey(), e.getValue() / 1_000_000,
                            ruleNanos.get(e.getKey()) / 1_000_000));
            dev.backcheck.flow.TaintEngine engine = project.derivedIfPresent(dev.backcheck.flow.TaintEngine.class);
            if (engine != null) System.err.println("timing: flow engine: " + engine.report());
        }
        findings = dedupe(findings);
        findings = suppress(findings, facts, withDirectives, texts, ran, levels, ruleOptions);
        findings.sort(Finding.ORDER);
        findings = Fingerprints.assign(findings, p -> withDirectives.containsKey(p) ? withDirectives.get(p)
                : texts.containsKey(p) ? texts.get(p) : reread(root, p));
        return findings;

    }

    /** Every rule id of the catalog. */
    Set<String> ruleIds() {
        return new TreeSet<>(catalog.all().keySet());
    }

    /** The rules a scan runs (as the rule phase lists them), or null when one cannot be loaded (UnitReuse: nothing analysed). */
    List<RuleMeta> selectedRules(ScanOptions opts, Set<String> disabled) {
        List<RuleMeta> out = new ArrayList<>();
        for (RuleMeta meta : catalog.all().values()) {
            if (opts.onlyRules() != null && !opts.onlyRules().contains(meta.id())) continue;
            if (disabled.contains(meta.id())) continue;
            try {
                catalog.instantiate(meta.id());
            } catch (RuntimeException e) {
                return null;
            }
            out.add(meta);
        }
        return out;
    }

    /** The cache's size bound: BACKCHECK_CACHE_MAX_MB, else 512 MiB. */
    static long cacheBound() {
        String v = System.getenv("BACKCHECK_CACHE_MAX_MB");
        if (v != null && v.matches("\\d{1,7}")) return Math.max(1, Long.parseLong(v)) * 1024 * 1024;
        return FactsCache.DEFAULT_MAX_BYTES;
    }

    /**
     * Threads for the first rule pass: --jobs (the parser threads, default the number of CPUs), never more than the
     * rules; BACKCHECK_RULE_THREADS=1 runs them on the calling thread (the output is the same either way).
     */
    static int ruleThreads(ScanOptions opts, int rules) {
        int n = Math.max(1, opts.jobs());
        String v = System.getenv("BACKCHECK_RULE_THREADS");
        if (v != null && v.matches("\\d{1,3}")) n = Math.min(n, Math.max(1, Integer.parseInt(v)));
        return Math.max(1, Math.min(n, rules));
    }

    /**
     * One rule's run in the first pass: what it found and reported, its own wall and CPU time, and (when tracked) the
     * files it read ({@link dev.backcheck.model.Reads}); or a stored run reused ({@link RuleStore}).
     */
    private static final class RuleRun {
        List<Finding> findings = List.of();
        final List<Notification> notes = new ArrayList<>();
        final List<String> internal = new ArrayList<>();
        final List<Throwable> causes = new ArrayList<>();
        long wall, cpu;
        final boolean track;
        /** The store a {@link dev.backcheck.rules.FileRule} runs against file by file, or null. */
        final RuleStore perFile;
        dev.backcheck.model.Reads reads;
        boolean reused;

        RuleRun(boolean track, RuleStore perFile) {
            this.track = track;
            this.perFile = perFile;
        }

        void run(RuleMeta meta, Rule rule, Project project, Map<String, Level> levels, Map<String, Map<String, Object>> ruleOptions) {
            long tr = System.nanoTime(), cr = ScanStats.Clock.threadCpu();
            dev.backcheck.model.Reads frame = track ? dev.backcheck.model.Reads.open(meta.id()) : null;
            try {
                List<Finding> byFile = perFile != null && rule instanceof dev.backcheck.rules.FileRule fr
                        ? runPerFile(meta, fr, project, levels, ruleOptions, perFile) : null;
                // a check that failed on some file: the whole rule runs as without the store (its failure and what it found before)
                findings = byFile != null ? byFile : runRule(meta, rule, project, null, levels, ruleOptions, notes, internal, causes);
            } finally {
                if (frame != null) {
                    frame.close();
                    reads = frame;
                }
            }
            wall = System.nanoTime() - tr;
            cpu = ScanStats.Clock.threadCpu() - cr;
        }
    }

    /**
     * A {@link dev.backcheck.rules.FileRule} under the store: its check of each file in the project's file order, each under
     * a read frame of its own, a file's stored findings used when every file that check read is unchanged; the findings
     * concatenated in that order, filtered by language as {@link #runRule} filters a whole run's, are the whole run's.
     * Null when a file's check failed (nothing of the run is kept; the caller runs the rule whole).
     */
    private static List<Finding> runPerFile(RuleMeta meta, dev.backcheck.rules.FileRule rule, Project project, Map<String, Level> levels,
                                            Map<String, Map<String, Object>> ruleOptions, RuleStore store) {
        Level level = levels.getOrDefault(meta.id(), meta.defaultLevel());
        Map<String, Object> options = ruleOptions.getOrDefault(meta.id(), Map.of());
        List<Finding> out = new ArrayList<>();
        for (FileFacts f : project.files().values()) {
            List<Finding> stored = store.getFile(meta.id(), f.path());
            if (stored != null) {
                out.addAll(stored);
                continue;
            }
            List<Finding> sink = new ArrayList<>();
            dev.backcheck.model.Reads frame = dev.backcheck.model.Reads.open(meta.id() + "@" + f.path());
            try {
                project.hasFile(f.path()); // the file checked is read (handed over, not asked for)
                rule.checkFile(project, f, new RuleContext(meta, level, options, sink));
            } catch (RuntimeException | StackOverflowError e) {
                return null;
            } finally {
                frame.close();
            }
            sink.removeIf(x -> x.location() != null && x.location().path() != null
                    && project.file(x.location().path()) != null && !meta.handles(project.file(x.location().path()).language()));
            store.putFile(meta.id(), f.path(), frame, sink);
            out.addAll(sink);
        }
        return out;
    }

    /** BACKCHECK_READS set: each first-pass rule's read set (or why it is the whole tree) is printed on standard error. */
    static final boolean READS_REPORT = System.getenv("BACKCHECK_READS") != null;

    private static void readsReport(Project project, List<RuleMeta> rules, Map<String, RuleRun> runs, RuleStore store) {
        int whole = 0;
        for (RuleMeta meta : rules) {
            RuleRun r = runs.get(meta.id());
            if (r.reused) {
                System.err.println("reads: " + meta.id() + " reused");
                continue;
            }
            if (r.reads == null) continue;
            if (r.reads.all()) {
                whole++;
                System.err.println("reads: " + meta.id() + " whole tree: " + String.join("; ", r.reads.causes()));
            } else {
                SortedSet<String> closure = store == null ? null : store.closure(r.reads.paths());
                System.err.println("reads: " + meta.id() + " " + r.reads.paths().size() + " files"
                        + (store == null ? "" : closure == null ? ", closure not trusted" : ", " + closure.size() + " with the import closure"));
            }
        }
        System.err.println("reads: " + whole + " of " + rules.size() + " first-pass rules read the whole tree");
        project.derivedReads().forEach((name, reads) -> System.err.println("reads: concept " + name + (reads.all()
                ? " whole tree: " + String.join("; ", reads.causes()) : " " + reads.paths().size() + " files")));
    }

    /** Rule threads: daemon, with the default stack size of the calling thread's kind (same recursion limits). */
    private static final class RuleThreads implements ThreadFactory {
        private final java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(null, r, "backcheck-rules-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }

    /**
     * The order the first pass hands its rules out in: as given, or (tests only) shuffled with the seed in the system
     * property backcheck.test.ruleOrderSeed, so a test can make the rules ask the shared concepts and memos in other
     * orders than the threads happen to. The findings are merged in rule-id order either way and must not change.
     */
    static List<RuleMeta> askOrder(List<RuleMeta> rules) {
        String seed = System.getProperty("backcheck.test.ruleOrderSeed");
        if (seed == null || !seed.matches("-?\\d{1,18}")) return rules;
        List<RuleMeta> out = new ArrayList<>(rules);
        java.util.Collections.shuffle(out, new java.util.Random(Long.parseLong(seed)));
        return out;
    }

    /**
     * The first pass's rules in the order the rule threads take them: one rule of each family in turn (the first of
     * every family, then the second of every family, ...), each family's rules and the families in id order. The rules
     * of a family mostly ask the same concept (the config rules EnvValidation, the injection rules the taint engine):
     * taken one after another, the second thread waited idle while the first computed it; interleaved, the threads
     * compute different families' concepts side by side. Only the order of work changes: findings are merged in rule-id
     * order whatever ran when.
     */
    static List<RuleMeta> interleaved(List<RuleMeta> rules) {
        Map<String, java.util.ArrayDeque<RuleMeta>> byFamily = new TreeMap<>();
        for (RuleMeta m : rules) byFamily.computeIfAbsent(family(m.id()), k -> new java.util.ArrayDeque<>()).add(m);
        List<RuleMeta> out = new ArrayList<>(rules.size());
        while (out.size() < rules.size()) {
            for (java.util.ArrayDeque<RuleMeta> q : byFamily.values()) if (!q.isEmpty()) out.add(q.poll());
        }
        return out;
    }

    /** A rule's family: the part of its id before the slash ("injection" of injection/command). */
    private static String family(String id) {
        int slash = id.indexOf('/');
        return slash < 0 ? id : id.substring(0, slash);
    }

    /** The rule's implementation, created once per scan; null (with an internal error) when it cannot be. */
    private Rule instantiate(RuleMeta meta, Map<String, Rule> instances, List<Notification> notes, List<String> internal,
                             List<Throwable> causes) {
        Rule r = instances.get(meta.id());
        if (r != null) return r;
        try {
            r = catalog.instantiate(meta.id());
        } catch (RuntimeException e) {
            internal.add("rule " + meta.id() + " failed: " + e);
            causes.add(e);
            if (System.getenv("BACKCHECK_DEBUG") != null) {
                System.err.println("rule " + meta.id() + " failed:");
                e.printStackTrace();
            }
            notes.add(new Notification(Level.ERROR, "internal-error", null, 0, 0, "rule " + meta.id() + " could not be loaded: " + e));
            return null;
        }
        instances.put(meta.id(), r);
        return r;
    }

    /** Runs one rule with the user's level and options; a crash keeps what it found and becomes a notification. */
    private static List<Finding> runRule(RuleMeta meta, Rule rule, Project project, dev.backcheck.rules.PriorFindings prior,
                                         Map<String, Level> levels, Map<String, Map<String, Object>> ruleOptions,
                                         List<Notification> notes, List<String> internal, List<Throwable> causes) {
        Level level = levels.getOrDefault(meta.id(), meta.defaultLevel());
        List<Finding> sink = new ArrayList<>();
        RuleContext ctx = new RuleContext(meta, level, ruleOptions.getOrDefault(meta.id(), Map.of()), sink);
        try {
            if (prior != null && rule instanceof dev.backcheck.rules.PostRule post) post.check(project, ctx, prior);
            else rule.check(project, ctx);
            sink.removeIf(f -> f.location() != null && f.location().path() != null
                    && project.file(f.location().path()) != null && !meta.handles(project.file(f.location().path()).language()));
        } catch (RuntimeException | StackOverflowError e) {
            internal.add("rule " + meta.id() + " failed: " + e);
            causes.add(e);
            if (System.getenv("BACKCHECK_DEBUG") != null) {
                System.err.println("rule " + meta.id() + " failed:");
                e.printStackTrace();
            }
            notes.add(new Notification(Level.ERROR, "internal-error", null, 0, 0,
                    "rule " + meta.id() + " failed and its results may be incomplete: " + e));
        }
        return sink;
    }

    /** The decoded text of a scanned file, or null. */
    private static String reread(java.nio.file.Path root, String rel) {
        try {
            java.nio.file.Path f = root.resolve(rel).normalize();
            if (!f.startsWith(root)) return null;
            return TextReader.decode(Files.readAllBytes(f)).text();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private Config loadConfig(ScanOptions opts) {
        java.nio.file.Path file = opts.config();
        if (file == null) file = ConfigLoader.discover(opts.root());
        if (file == null) return Config.EMPTY;
        java.nio.file.Path abs = file.toAbsolutePath().normalize();
        java.nio.file.Path root = opts.root().toAbsolutePath().normalize();
        String shown = abs.startsWith(root) ? root.relativize(abs).toString().replace('\\', '/') : file.toString();
        return ConfigLoader.load(file, shown, catalog);
    }

    private static org.eclipse.jgit.ignore.IgnoreNode globs(List<String> patterns) {
        if (patterns.isEmpty()) return null;
        org.eclipse.jgit.ignore.IgnoreNode n = new org.eclipse.jgit.ignore.IgnoreNode();
        try {
            n.parse(new java.io.ByteArrayInputStream(String.join("\n", patterns).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return n;
    }

    /** True when {@code path} or one of its parent directories matches one of the globs. */
    private static boolean matches(org.eclipse.jgit.ignore.IgnoreNode globs, String path) {
        if (globs.isIgnored(path, false) == org.eclipse.jgit.ignore.IgnoreNode.MatchResult.IGNORED) return true;
        for (int i = path.indexOf('/'); i > 0; i = path.indexOf('/', i + 1)) {
            if (globs.isIgnored(path.substring(0, i), true) == org.eclipse.jgit.ignore.IgnoreNode.MatchResult.IGNORED) return true;
        }
        return false;
    }

    /**
     * Applies inline suppressions, then reports the directives that matched nothing as
     * meta/unused-suppression (when that rule runs).
     */
    private List<Finding> suppress(List<Finding> findings, Map<String, FileFacts> facts, Map<String, String> sources,
                                   Map<String, String> texts, List<RuleMeta> ran, Map<String, Level> levels,
                                   Map<String, Map<String, Object>> ruleOptions) {
        Suppressions sup = Suppressions.collect(facts, sources, texts);
        if (sup.isEmpty()) return findings;
        List<Finding> out = new ArrayList<>();
        for (Finding f : findings) out.add(sup.apply(f));
        RuleMeta meta = ran.stream().filter(m -> m.id().equals(Suppressions.UNUSED_RULE)).findFirst().orElse(null);
        if (meta == null) return out;
        Set<String> ranIds = new HashSet<>();
        ran.forEach(m -> ranIds.add(m.id()));
        List<Finding> sink = new ArrayList<>();
        RuleContext ctx = new RuleContext(meta, levels.getOrDefault(meta.id(), meta.defaultLevel()),
                ruleOptions.getOrDefault(meta.id(), Map.of()), sink);
        dev.backcheck.rules.meta.UnusedSuppressionRule.report(sup.unused(ranIds, catalog.all().keySet()), ctx);
        for (Finding f : sink) out.add(sup.apply(f));
        return out;
    }

    private static List<Finding> dedupe(List<Finding> in) {
        Map<String, Finding> seen = new LinkedHashMap<>();
        for (Finding f : in) {
            String k = f.ruleId() + "\u0000" + f.location() + "\u0000" + f.message();
            seen.putIfAbsent(k, f);
        }
        return new ArrayList<>(seen.values());
    }

    /** Reads and decodes a file; null (with a notification) when it cannot be used. Never throws. */
    static String read(SourceFile f, long maxFileSize, List<Notification> notes) {
        byte[] bytes = readBytes(f, maxFileSize, notes);
        return bytes == null ? null : decode(f, bytes, notes);
    }

    /** The file's bytes; null (with a notification) when it cannot be read or grew past the limit. Never throws. */
    static byte[] readBytes(SourceFile f, long maxFileSize, List<Notification> notes) {
        byte[] bytes;
        try {
            bytes = readBounded(f.file(), maxFileSize);
        } catch (IOException | SecurityException e) {
            notes.add(Notification.file(Level.WARNING, "unreadable-file", f.path(),
                    "file could not be read (" + e.getClass().getSimpleName() + "); skipped"));
            return null;
        }
        if (bytes.length > maxFileSize) {
            notes.add(Notification.file(Level.WARNING, "file-too-large", f.path(),
                    "file grew past the " + maxFileSize + "-byte limit since the scan started; skipped"));
            return null;
        }
        return bytes;
    }

    /** The decoded text; null (with a notification) for binary content. */
    static String decode(SourceFile f, byte[] bytes, List<Notification> notes) {
        TextReader.Result r = TextReader.decode(bytes);
        if (r.text() == null) {
            notes.add(Notification.file(Level.WARNING, "binary-file", f.path(), r.problem()));
            return null;
        }
        if (r.warning() != null) notes.add(Notification.file(Level.NOTE, "encoding", f.path(), r.warning()));
        return r.text();
    }

    /** What a parse worker returns for one file: its facts (or null) and notifications. */
    private record Parsed(FileFacts facts, List<Notification> notes, String directivesText) { }

    private Map<String, FileFacts> parseAll(Map<String, SourceFile> sources, ScanOptions opts, List<Notification> notes,
                                            List<String> internal, Map<String, String> withDirectives, ScanStats.WorkerTimes times,
                                            FactsCache cache, Map<String, String> sourceHashes,
                                            dev.backcheck.workspace.TestPaths tests, Map<String, SourceLines.Kept> sourceTexts) {
        Map<String, FileFacts> out = new TreeMap<>();
        if (sources.isEmpty()) return out;
        int jobs = Math.max(1, opts.jobs());
        ThreadPoolExecutor pool = new ThreadPoolExecutor(jobs, jobs, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                new ParseThreads());
        ThreadLocal<FrontEnds.PerThread> parsers = ThreadLocal.withInitial(FrontEnds.PerThread::new);
        // Workers publish each finished task here; the calling thread drains it and, between
        // drains, checks only the tasks that are running (not every queued one) against the budget.
        BlockingQueue<Task> done = new LinkedBlockingQueue<>();
        Set<Task> running = ConcurrentHashMap.newKeySet();
        int remaining = 0;
        for (Map.Entry<String, SourceFile> e : sources.entrySet()) {
            Task t = new Task(e.getKey());
            remaining++;
            t.future = pool.submit(() -> {
                t.started = System.nanoTime();
                t.thread = Thread.currentThread().getId();
                t.cpuStarted = threadCpu(t.thread);
                running.add(t);
                Object r;
                try {
                    r = work(e.getKey(), e.getValue(), opts, parsers.get(), times, cache, sourceHashes, sourceTexts);
                } catch (RuntimeException | StackOverflowError err) {
                    r = err;
                } finally {
                    running.remove(t);
                }
                if (r instanceof Parsed p && p.facts() != null) warm(e.getKey(), p.facts(), tests);
                t.result = r;
                done.add(t);
                return r;
            });
        }
        long budget = opts.fileTimeout().toNanos();
        long stall = hooks.stallBudget(opts.fileTimeout()).toNanos();
        try {
            while (remaining > 0) {
                Task t = done.poll(50, TimeUnit.MILLISECONDS);
                while (t != null) {
                    if (t.settled.compareAndSet(false, true)) {
                        remaining--;
                        collect(t.path, t.result, out, notes, withDirectives);
                    }
                    t = done.poll();
                }
                long now = System.nanoTime();
                for (Task r : running) {
                    if (overBudget(r, now, budget, stall) && r.settled.compareAndSet(false, true)) {
                        remaining--;
                        Future<Object> f = r.future;
                        if (f != null) f.cancel(true);
                        notes.add(Notification.file(Level.WARNING, "timeout", r.path,
                                "analysis took longer than " + opts.fileTimeout().toSeconds() + " s of CPU time (per-file budget), or stalled; skipped"));
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

    /**
     * Per-file answers the model asks of every file, computed here on the parse threads instead of one by one on the
     * model's thread: the file's functions ({@link dev.backcheck.model.Analysis#functions}, memoised per facts) and
     * whether it is test code ({@code tests} memoises its answers). Answers only: what fails here fails again where
     * it is asked, as it would have.
     */
    private static void warm(String path, FileFacts facts, dev.backcheck.workspace.TestPaths tests) {
        try {
            dev.backcheck.model.Analysis.functions(facts);
            tests.test(path);
        } catch (RuntimeException | StackOverflowError e) {
            // asked again by the model
        }
    }

    /**
     * True when task {@code r} used more than {@code budget} ns of its thread's CPU time, or was running for
     * {@code stall} ns of wall time (blocked); wall time against {@code budget} when thread CPU time is unknown.
     */
    private static boolean overBudget(Task r, long now, long budget, long stall) {
        long wall = now - r.started;
        if (wall <= budget) return false; // CPU time never exceeds the wall time of a single thread
        if (wall > stall) return true;
        long c0 = r.cpuStarted, c1 = c0 < 0 ? -1 : threadCpu(r.thread);
        if (c0 < 0 || c1 < 0) return true;
        return c1 - c0 > budget;
    }

    /** One file on a parse worker: read, decode, parse, extract. */
    private Object work(String path, SourceFile file, ScanOptions opts, FrontEnds.PerThread frontEnds, ScanStats.WorkerTimes times, FactsCache cache,
                        Map<String, String> sourceHashes, Map<String, SourceLines.Kept> sourceTexts) {
        FrontEnd parser = frontEnds.forPath(path);
        if (parser == null) parser = frontEnds.forLanguage("ts"); // an extension-less entry the workspace chose as a script
        hooks.beforeParse(path);
        List<Notification> readNotes = new ArrayList<>();
        long w0 = System.nanoTime(), c0 = ScanStats.Clock.threadCpu();
        byte[] bytes = readBytes(file, opts.maxFileSize(), readNotes);
        String text = bytes == null ? null : decode(file, bytes, readNotes);
        times.readWall.add(System.nanoTime() - w0);
        times.readCpu.add(ScanStats.Clock.threadCpu() - c0);
        if (text == null) return new Parsed(null, readNotes, null);
        if (dev.backcheck.workspace.Minified.skip(path, text)) {
            // a vendor bundle or a saved web page's scripts: nobody wrote it as the server's source, and parsing it costs
            // more than the rest of a scan
            readNotes.add(Notification.file(Level.NOTE, "minified-file", path, "minified or bundled JavaScript (most of it on lines"
                    + " of 1,000+ characters packed with statements); skipped"));
            return new Parsed(null, readNotes, null);
        }
        SourceLines.Kept kept = SourceLines.kept(file.file(), text, bytes.length);
        if (kept != null) sourceTexts.put(path, kept);
        String keep = text.contains("backcheck-ignore") ? text : null;
        String key = null;
        if (cache != null) {
            long w1 = System.nanoTime(), c1 = ScanStats.Clock.threadCpu();
            key = FactsCache.key(parser.language(), path, bytes);
            sourceHashes.put(path, key);
            FileFacts hit = cache.get(key, path);
            times.cacheWall.add(System.nanoTime() - w1);
            times.cacheCpu.add(ScanStats.Clock.threadCpu() - c1);
            if (hit != null) return new Parsed(hit, readNotes, keep);
        }
        try {
            FileFacts facts = parser.parse(path, text);
            if (cache != null) {
                long w2 = System.nanoTime(), c2 = ScanStats.Clock.threadCpu();
                cache.put(key, facts);
                times.cacheWall.add(System.nanoTime() - w2);
                times.cacheCpu.add(ScanStats.Clock.threadCpu() - c2);
            }
            return new Parsed(facts, readNotes, keep);
        } catch (ParseError pe) {
            readNotes.add(new Notification(Level.WARNING, pe.id, path, pe.line, pe.column, pe.getMessage()));
            return new Parsed(null, readNotes, keep);
        } finally {
            long[] t = parser.lastTimes();
            times.parseWall.add(t[0]);
            times.parseCpu.add(t[1]);
            times.extractWall.add(t[2]);
            times.extractCpu.add(t[3]);
        }
    }

    /** One file's parse: written by its worker, settled exactly once (finished or timed out) by the caller. */
    private static final class Task {
        final String path;
        final java.util.concurrent.atomic.AtomicBoolean settled = new java.util.concurrent.atomic.AtomicBoolean();
        volatile long started;
        /** The worker thread's id and its CPU time (ns, -1 unknown) when the task started. */
        volatile long thread, cpuStarted = -1;
        volatile Object result;
        volatile Future<Object> future;

        Task(String path) {
            this.path = path;
        }
    }

    private static void collect(String path, Object r, Map<String, FileFacts> out, List<Notification> notes,
                                Map<String, String> withDirectives) {
        if (r instanceof Parsed p) {
            if (p.facts() != null) out.put(path, p.facts());
            if (p.directivesText() != null) withDirectives.put(path, p.directivesText());
            notes.addAll(p.notes());
        } else if (r instanceof StackOverflowError) {
            notes.add(Notification.file(Level.WARNING, "too-deep", path, "nesting too deep to analyse; skipped"));
        } else if (r instanceof Throwable t) {
            notes.add(Notification.file(Level.WARNING, "analysis-error", path,
                    "could not be analysed (" + t.getClass().getSimpleName() + ": " + t.getMessage() + "); skipped"));
        }
    }
}
