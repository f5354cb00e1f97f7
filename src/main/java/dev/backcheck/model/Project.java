package dev.backcheck.model;

import dev.backcheck.lang.facts.*;
import dev.backcheck.lang.facts.Val.*;
import dev.backcheck.lang.ModuleResolver;
import dev.backcheck.workspace.Manifest;

import java.nio.file.Path;
import java.util.*;

/**
 * Everything known about the scanned tree after the per-file pass: the facts of every source
 * file, the manifests and stack, and the applications the framework models built. Offers
 * cross-file resolution of values ({@link #resolve}) and their canonical names ({@link #qname}).
 */
public final class Project {
    private static final int MAX_RESOLVE_DEPTH = 16;

    private final Path root;
    private final SortedMap<String, FileFacts> files;
    private final List<Manifest> manifests;
    private final Stack stack;
    private final SortedMap<String, String> texts;
    private final List<Application> applications = new ArrayList<>();
    private boolean claimsEnabled = true;
    private SortedMap<String, String> claimFiles = Collections.emptySortedMap();
    private ProjectConfig config = ProjectConfig.EMPTY;

    public Project(Path root, Map<String, FileFacts> files, List<? extends Manifest> manifests, Map<String, String> texts) {
        this.root = root;
        this.diskListing = new dev.backcheck.workspace.DiskListing.Shared(root);
        this.files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
        this.byPath = new java.util.HashMap<>(this.files);
        IdentityHashMap<FileFacts, FileMemos> fm = new IdentityHashMap<>(this.files.size() * 2);
        for (FileFacts f : this.files.values()) fm.put(f, new FileMemos());
        this.fileMemos = fm;
        this.manifests = List.copyOf(manifests);
        this.stack = Stack.detect(manifests);
        this.texts = Collections.unmodifiableSortedMap(new TreeMap<>(texts));
    }

    public Path root() {
        return root;
    }

    private final dev.backcheck.workspace.DiskListing.Shared diskListing;

    /** The scan's one listing of the files on disk beyond the walk (see {@link dev.backcheck.workspace.DiskListing.Shared}). */
    public dev.backcheck.workspace.DiskListing.Shared diskListing() {
        return diskListing;
    }

    /** Every source file's facts, by path (for the read tracker, {@link Reads}: an ask of every file). */
    public SortedMap<String, FileFacts> files() {
        Reads.whole("files()");
        return files;
    }

    /** The facts of the source file {@code path}, or null (for the read tracker, {@link Reads}: a read of that file). */
    public FileFacts file(String path) {
        Reads.path(path);
        return byPath.get(Objects.requireNonNull(path)); // as the sorted map did: a null path is an error
    }

    /** True when {@code path} is a source file of the project (a read of that file for {@link Reads}, as {@link #file}). */
    public boolean hasFile(String path) {
        return file(path) != null;
    }

    /**
     * Derived values that are complete when computed (nothing fills them later), so an ask reads only what their
     * computation read; every other derived value counts as reading the whole tree for {@link Reads}.
     */
    private static final Set<Class<?>> NARROW = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** Declares the derived value {@code type} narrow for the read tracker (see {@link #NARROW}); its owner's promise. */
    public static void narrow(Class<?> type) {
        NARROW.add(type);
    }

    /** The files by path for lookups (hashing, not a tree walk of long shared path prefixes per resolution step). */
    private final Map<String, FileFacts> byPath;

    /** Every build manifest of the tree (package.json, pom.xml, build.gradle...), by path. */
    public List<Manifest> manifests() {
        return manifests;
    }

    public Stack stack() {
        return stack;
    }

    /** Non-source text files kept for project rules (markdown, .env*, prisma schema, ...), by path. */
    public SortedMap<String, String> texts() {
        return texts;
    }

    private SortedSet<String> otherLanguageFiles = Collections.emptySortedSet();

    /**
     * The paths of the walk's files in languages the model does not read (Python sources, the build files of Python, Go,
     * Ruby, Rust, PHP services: {@link dev.backcheck.workspace.Workspace#otherLanguageFiles}); their text is read on demand.
     */
    public SortedSet<String> otherLanguageFiles() {
        return otherLanguageFiles;
    }

    public void setOtherLanguageFiles(Collection<String> paths) {
        this.otherLanguageFiles = Collections.unmodifiableSortedSet(new TreeSet<>(paths));
    }

    /** Agent reports named explicitly (--claims FILE), by display path; and whether claims are checked at all. */
    public void setClaims(boolean enabled, Map<String, String> files) {
        this.claimsEnabled = enabled;
        this.claimFiles = Collections.unmodifiableSortedMap(new TreeMap<>(files));
    }

    public boolean claimsEnabled() {
        return claimsEnabled;
    }

    public SortedMap<String, String> claimFiles() {
        return claimFiles;
    }

    /** Declared controls and public routes from {@code .backcheck.yml} (empty when there is none). */
    public ProjectConfig config() {
        return config;
    }

    public void setConfig(ProjectConfig c) {
        this.config = c == null ? ProjectConfig.EMPTY : c;
    }

    /**
     * The control {@code .backcheck.yml} declares {@code v} (a middleware, guard or decorator expression
     * written in {@code in}) to be, or null. Framework models ask this before classifying on their own.
     */
    public DeclaredControls.Match declaredControl(Val v, FileFacts in) {
        return config.controls().match(v, in, this);
    }

    private dev.backcheck.workspace.TestPaths testPaths = dev.backcheck.workspace.TestPaths.of(null);

    /** What counts as test and tooling code ({@code .backcheck.yml} {@code tests:}, else the default list). */
    public void setTestPaths(dev.backcheck.workspace.TestPaths t) {
        this.testPaths = t == null ? dev.backcheck.workspace.TestPaths.of(null) : t;
    }

    /**
     * True when {@code path} (relative to the root) is test or tooling code: its facts serve
     * resolution, but an application created there is not the application.
     */
    public boolean isTestPath(String path) {
        return testPaths.test(path);
    }

    /** True when {@code .backcheck.yml} gives its own {@code tests:} list (then that list alone says what test code is). */
    public boolean customTestPaths() {
        // (the default list itself: making a TestPaths parses its globs, and this is asked per script file)
        return !testPaths.globs().equals(dev.backcheck.workspace.TestPaths.DEFAULT);
    }

    /** Per key, the one computation of its value: threads asking at once wait for the first one instead of computing again. */
    private final java.util.concurrent.ConcurrentHashMap<Class<?>, Slot> derived = new java.util.concurrent.ConcurrentHashMap<>();
    /** What each thread waits for in {@link #derived}, to see a wait that would close a cycle (then it computes itself). */
    private final java.util.concurrent.ConcurrentHashMap<Thread, Slot> waiting = new java.util.concurrent.ConcurrentHashMap<>();

    /** One derived value: computed by {@code owner}; {@code value} set (or {@code failure}) once {@code done} counts down. */
    private static final class Slot {
        final Thread owner = Thread.currentThread();
        final java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
        volatile Object value;
        volatile Throwable failure;
        /** What the computation read ({@link Reads}), set before {@code done} counts down. */
        volatile Reads reads;
    }

    /**
     * A value computed once from this project (the shared Analysis, the claim verdicts, each concept), kept with
     * it so it lives exactly as long as the project. Safe from several threads: each key is computed once, by the
     * first thread that asks; the others wait for that value (not for unrelated keys). A computation that fails is
     * not kept: the next caller computes again, as before.
     */
    @SuppressWarnings("unchecked")
    public <T> T derived(Class<T> type, java.util.function.Function<Project, T> make) {
        Set<Class<?>> early = EARLY.get();
        if (early == null) return derived0(type, make);
        if (early != ANY_DERIVED && !early.contains(type)) throw NotYet.INSTANCE;
        T v = derived0(type, make);
        // one the model's thread computed from no applications (marked before its computation ended): dropped once
        // the model is complete, so what is made from it is not kept either; and one no longer kept (dropped meanwhile,
        // before the marks were cleared, or a value computed again in a cycle, which is never kept)
        Slot kept = derived.get(type);
        if (sawNoModel.contains(type) || kept == null || kept.value != v) throw NotYet.INSTANCE;
        return v;
    }

    @SuppressWarnings("unchecked")
    private <T> T derived0(Class<T> type, java.util.function.Function<Project, T> make) {
        while (true) {
            Slot s = derived.get(type);
            if (s != null && s.done.getCount() == 0) {
                if (s.failure == null) {
                    if (Reads.tracking()) Reads.asked(type.getSimpleName(), s.reads, !NARROW.contains(type));
                    return (T) s.value;
                }
                derived.remove(type, s);
                continue;
            }
            if (s == null) {
                Slot mine = new Slot();
                s = derived.putIfAbsent(type, mine);
                if (s == null) return (T) compute(type, make, mine);
            }
            // being computed: by this thread (a re-entrant ask, computed again as before) or by a thread that
            // (transitively) waits for this one: computing here too is the only way on
            if (s.owner == Thread.currentThread() || closesCycle(s)) return again(type, make);
            waiting.put(Thread.currentThread(), s);
            try {
                // a wait can also close a cycle later, through a lock: the owner blocked on a monitor this thread holds
                while (!s.done.await(50, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                    if (closesCycle(s)) return again(type, make);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + type.getSimpleName(), e);
            } finally {
                waiting.remove(Thread.currentThread());
            }
        }
    }

    private Object compute(Class<?> type, java.util.function.Function<Project, ?> make, Slot mine) {
        java.util.ArrayDeque<Class<?>> stack = COMPUTING.get();
        stack.push(type);
        Reads frame = Reads.open(type.getSimpleName());
        try {
            Object v = make.apply(this);
            mine.value = v;
            return v;
        } catch (RuntimeException | Error e) {
            mine.failure = e;
            derived.remove(type, mine);
            throw e;
        } finally {
            stack.pop();
            frame.close();
            mine.reads = frame;
            if (Reads.tracking() && !NARROW.contains(type)) Reads.asked(type.getSimpleName(), null, true);
            mine.done.countDown();
        }
    }

    /** What each derived value computed so far read (its computation's {@link Reads}), by simple class name (the report). */
    public SortedMap<String, Reads> derivedReads() {
        SortedMap<String, Reads> out = new TreeMap<>();
        derived.forEach((type, slot) -> {
            if (slot.done.getCount() == 0 && slot.failure == null && slot.reads != null) out.put(type.getSimpleName(), slot.reads);
        });
        return out;
    }

    /** A derived value computed again on this thread (a re-entrant ask, or one that would close a cycle): never kept. */
    private <T> T again(Class<T> type, java.util.function.Function<Project, T> make) {
        if (Reads.tracking()) Reads.asked(type.getSimpleName(), null, !NARROW.contains(type));
        return make.apply(this);
    }

    /** True when the owner of {@code s} waits, through other owners, for a value this thread is computing. */
    private boolean closesCycle(Slot s) {
        long me = Thread.currentThread().getId();
        Thread t = s.owner;
        for (int hops = 0; t != null && hops < 64; hops++) {
            if (t.getId() == me) return true;
            Slot next = waiting.get(t);
            if (next != null) {
                t = next.owner;
                continue;
            }
            // blocked on a monitor or lock: follow its holder
            java.lang.management.ThreadInfo info = java.lang.management.ManagementFactory.getThreadMXBean().getThreadInfo(t.getId());
            if (info == null || info.getLockOwnerId() < 0) return false;
            if (info.getLockOwnerId() == me) return true;
            t = threadById(info.getLockOwnerId());
        }
        return false;
    }

    private Thread threadById(long id) {
        for (Slot sl : waiting.values()) if (sl.owner.getId() == id) return sl.owner;
        for (Slot sl : derived.values()) if (sl.owner.getId() == id) return sl.owner;
        return null;
    }

    // ------------------------------------------------------------------ derived values computed early

    /**
     * On a thread running {@link #computeEarly}: the derived values it may ask for (those it computes early, and values
     * that read no application, such as the call index); null on every other thread.
     */
    private static final ThreadLocal<Set<Class<?>>> EARLY = new ThreadLocal<>();

    /**
     * Thrown on a {@link #computeEarly} thread when the value being computed asks for what it may not see before the
     * model is complete (the applications, or a derived value outside its set, which may have been computed from no
     * applications): the value is dropped (its slot fails and is removed) and computed again when a rule asks.
     * An Error, so the concepts' own {@code catch (RuntimeException ...)} never take it for a failure of theirs.
     */
    public static final class NotYet extends Error {
        static final NotYet INSTANCE = new NotYet();

        private NotYet() {
            super("not before the model is complete", null, false, false);
        }
    }

    /**
     * True on a {@link #computeEarly} thread: what it may not do (the lookup-key walks, whose memos keep placeholders;
     * a registry the framework models fill as they run) throws {@link NotYet}.
     */
    public static void refuseEarly() {
        if (EARLY.get() != null) throw NotYet.INSTANCE;
    }

    /**
     * {@link #computeEarly}'s {@code allowed} for asks that may compute any derived value: each is still dropped
     * ({@link NotYet}) when it reads what the model is still building (the applications, the notes, a registry the
     * models fill) or a value computed from no applications, so what it keeps is what a rule thread would compute.
     */
    public static final Set<Class<?>> ANY_DERIVED = java.util.Collections.unmodifiableSet(new java.util.HashSet<>());

    /**
     * On a {@link #computeEarly} thread of {@link #ANY_DERIVED} nothing; on another one (its own closed set of values)
     * throws {@link NotYet}: {@link Analysis#summary} reads the concepts it needs as it goes.
     */
    public static void refuseEarlyNarrow() {
        Set<Class<?>> early = EARLY.get();
        if (early != null && early != ANY_DERIVED) throw NotYet.INSTANCE;
    }

    /**
     * Computes derived values that read no application on the calling thread while the framework models are still being
     * built (on the main thread), so their work overlaps the model's single-threaded stretches instead of the rule phase.
     * {@code asks} run in order, each asking for one derived value (e.g. {@code () -> TlsSettings.of(project)}); each may
     * ask only for the derived values in {@code allowed}, never for the applications nor for an {@link Analysis} summary:
     * one that does is dropped ({@link NotYet}) and computed again, as before, by the rule that asks. What is kept was
     * computed from the facts, texts and resolution alone, as a rule thread would have, so the findings do not change.
     * Stops before the next ask once the model is complete (the rules ask for the rest themselves).
     */
    public void computeEarly(Set<Class<?>> allowed, List<Runnable> asks) {
        EARLY.set(allowed == ANY_DERIVED ? ANY_DERIVED : Set.copyOf(allowed));
        try {
            for (Runnable ask : asks) {
                if (modelled) return;
                try {
                    ask.run();
                } catch (NotYet | RuntimeException | StackOverflowError e) {
                    // dropped: computed again by whoever asks after the model, who meets any failure itself
                }
            }
        } finally {
            EARLY.remove();
        }
    }

    /** The derived values being computed on this thread, innermost first. */
    private static final ThreadLocal<java.util.ArrayDeque<Class<?>>> COMPUTING = ThreadLocal.withInitial(java.util.ArrayDeque::new);
    /** Derived values computed from the applications before the model was built (they saw none): dropped once it is. */
    private final Set<Class<?>> sawNoModel = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private volatile boolean modelled;

    /** True once the framework models' applications are added ({@link #addApplications}). */
    public boolean modelComplete() {
        return modelled;
    }

    /** The value {@link #derived} computed for {@code type}, or null when nothing asked for it yet (statistics). */
    public <T> T derivedIfPresent(Class<T> type) {
        Slot s = derived.get(type);
        return s == null || s.done.getCount() != 0 || s.failure != null ? null : type.cast(s.value);
    }

    /**
     * Something a framework model saw but could not follow: a registration whose path or router it
     * could not resolve, or a framework it does not model. Becomes a {@code model/not-modelled}
     * notification, so a tree whose wiring was not followed never reads as safe.
     *
     * @param what   what was not followed, in the user's terms ("app.use(routes[i].path, ...)", "Koa application")
     * @param path   file (relative to the root)
     * @param line   1-based line, 0 when unknown
     * @param column 1-based column, 0 when unknown
     * @param registration true for a route or mount registration the model could not follow (counted in the
     *                     "registrations not followed" summary), false for a whole unmodelled framework or app
     */
    /**
     * Something a framework model saw but did not list as routes.
     *
     * @param registration a registration the model could not follow (the routes behind it are missing)
     * @param aside        what else it is: a middleware the model could not resolve ({@link Classifier#unresolved}; its
     *                     routes are listed, with it shown as unresolved in their AUTH column), or a route left out because
     *                     an earlier one always answers first; NONE for an unmodelled server or file
     */
    public record NotModelled(String what, String path, int line, int column, boolean registration, Aside aside) {
        public NotModelled(String what, String path, int line, int column, boolean registration) {
            this(what, path, line, column, registration, Aside.NONE);
        }

        public boolean middleware() {
            return aside == Aside.MIDDLEWARE;
        }

        public boolean shadowed() {
            return aside == Aside.SHADOWED;
        }

        /** A route registered only outside production ({@code if (process.env.NODE_ENV !== 'production') app.get(..)}). */
        public boolean devOnly() {
            return aside == Aside.DEV_ONLY;
        }

        /** A route the model saw and left out on purpose (shadowed, development only): no gap in the inventory. */
        public boolean routeAside() {
            return aside == Aside.SHADOWED || aside == Aside.DEV_ONLY;
        }
    }

    /** See {@link NotModelled#aside}. */
    public enum Aside { NONE, MIDDLEWARE, SHADOWED, DEV_ONLY }

    /** A middleware a model could not resolve, at its import (or where it is used): see {@link Classifier#unresolved}. */
    public void unresolvedMiddleware(String what, String path, int line, int column) {
        note(new NotModelled(what, path, line, column, false, Aside.MIDDLEWARE));
    }

    /** A route a model left out because an earlier route of the same method and path always answers first. */
    public void shadowedRoute(String what, String path, int line, int column) {
        note(new NotModelled(what, path, line, column, false, Aside.SHADOWED));
    }

    /**
     * A route registered only when the environment is not production ({@code if (process.env.NODE_ENV !== 'production')}):
     * listed apart, not part of the application the rules judge (production serves no such route).
     */
    public void devOnlyRoute(String what, String path, int line, int column) {
        note(new NotModelled(what, path, line, column, false, Aside.DEV_ONLY));
    }

    private void note(NotModelled n) {
        if (isTestPath(n.path())) return;
        synchronized (notModelled) {
            if (!notModelled.contains(n)) notModelled.add(n);
        }
    }

    private final List<NotModelled> notModelled = java.util.Collections.synchronizedList(new ArrayList<>());

    public void notModelled(String what, String path, int line, int column, boolean registration) {
        if (isTestPath(path)) return; // test code is not the application: what it wires is not reported either
        NotModelled n = new NotModelled(what, path, line, column, registration);
        synchronized (notModelled) {
            if (!notModelled.contains(n)) notModelled.add(n);
        }
    }

    /** Handlers of routes a model left out: an earlier route always answers first, or the app never serves them (see {@link #deadHandler}). */
    private final Set<Fn> shadowedHandlers = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private volatile Set<Fn> deadHandlers;

    /** A framework model left a route out because an earlier one of the same method and path always answers first. */
    public void shadowedHandler(Fn handler) {
        if (handler == null) return;
        synchronized (shadowedHandlers) {
            shadowedHandlers.add(handler);
        }
    }

    /**
     * A framework model saw {@code handler} declared as a route handler of a class or router its application never
     * serves (a NestJS controller no module of a fully followed module graph declares).
     */
    public void unservedHandler(Fn handler) {
        shadowedHandler(handler);
    }

    /**
     * True for a function the models found only as the handler of shadowed or unserved routes (never of a route that
     * runs): the request never reaches it, so flows from its request reads are not followed.
     */
    public boolean deadHandler(Fn fn) {
        if (fn == null) return false;
        Reads.whole("deadHandler");
        Set<Fn> dead = deadHandlers;
        if (dead == null) {
            synchronized (shadowedHandlers) {
                if (shadowedHandlers.isEmpty()) return false;
            }
            if (!modelled) return false;
            Set<Fn> d = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            synchronized (shadowedHandlers) {
                d.addAll(shadowedHandlers);
            }
            for (Application a : applications) for (Route r : a.routes()) if (r.handler() != null) d.remove(r.handler());
            deadHandlers = dead = d;
        }
        return dead.contains(fn);
    }

    /** Drops the notes {@code which} selects (those of an application left out after its model built it). */
    public void forgetNotes(java.util.function.Predicate<NotModelled> which) {
        synchronized (notModelled) {
            notModelled.removeIf(which);
        }
    }

    /** Everything the framework models reported as not followed, sorted by place. */
    public List<NotModelled> notModelled() {
        if (EARLY.get() != null) throw NotYet.INSTANCE; // still being written by the models
        Reads.whole("notModelled");
        synchronized (notModelled) {
            List<NotModelled> out = new ArrayList<>(notModelled);
            out.sort(Comparator.comparing(NotModelled::path).thenComparingInt(NotModelled::line)
                    .thenComparingInt(NotModelled::column).thenComparing(NotModelled::what));
            return out;
        }
    }

    public List<Application> applications() {
        // a concept asked while the framework models are still building (a route's handler summary reading the token
        // concept, which reads the env validation, which reads the servers) must not keep what it saw then
        if (EARLY.get() != null) throw NotYet.INSTANCE; // before anything is marked: the early value is dropped
        Reads.whole("applications");
        if (!modelled) sawNoModel.addAll(COMPUTING.get());
        return Collections.unmodifiableList(applications);
    }

    /**
     * Adds the applications the framework models built and marks the model complete: derived values that read the
     * applications before (and every derived value computed inside them) are dropped, to be computed again on demand.
     */
    public void addApplications(Collection<Application> apps) {
        applications.addAll(apps);
        synchronized (sawNoModel) { // the framework models run on one thread; nothing computes derived values meanwhile
            modelled = true;
            derived.keySet().removeAll(sawNoModel);
            sawNoModel.clear();
        }
    }

    // ------------------------------------------------------------------ per-file work on several threads

    private volatile int jobs = 1;

    /** Threads {@link #perFile} may use (the scan's --jobs); 1, the default, runs everything on the calling thread. */
    public void setJobs(int jobs) {
        this.jobs = Math.max(1, jobs);
    }

    /** The threads the scan may use (--jobs). */
    public int jobs() {
        return jobs;
    }

    /** Files per task of {@link #perFile}: small enough to balance two threads, large enough that handing out is cheap. */
    private static final int PER_FILE_CHUNK = 32;

    /**
     * {@code work} applied to every file, in {@link #files()} order: the answers in that order, whichever thread
     * computed them. On {@link #setJobs} threads (the calling one among them) when there are enough files, so
     * {@code work} must only read the project and its thread-safe memos (resolution, qualified names), never ask
     * for a {@link #derived} value the calling thread may be computing. A failure is rethrown as the calling
     * thread would have met it: the one of the first file (in order) that failed.
     */
    public <R> List<R> perFile(java.util.function.Function<FileFacts, R> work) {
        Reads.whole("perFile");
        List<FileFacts> all = new ArrayList<>(files.values());
        // a computeEarly thread keeps its per-file work to itself: it shares the cores with the model
        int threads = EARLY.get() != null ? 1 : Math.min(jobs, (all.size() + PER_FILE_CHUNK - 1) / PER_FILE_CHUNK);
        Object[] out = new Object[all.size()];
        if (threads <= 1) {
            for (int i = 0; i < all.size(); i++) out[i] = work.apply(all.get(i));
        } else {
            Throwable[] failed = new Throwable[all.size()];
            java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
            java.util.concurrent.atomic.AtomicInteger firstFailure = new java.util.concurrent.atomic.AtomicInteger(Integer.MAX_VALUE);
            Runnable worker = () -> {
                for (int start; (start = next.getAndAdd(PER_FILE_CHUNK)) < all.size(); ) {
                    for (int i = start; i < Math.min(all.size(), start + PER_FILE_CHUNK); i++) {
                        if (i > firstFailure.get()) return; // files after a failure are never looked at, as on one thread
                        try {
                            out[i] = work.apply(all.get(i));
                        } catch (Throwable t) {
                            failed[i] = t;
                            firstFailure.accumulateAndGet(i, Math::min);
                            return;
                        }
                    }
                }
            };
            List<Thread> helpers = new ArrayList<>();
            for (int t = 1; t < threads; t++) {
                Thread h = new Thread(null, worker, "backcheck-model-" + t);
                h.setDaemon(true);
                helpers.add(h);
                h.start();
            }
            worker.run();
            joinAll(helpers);
            int f = firstFailure.get();
            if (f != Integer.MAX_VALUE) {
                Throwable t = failed[f];
                if (t instanceof RuntimeException re) throw re;
                if (t instanceof Error er) throw er;
                throw new IllegalStateException(t);
            }
        }
        @SuppressWarnings("unchecked")
        List<R> result = (List<R>) java.util.Arrays.asList(out);
        return result;
    }

    /** True when any manifest declares {@code dep}. */
    public boolean dependsOn(String dep) {
        return manifests.stream().anyMatch(m -> m.has(dep));
    }

    // ------------------------------------------------------------------ module resolution

    private volatile ModuleResolver modules;

    /** How this tree's imports resolve, each file's with its language's resolver (TS: tsconfig paths, package imports/exports,
     * workspaces; Java: packages); built once. */
    public ModuleResolver modules() {
        ModuleResolver m = modules;
        if (m == null) {
            synchronized (this) {
                m = modules;
                if (m == null) {
                    m = dev.backcheck.lang.FrontEnds.resolver(files, texts);
                    modules = m;
                }
            }
        }
        return m;
    }

    /** The project file a module specifier imported from {@code fromPath} refers to, or null (npm package, unknown). */
    public String resolveModule(String fromPath, String spec) {
        return edge(fromPath, modules().resolve(fromPath, spec));
    }

    /** The project file that defines {@code export} of {@code module} imported from {@code fromPath} (a Java class of a package), or null. */
    public String resolveModule(String fromPath, String module, String export) {
        return edge(fromPath, modules().resolve(fromPath, module, export));
    }

    /**
     * Every module resolution the scan made, by importing file (asked on any thread): the import graph that the
     * memoised resolution answers ({@link #qname}, {@link #function}, ...) walked, whoever asked first. A read set
     * closed over it ({@link #resolvedFrom}) covers what a memo hit did not record ({@link Reads}).
     */
    private final java.util.concurrent.ConcurrentHashMap<String, Set<String>> edges = new java.util.concurrent.ConcurrentHashMap<>();

    private String edge(String from, String target) {
        if (target != null && from != null) {
            Set<String> to = edges.get(from);
            if (to == null) to = edges.computeIfAbsent(from, k -> java.util.concurrent.ConcurrentHashMap.newKeySet());
            if (!to.contains(target)) to.add(target);
        }
        return target;
    }

    /** The files module resolution reached from {@code path} in this scan so far (see {@link #edges}). */
    public Set<String> resolvedFrom(String path) {
        Set<String> to = edges.get(path);
        return to == null ? Set.of() : Collections.unmodifiableSet(to);
    }


    // ------------------------------------------------------------------ value resolution

    /** A value together with the file its Locals belong to. */
    public record Resolved(Val val, FileFacts file) { }

    /** Follows same-file bindings and project imports until the value is no longer a reference. */
    public Resolved resolve(Val v, FileFacts in) {
        return resolve(v, in, 0);
    }

    private Resolved resolve(Val v, FileFacts in, int depth) {
        if (depth > MAX_RESOLVE_DEPTH || v == null || in == null) return new Resolved(v, in);
        // require('./routes/auth') / await import('./plugin') written inline: the module, as if imported
        if (v instanceof Call c && c.callee() instanceof Global g && g.path().isEmpty()
                && (g.name().equals("require") || g.name().equals("import")) && c.args().size() == 1) {
            String spec = Val.constString(c.args().get(0));
            if (spec != null && resolveModule(in.path(), spec) != null) return resolve(new Ref(spec, "*", List.of()), in, depth + 1);
        }
        // fn.bind(thisArg, ...): the same function (const pauth = passport.authenticate.bind(passport))
        if (v instanceof Call c && !c.args().isEmpty() && "bind".equals(Vals.lastName(c.callee()))) {
            Val target = withoutLast(c.callee());
            if (target != null) {
                Resolved t = resolve(target, in, depth + 1);
                if (t.val() instanceof FnVal || t.val() instanceof Ref r && !r.path().isEmpty() || t.val() instanceof Param p && !p.path().isEmpty()) return t;
                // controller.list.bind(controller) of const controller = new Controller(service): the class's method
                if (t.val() instanceof Member tm) {
                    Resolved owner = resolve(tm.object(), t.file(), depth + 1);
                    if (owner.val() instanceof New n) {
                        ClassHit hit = classOf(n.callee(), owner.file());
                        Fn method = hit == null ? null : hit.info().method(tm.prop());
                        if (method != null) return new Resolved(new FnVal(method), hit.file());
                    }
                }
            }
        }
        // exports.responseStatus(res, 401, msg) (module.exports.x) inside the CommonJS module that assigns it: its own export
        if (v instanceof Global g && !g.path().isEmpty() && (g.name().equals("exports")
                || g.name().equals("module") && g.path().size() > 1 && g.path().get(0).equals("exports"))) {
            List<String> p = g.name().equals("exports") ? g.path() : g.path().subList(1, g.path().size());
            Resolved found = exportOf(in, p.get(0), 0);
            if (found != null && !(found.val() instanceof Global)) {
                Val ev = found.val();
                Resolved exp = ev instanceof Ref || ev instanceof Local ? resolve(ev, found.file(), depth + 1) : found;
                return resolve(applyPath(exp.val(), p.subList(1, p.size())), exp.file(), depth + 1);
            }
        }
        if (v instanceof Local l) {
            // a member of a module object (require('./user').update reached through another module's value)
            if (l.name().equals("*module*") && !l.path().isEmpty()) {
                Resolved found = exportOf(in, l.path().get(0), 0);
                if (found == null) return new Resolved(v, in);
                Val ev = found.val();
                Resolved exp = ev instanceof Ref || ev instanceof Local ? resolve(ev, found.file(), depth + 1) : found;
                return resolve(applyPath(exp.val(), l.path().subList(1, l.path().size())), exp.file(), depth + 1);
            }
            Val sym = in.symbols().get(l.name());
            if (sym == null && in.classes().containsKey(l.name())) sym = new ClassRef(l.name());
            if (sym == null || sym.equals(v)) {
                Import imp = in.imports().get(l.name());
                if (imp == null) {
                    // a function declared inside a function body below its first use (hoisted): handler: onRegister
                    Fn hoisted = l.path().isEmpty() ? nestedFunction(in, l.name()) : null;
                    return new Resolved(hoisted == null ? v : new FnVal(hoisted), in);
                }
                sym = new Ref(imp.module(), imp.export(), List.of());
            }
            return resolve(applyPath(sym, l.path()), in, depth + 1);
        }
        if (v instanceof Ref r) {
            String target = resolveModule(in.path(), r.module(), r.export());
            if (target == null) return new Resolved(v, in);
            FileFacts tf = file(target);
            List<String> path = r.path();
            String export = r.export();
            if (export.equals("*")) {
                // require('./x') / import * as x: the module object. A CommonJS module that assigns
                // module.exports = value is that value (its "default" export).
                boolean cjsValue = tf.exports().containsKey("default") && (path.isEmpty() || exportOf(tf, path.get(0), 0) == null);
                if (cjsValue) {
                    export = "default";
                } else {
                    if (path.isEmpty()) return new Resolved(new Local("*module*", List.of()), tf);
                    export = path.get(0);
                    path = path.subList(1, path.size());
                }
            }
            Resolved found = exportOf(tf, export, 0);
            if (found == null && !export.equals("default") && tf.exports().containsKey("default")) {
                // const { validate } = require('./validate') of module.exports = { validate }: a property
                // of the CommonJS module value (as Node's named-export interop reads it)
                path = new ArrayList<>(path);
                path.add(0, export);
                export = "default";
                found = exportOf(tf, export, 0);
            }
            if (found == null) return new Resolved(v, in);
            Val ev = found.val();
            FileFacts ef = found.file();
            if (ev instanceof Ref er && resolveModule(ef.path(), er.module()) == null) {
                return new Resolved(applyPath(ev, path), ef);
            }
            Resolved exp = ev instanceof Ref || ev instanceof Local ? resolve(ev, ef, depth + 1) : new Resolved(ev, ef);
            Val first = path.isEmpty() ? exp.val() : member(exp.val(), path.get(0), exp.file(), depth);
            return resolve(applyPath(first, path.isEmpty() ? path : path.subList(1, path.size())), exp.file(), depth + 1);
        }
        // (await import('./routes/auth.js')).default: import() answers the module namespace, whose members are its exports;
        // require('./routes/auth').default likewise (a compiled ES module's exports object)
        if (v instanceof Member m && m.object() instanceof Call c && c.callee() instanceof Global g && g.path().isEmpty()
                && (g.name().equals("import") || g.name().equals("require")) && c.args().size() == 1) {
            String spec = Val.constString(c.args().get(0));
            if (spec != null && resolveModule(in.path(), spec) != null) return resolve(new Ref(spec, m.prop(), List.of()), in, depth + 1);
        }
        if (v instanceof Member m) {
            Resolved o = resolve(m.object(), in, depth + 1);
            // authFactory.createAuthMiddleware of const authFactory = container.resolve<AuthMiddlewareFactory>(TOKENS.AuthMiddlewareFactory):
            // the method of the class the dependency-injection container makes for that token
            if (o.val() instanceof Call oc && o.file() != null) {
                ClassHit made = containerInstance(oc, o.file());
                Fn method = made == null ? null : made.info().method(m.prop());
                if (method != null) return new Resolved(new FnVal(method), made.file());
            }
            Val mv = member(o.val(), m.prop(), o.file(), depth);
            if (mv instanceof Member) return new Resolved(mv, o.file());
            return resolve(mv, o.file(), depth + 1);
        }
        return new Resolved(v, in);
    }

    /**
     * An export of a module and the file its value belongs to: its own, or one reached through
     * {@code export * from} chains (index files re-exporting index files), whose values keep their
     * own file so their relative imports resolve from where they are written.
     */
    private Resolved exportOf(FileFacts tf, String export, int depth) {
        if (tf == null) return null;
        Val ev = tf.exports().get(export);
        if (ev != null) return new Resolved(ev, tf);
        if (depth == 0 && !tf.reexportAll().isEmpty()) {
            // a barrel's export is asked by every file that imports it (index files re-exporting index files: medusa's
            // packages, a search through every export * chain per ask): the answer kept per file and name (the facts,
            // the module resolution and the depth bound are the same for every ask; a read set is closed over the
            // import graph, see resolvedFrom)
            FileMemos m = fileMemos.get(tf);
            if (m != null) {
                Object known;
                synchronized (m.exports) {
                    known = m.exports.get(export);
                }
                if (known != null) return known == NONE ? null : (Resolved) known;
                Resolved found = reexported(tf, export, depth);
                synchronized (m.exports) {
                    m.exports.put(export, found == null ? NONE : found);
                }
                return found;
            }
        }
        return reexported(tf, export, depth);
    }

    /** {@link #exportOf} of a name {@code tf} does not export itself: through its {@code export * from} lines. */
    private Resolved reexported(FileFacts tf, String export, int depth) {
        if (depth > 6 || export.equals("default")) return null; // export * never re-exports the default export
        for (String re : tf.reexportAll()) {
            String t = resolveModule(tf.path(), re);
            if (t == null) continue;
            Resolved x = exportOf(file(t), export, depth + 1);
            if (x != null) return x;
        }
        return null;
    }

    /** {@code a.b.c} without its last member ({@code a.b}), or null when it has none. */
    /** The value a member chain is read on: {@code a.b.c} → {@code a.b} (null when there is nothing before the last name). */
    public static Val withoutLast(Val v) {
        if (v instanceof Member m) return m.object();
        if (v instanceof Ref r && !r.path().isEmpty()) return new Ref(r.module(), r.export(), r.path().subList(0, r.path().size() - 1));
        if (v instanceof Local l && !l.path().isEmpty()) return new Local(l.name(), l.path().subList(0, l.path().size() - 1));
        if (v instanceof Global g && !g.path().isEmpty()) return new Global(g.name(), g.path().subList(0, g.path().size() - 1));
        if (v instanceof This t && !t.path().isEmpty()) return new This(t.path().subList(0, t.path().size() - 1));
        return null;
    }

    /**
     * {@link Val#member} that knows the project: in {@code module.exports = { parse, ...knexUtils }} a spread written after
     * the field replaces it only when what it spreads may carry that name; a spread of a project module's object that
     * does not name it (and spreads nothing else) leaves the field as written.
     */
    private Val member(Val v, String name, FileFacts in, int depth) {
        Val m = Val.member(v, name);
        // module.exports = { ...require('./auth'), ...require('./roles') } (a middleware/index.js handing on its folder's
        // modules): a name the literal does not write is the last spread's that has it
        if (m instanceof Member && v instanceof Obj o && !o.props().containsKey(name) && depth <= MAX_RESOLVE_DEPTH) {
            List<Val> spreads = new ArrayList<>();
            for (Map.Entry<String, Val> e : o.props().entrySet()) if (e.getKey().startsWith("...")) spreads.add(0, e.getValue());
            for (Val sv : spreads) {
                Val candidate;
                if (sv instanceof Call c && c.callee() instanceof Global g && g.name().equals("require") && g.path().isEmpty() && c.args().size() == 1
                        && Val.constString(c.args().get(0)) != null) {
                    candidate = new Ref(Val.constString(c.args().get(0)), name, List.of());
                } else if (sv instanceof Local || sv instanceof Ref) {
                    candidate = Val.member(sv, name);
                } else {
                    continue;
                }
                Val got = resolve(candidate, in, depth + 1).val();
                if (!(got instanceof Member || got instanceof Ref || got instanceof Local || got instanceof Unknown)) return candidate;
            }
            return m;
        }
        if (!(m instanceof Member) || !(v instanceof Obj o) || !o.props().containsKey(name) || depth > MAX_RESOLVE_DEPTH) return m;
        boolean after = false;
        for (Map.Entry<String, Val> e : o.props().entrySet()) {
            if (e.getKey().equals(name)) after = true;
            else if (after && e.getKey().startsWith("...")) {
                Resolved spread = resolve(e.getValue(), in, depth + 1);
                if (!(spread.val() instanceof Obj so) || so.props().containsKey(name)
                        || so.props().keySet().stream().anyMatch(k -> k.startsWith("..."))) return m;
            }
        }
        return o.props().get(name);
    }

    private static Val applyPath(Val v, List<String> path) {
        Val cur = v;
        for (String p : path) cur = Val.member(cur, p);
        return cur;
    }

    /**
     * True for a value rooted (through members and calls) at a parameter, {@code this} or the request: resolving
     * leaves such a value as it is (none of {@link #resolve}'s steps rewrites those roots), so it has no qualified
     * name, no root module and denotes no project function. Most calls of a project are made on one (res.json(..),
     * this.repo.find(..)), and every concept asks about every call: those asks skip the memos.
     */
    public static boolean unnamedRoot(Val v) {
        Val root = v;
        for (int i = 0; i < 16; i++) {
            if (root instanceof Member m) root = m.object();
            else if (root instanceof Call c) root = c.callee();
            else break;
        }
        return root instanceof Param || root instanceof This || root instanceof Req;
    }

    /** The function a value denotes (a function literal/declaration, possibly imported), or null. */
    public FnRef function(Val v, FileFacts in) {
        if (unnamedRoot(v)) return null; // asked for most calls of the project: answered without the memo
        if (v == null || in == null) return functionOf(v, in);
        Map<Val, Object> memo = functionMemo(in);
        Object known;
        synchronized (memo) {
            known = memo.get(v);
        }
        if (known != null) return known == NONE ? null : (FnRef) known;
        FnRef f = functionOf(v, in);
        synchronized (memo) {
            memo.put(v, f == null ? NONE : f);
        }
        return f;
    }

    private FnRef functionOf(Val v, FileFacts in) {
        Resolved r = resolve(v, in);
        if (r.val() instanceof FnVal f) return new FnRef(f.fn(), r.file());
        return null;
    }

    /**
     * The function a caching wrapper was given, when {@code v} denotes what the wrapper made ({@code getAccess =
     * cacheable('getAccess', async (...) => ...)}, see {@link dev.backcheck.concepts.FunctionWrappers}): where its arguments go
     * when it runs. Not a {@link #function}: a call of it may answer from the cache without running anything.
     */
    public FnRef wrappedFunction(Val v, FileFacts in) {
        if (v == null || in == null || unnamedRoot(v)) return null;
        Resolved r = resolve(v, in);
        Val inner = dev.backcheck.concepts.FunctionWrappers.wrapped(r.val());
        if (inner instanceof FnVal f) return new FnRef(f.fn(), r.file());
        if (inner == null || r.file() == null) return null;
        Resolved ir = resolve(inner, r.file());
        return ir.val() instanceof FnVal f ? new FnRef(f.fn(), ir.file()) : null;
    }

    /** What {@link #function(Val, FileFacts)} answered per file and value (by identity: the framework models' callers
     * maps and the call index resolve the same call sites). */
    private final Map<FileFacts, Map<Val, Object>> functions = new IdentityHashMap<>();

    /** A function together with the file its values belong to. */
    public record FnRef(Fn fn, FileFacts file) { }

    /**
     * {@link #resolve}, and when that ends at a member of a call of a project function without arguments that returns one
     * object literal (a configuration factory: {@code const config = getSecurityConfig(); ... config.session.cookie}),
     * the member of the object it returns. Any other value is answered as {@link #resolve} answers it.
     */
    public Resolved resolveThroughFactory(Val v, FileFacts in) {
        Resolved r = resolve(v, in);
        if (r.val() instanceof Obj) return r;
        List<String> path = new ArrayList<>();
        Val x = r.val();
        while (x instanceof Member m) {
            path.add(0, m.prop());
            x = m.object();
        }
        if (!(x instanceof Call c) || !c.args().isEmpty()) return r;
        FnRef f = function(c.callee(), r.file());
        if (f == null || f.fn().returns().size() != 1) return r;
        Resolved at = resolve(f.fn().returns().get(0), f.file());
        for (String p : path) {
            if (!(at.val() instanceof Obj o) || o.props().get(p) == null || o.props().keySet().stream().anyMatch(k -> k.startsWith("..."))) return r;
            at = resolve(o.props().get(p), at.file());
        }
        return at;
    }

    /** The class a value denotes (class reference, possibly imported), or null. */
    public ClassHit classOf(Val v, FileFacts in) {
        Resolved r = resolve(v, in);
        if (r.val() instanceof ClassRef c && r.file() != null) {
            ClassInfo ci = r.file().classes().get(c.name());
            if (ci != null) return new ClassHit(ci, r.file());
        }
        return null;
    }

    public record ClassHit(ClassInfo info, FileFacts file) { }

    /**
     * The project function {@code method} names on what {@code made} makes: a method of the class of {@code new C(...)},
     * the function under that name in an object literal, or in the object literal a project factory answers
     * ({@code newHandler(uc)} returning {@code { remove: (id) => uc.remove(id) }}), followed through factories that
     * answer what another factory makes (a few deep). Null when unknown, or when the factory's answers disagree.
     */
    public FnRef factoryMethod(Val made, FileFacts in, String method) {
        return factoryMethod(made, in, method, 0);
    }

    private FnRef factoryMethod(Val made, FileFacts in, String method, int depth) {
        if (depth > 3 || made == null || in == null || method == null) return null;
        Resolved r = resolve(made, in);
        Val v = r.val();
        if (v instanceof New n) {
            ClassHit hit = classOf(n.callee(), r.file());
            Fn m = hit == null ? null : hit.info().method(method);
            return m == null ? null : new FnRef(m, hit.file());
        }
        if (v instanceof Obj o) {
            Val mv = o.props().get(method);
            return mv == null || o.props().keySet().stream().anyMatch(k -> k.startsWith("...")) ? null : function(mv, r.file());
        }
        if (!(v instanceof Call c)) return null;
        FnRef factory = function(c.callee(), r.file());
        if (factory == null || factory.fn().returns().isEmpty()) return null;
        FnRef found = null;
        for (Val ret : factory.fn().returns()) {
            FnRef m = factoryMethod(ret, factory.file(), method, depth + 1);
            if (m == null || found != null && found.fn() != m.fn()) return null;
            found = m;
        }
        return found;
    }

    /**
     * The class whose one shared instance a call answers: {@code Cache.getInstance()}, a static method of a project class
     * whose every answer is that class's own instance ({@code new Cache()}, or the static field it keeps it in:
     * {@code Cache.instance}, {@code this.instance}). Null for any other call.
     */
    public ClassHit singletonOf(Call c, FileFacts in) {
        if (c == null || in == null || !c.args().isEmpty()) return null;
        Val recv = dev.backcheck.lang.facts.Vals.receiver(c.callee());
        String method = dev.backcheck.lang.facts.Vals.lastName(c.callee());
        if (recv == null && c.callee() instanceof Local) return lazyInstance(function(c.callee(), in));
        if (recv == null || method == null) return null;
        ClassHit hit = classOf(recv, in);
        Fn m = hit == null ? null : hit.info().method(method);
        if (m == null || m.returns().isEmpty()) return null;
        String name = hit.info().name();
        for (Val r : m.returns()) {
            boolean own = r instanceof New n && (n.callee() instanceof Local l && l.path().isEmpty() && l.name().equals(name) || n.callee() instanceof ClassRef cr && cr.name().equals(name))
                    || r instanceof Local l && l.name().equals(name) && l.path().size() == 1
                    || r instanceof This t && t.path().size() == 1;
            if (!own) return null;
        }
        return hit;
    }

    /**
     * The class a module's lazy getter makes its one instance of: a function without parameters that assigns
     * {@code new C()} to a variable of its module the first time and answers that variable
     * ({@code const ctrl = () => { if (!controller) controller = new AuthController(); return controller; }}).
     * Null for any other function: one made class, the variable a module binding, every answer that variable.
     */
    private ClassHit lazyInstance(FnRef getter) {
        if (getter == null || !getter.fn().params().isEmpty() || getter.fn().returns().isEmpty()) return null;
        Fn g = getter.fn();
        CallSite made = null;
        for (CallSite cs : g.calls()) {
            if (!cs.isNew()) continue;
            if (made != null) return null;
            made = cs;
        }
        if (made == null) return null;
        String var = null;
        for (Fn.Named n : g.names()) {
            if (n.value() != null && n.value().line() == made.location().line() && n.value().column() == made.location().column()) var = n.name();
        }
        if (var == null || !getter.file().symbols().containsKey(var)) return null;
        // the facts answer the module binding's declared value where the getter returns it (undefined before the first call)
        Val declared = getter.file().symbols().get(var);
        for (Val r : g.returns()) {
            boolean same = r.equals(declared) || r instanceof Local l && l.name().equals(var) && l.path().isEmpty()
                    || r instanceof New n && n.callee().equals(made.callee());
            if (!same) return null;
        }
        return classOf(made.callee(), getter.file());
    }

    /** Dependency-injection containers whose resolve/get answers an instance of a registered class. */
    private static final Set<String> DI_CONTAINERS = Set.of("tsyringe", "typedi", "inversify");
    private static final Set<String> DI_GETTERS = Set.of("resolve", "get", "getAsync", "resolveAsync");
    private static final Set<String> DI_REGISTRATIONS = Set.of("register", "registerSingleton", "registerType", "set");
    private volatile List<Map.Entry<Val, ClassHit>> diRegistrations;
    private final ThreadLocal<boolean[]> diBuilding = ThreadLocal.withInitial(() -> new boolean[1]);

    /**
     * The class a dependency-injection container call makes: {@code container.resolve(AuthService)} / typedi's
     * {@code Container.get(AuthService)} given the class, or {@code container.resolve(TOKENS.Auth)} given a token the
     * project registers with {@code container.register(TOKENS.Auth, { useClass: AuthService })} (tsyringe) or
     * {@code registerSingleton(TOKENS.Auth, AuthService)}. Null for anything else, or a token registered to several classes.
     */
    public ClassHit containerInstance(Call c, FileFacts in) {
        if (c.args().isEmpty() || diBuilding.get()[0]) return null;
        String m = dev.backcheck.lang.facts.Vals.lastName(c.callee());
        if (m == null || !DI_GETTERS.contains(m)) return null;
        String root = rootModule(c.callee(), in);
        // a Nest application's app.get(RateLimitMiddleware): the provider instance of that class (main.ts, after NestFactory.create)
        if ("@nestjs/core".equals(root) && m.equals("get")) return classOf(c.args().get(0), in);
        if (root == null || !DI_CONTAINERS.contains(root)) return null;
        ClassHit direct = classOf(c.args().get(0), in);
        if (direct != null) return direct;
        Val token = resolve(c.args().get(0), in).val();
        ClassHit found = null;
        for (Map.Entry<Val, ClassHit> e : diRegistrations()) {
            if (!e.getKey().equals(token)) continue;
            if (found != null && found.info() != e.getValue().info()) return null;
            found = e.getValue();
        }
        return found;
    }

    private List<Map.Entry<Val, ClassHit>> diRegistrations() {
        List<Map.Entry<Val, ClassHit>> regs = diRegistrations;
        if (regs != null) return regs;
        boolean[] building = diBuilding.get();
        building[0] = true;
        List<Map.Entry<Val, ClassHit>> out = new ArrayList<>();
        try {
            for (FileFacts f : files.values()) {
                if (f.imports().values().stream().noneMatch(i -> DI_CONTAINERS.contains(i.module()))) continue;
                for (Fn fn : Analysis.functions(f)) {
                    for (CallSite cs : fn.calls()) {
                        String m = cs.methodName();
                        if (m == null || !DI_REGISTRATIONS.contains(m) || cs.args().size() < 2) continue;
                        String root = rootModule(cs.callee(), f);
                        if (root == null || !DI_CONTAINERS.contains(root)) continue;
                        Val target = cs.args().get(1);
                        Resolved tr = resolve(target, f);
                        if (tr.val() instanceof Obj o && o.props().get("useClass") != null) target = o.props().get("useClass");
                        ClassHit hit = classOf(target, tr.val() instanceof Obj ? tr.file() : f);
                        if (hit == null) continue;
                        out.add(Map.entry(resolve(cs.args().get(0), f).val(), hit));
                    }
                }
            }
        } finally {
            building[0] = false;
        }
        diRegistrations = List.copyOf(out);
        return diRegistrations;
    }

    /** Finds a class by simple name anywhere in the project (for DI-typed parameters). */
    public ClassHit classNamed(String name, FileFacts preferImportsOf) {
        if (name == null) return null;
        if (preferImportsOf != null) {
            Import imp = preferImportsOf.imports().get(name);
            if (imp != null) {
                ClassHit h = classOf(new Ref(imp.module(), imp.export(), List.of()), preferImportsOf);
                if (h != null) return h;
            }
            ClassInfo local = preferImportsOf.classes().get(name);
            if (local != null) return new ClassHit(local, preferImportsOf);
        }
        if (preferImportsOf != null && preferImportsOf.imports().containsKey(name)) return null; // an npm type (Pool, Request)
        return classIndex().get(name);
    }

    private final Map<FileFacts, Map<String, Fn>> nestedFunctions = Collections.synchronizedMap(new IdentityHashMap<>());

    /** The one function of that name declared inside another function of the file (not top level, not a method), or null. */
    private Fn nestedFunction(FileFacts f, String name) {
        return nestedFunctions.computeIfAbsent(f, ff -> {
            Set<Fn> outer = Collections.newSetFromMap(new IdentityHashMap<>());
            outer.add(ff.main());
            outer.addAll(Analysis.topLevelFunctions(ff));
            for (ClassInfo c : ff.classes().values()) outer.addAll(c.methods());
            Map<String, Fn> byName = new HashMap<>();
            Set<String> twice = new HashSet<>();
            for (Fn fn : Analysis.functions(ff)) {
                if (outer.contains(fn) || fn.name() == null) continue;
                if (byName.putIfAbsent(fn.name(), fn) != null) twice.add(fn.name());
            }
            byName.keySet().removeAll(twice);
            return byName;
        }).get(name);
    }

    private volatile Map<ClassInfo, List<ClassHit>> implementers;

    /**
     * The class whose {@code method} a call on a value of type {@code type} runs: for a Java interface or base class
     * with exactly one project class that implements or extends it and declares {@code method} (a UserService
     * interface and its UserServiceImpl, as Spring injects it), that class; otherwise {@code type} itself. TS classes
     * are returned as they are.
     */
    public ClassHit implementation(ClassHit type, String method) {
        if (type == null || type.file() == null || !"java".equals(type.file().language())) return type;
        Reads.whole("implementation");
        Map<ClassInfo, List<ClassHit>> idx = implementers;
        if (idx == null) {
            idx = new IdentityHashMap<>();
            for (FileFacts f : files.values()) {
                if (!"java".equals(f.language())) continue;
                for (ClassInfo ci : f.classes().values()) {
                    List<Val> up = new ArrayList<>(ci.implemented());
                    if (ci.superClass() != null) up.add(ci.superClass());
                    for (Val u : up) {
                        try {
                            ClassHit h = classOf(u, f);
                            if (h != null && h.info() != ci) idx.computeIfAbsent(h.info(), k -> new ArrayList<>()).add(new ClassHit(ci, f));
                        } catch (RuntimeException e) {
                            // an unresolvable supertype names no implementation
                        }
                    }
                }
            }
            implementers = idx;
        }
        ClassHit only = null;
        for (ClassHit h : idx.getOrDefault(type.info(), List.of())) {
            if (h.info().method(method) == null) continue;
            if (only != null) return type; // several implementations: the call may run any of them
            only = h;
        }
        return only == null ? type : only;
    }

    private volatile Map<String, ClassHit> classIndex;

    /** First class of each simple name, in path order; built once. */
    private Map<String, ClassHit> classIndex() {
        Reads.whole("classIndex");
        Map<String, ClassHit> idx = classIndex;
        if (idx == null) {
            idx = new HashMap<>();
            for (FileFacts f : files.values()) {
                for (ClassInfo ci : f.classes().values()) idx.putIfAbsent(ci.name(), new ClassHit(ci, f));
            }
            classIndex = idx;
        }
        return idx;
    }

    /**
     * Canonical name of a value after resolution: {@code jsonwebtoken.sign}, {@code express()},
     * {@code express.Router()}, {@code new pg.Pool()}, {@code new pg.Pool().query}. Null when the
     * value is not rooted in an import or a global.
     */
    public String qname(Val v, FileFacts in) {
        if (unnamedRoot(v)) return null; // asked for most calls of the project: answered without the memo
        if (v == null || in == null) return qname(v, in, 0);
        Map<Val, Object> memo = qnameMemo(in);
        Object known;
        synchronized (memo) {
            known = memo.get(v);
        }
        if (known != null) return known == NONE ? null : (String) known;
        String q = qname(v, in, 0);
        synchronized (memo) {
            memo.put(v, q == null ? NONE : q);
        }
        return q;
    }

    /** What {@link #qname(Val, FileFacts)} answered per file and value (by identity: the same call site's callee is
     * asked by the call index, the framework models and a dozen concepts; 9 of 10 asks on a 500k-line tree repeat). */
    private final Map<FileFacts, Map<Val, Object>> qnames = new IdentityHashMap<>();
    /** A memo's stored "no answer". */
    private static final Object NONE = new Object();

    private static Map<Val, Object> memo(Map<FileFacts, Map<Val, Object>> memos, FileFacts in) {
        synchronized (memos) {
            return memos.computeIfAbsent(in, k -> new IdentityHashMap<>());
        }
    }

    /** The three memos of one of the project's files (each guarded by itself), made with the project. */
    private static final class FileMemos {
        final Map<Val, Object> qnames = new IdentityHashMap<>();
        final Map<Val, Object> functions = new IdentityHashMap<>();
        final Map<Val, Object> roots = new IdentityHashMap<>();
        /** {@link #exportOf} of a barrel (a file with export * lines) at depth 0, by name. */
        final Map<String, Object> exports = new HashMap<>();
    }

    /** Per file of the project, its memos: never written after the constructor, so read without a lock. */
    private final IdentityHashMap<FileFacts, FileMemos> fileMemos;

    private Map<Val, Object> qnameMemo(FileFacts in) {
        FileMemos m = fileMemos.get(in);
        return m != null ? m.qnames : memo(qnames, in); // facts from elsewhere: the shared map, as before
    }

    private Map<Val, Object> functionMemo(FileFacts in) {
        FileMemos m = fileMemos.get(in);
        return m != null ? m.functions : memo(functions, in);
    }

    private Map<Val, Object> rootMemo(FileFacts in) {
        FileMemos m = fileMemos.get(in);
        return m != null ? m.roots : memo(roots, in);
    }

    private String qname(Val v, FileFacts in, int depth) {
        if (depth > MAX_RESOLVE_DEPTH) return null;
        Resolved r = resolve(v, in);
        Val x = r.val();
        FileFacts f = r.file();
        if (x instanceof Ref ref) {
            String base = ref.export().equals("default") || ref.export().equals("*") ? ref.module() : ref.module() + "." + ref.export();
            return ref.path().isEmpty() ? base : base + "." + String.join(".", ref.path());
        }
        if (x instanceof Global g) return g.path().isEmpty() ? g.name() : g.name() + "." + String.join(".", g.path());
        String req = inlineRequire(x, f);
        if (req != null) return req;
        if (x instanceof Call c) {
            String q = qname(c.callee(), f, depth + 1);
            return q == null ? null : q + "()";
        }
        if (x instanceof New n) {
            String q = qname(n.callee(), f, depth + 1);
            return q == null ? null : "new " + q + "()";
        }
        if (x instanceof Member m) {
            String q = qname(m.object(), f, depth + 1);
            return q == null ? null : q + "." + m.prop();
        }
        return null;
    }

    /** {@code require('pkg')} / {@code import('pkg')} written inline: the package name (null for project modules). */
    private String inlineRequire(Val x, FileFacts f) {
        if (x instanceof Call c && c.callee() instanceof Global g && g.path().isEmpty()
                && (g.name().equals("require") || g.name().equals("import")) && c.args().size() == 1) {
            String spec = Val.constString(c.args().get(0));
            if (spec != null && f != null && resolveModule(f.path(), spec) == null && !spec.startsWith(".")) return spec;
        }
        return null;
    }

    /** The npm package a value is rooted in (after resolution), e.g. "express-rate-limit", or null. */
    public String rootModule(Val v, FileFacts in) {
        if (unnamedRoot(v)) return null; // asked for most calls of the project: answered without the memo
        if (v == null || in == null) return rootModule(v, in, 0);
        Map<Val, Object> memo = rootMemo(in);
        Object known;
        synchronized (memo) {
            known = memo.get(v);
        }
        if (known != null) return known == NONE ? null : (String) known;
        String root = rootModule(v, in, 0);
        synchronized (memo) {
            memo.put(v, root == null ? NONE : root);
        }
        return root;
    }

    /** What {@link #rootModule(Val, FileFacts)} answered per file and value (by identity, as {@link #qname}). */
    private final Map<FileFacts, Map<Val, Object>> roots = new IdentityHashMap<>();

    private String rootModule(Val v, FileFacts in, int depth) {
        if (depth > MAX_RESOLVE_DEPTH) return null;
        Resolved r = resolve(v, in);
        Val x = r.val();
        if (x instanceof Ref ref) return resolveModule(r.file().path(), ref.module()) == null ? ref.module() : null;
        String req = inlineRequire(x, r.file());
        if (req != null) return req;
        if (x instanceof Call c) return rootModule(c.callee(), r.file(), depth + 1);
        if (x instanceof New n) return rootModule(n.callee(), r.file(), depth + 1);
        if (x instanceof Member m) return rootModule(m.object(), r.file(), depth + 1);
        return null;
    }

    /** Waits for every thread to end; an interrupt meanwhile is kept for the caller (the threads are never abandoned). */
    public static void joinAll(List<Thread> threads) {
        boolean interrupted = false;
        for (Thread t : threads) {
            if (t == null) continue;
            while (true) {
                try {
                    t.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }
}
