package dev.backcheck.model;

import java.util.*;

/**
 * The read tracker (issue 14, one changed file): which source files an answer read. A frame is open on a thread while
 * a rule runs ({@code engine.Scanner}) and while a derived value of the {@link Project} is computed; {@link Project}
 * records in the innermost frame the files it hands out ({@link Project#file}), and marks the frame as reading the
 * whole tree when something asks for every file ({@link Project#files}, {@link Project#perFile}), the applications
 * (the framework models read the tree), a class index, or a derived value that may have been filled after its
 * computation by other asks (a lazy memo: what a later ask finds there was read by whoever filled it). A frame closed
 * inside another adds its reads to it; a derived value keeps its computation's frame, which every later ask adds.
 *
 * <p>What a frame lists is not yet the read set: an answer memoised per file ({@link Project#qname}, {@link
 * Project#function}, resolution) may have been computed by another ask and read the files the import graph reaches from
 * there. {@code engine.RuleStore} closes the recorded paths over the import graph before it trusts them. Sound by
 * default: whatever is not known to be narrow reads the whole tree.
 */
public final class Reads {
    private static final ThreadLocal<Reads> CURRENT = new ThreadLocal<>();
    /** At most this many causes are kept (the first ones, sorted), for the report. */
    private static final int MAX_CAUSES = 24;

    private final String name;
    private Reads parent;
    private boolean all;
    private final TreeSet<String> causes = new TreeSet<>();
    private final HashSet<String> paths = new HashSet<>();
    private final TreeSet<String> asked = new TreeSet<>();

    private Reads(String name) {
        this.name = name;
    }

    /** Opens a frame named {@code name} on this thread (inside the current one, if any); close it with {@link #close}. */
    public static Reads open(String name) {
        Reads r = new Reads(name);
        r.parent = CURRENT.get();
        CURRENT.set(r);
        return r;
    }

    /** Closes this frame (the innermost of its thread) and adds what it read to the frame it was opened in. */
    public void close() {
        CURRENT.set(parent);
        if (parent != null) parent.addAll(this, name);
        parent = null;
    }

    /** True when a frame is open on this thread. */
    static boolean tracking() {
        return CURRENT.get() != null;
    }

    static void path(String p) {
        Reads r = CURRENT.get();
        if (r != null && !r.all) r.paths.add(p);
    }

    /**
     * The innermost frame of this thread reads the whole tree: something asked for every file, or read the disk outside
     * the inputs a stored answer is keyed by (the sources by content, every text and manifest, the path set).
     */
    public static void whole(String cause) {
        Reads r = CURRENT.get();
        if (r != null) r.markAll(cause + " in " + r.name);
    }

    /** A derived value was asked: {@code value}'s frame (null: computed with no frame) is added; lazy ones read the tree. */
    static void asked(String type, Reads value, boolean lazy) {
        Reads r = CURRENT.get();
        if (r == null) return;
        r.asked.add(type);
        if (value != null) r.addAll(value, type);
        if (lazy) r.markAll(type + " (lazy)");
    }

    private void markAll(String cause) {
        all = true;
        paths.clear();
        if (causes.size() < MAX_CAUSES) causes.add(cause);
    }

    private void addAll(Reads o, String via) {
        asked.addAll(o.asked);
        if (o.all) {
            boolean was = all;
            all = true;
            paths.clear();
            if (causes.size() < MAX_CAUSES) causes.add(via);
            if (!was && o.causes.isEmpty()) causes.add(via);
        } else if (!all) {
            paths.addAll(o.paths);
        }
    }

    /** True when this frame read the whole tree. */
    public boolean all() {
        return all;
    }

    /** Why the frame reads the whole tree (the asks that made it so), empty when it does not. */
    public SortedSet<String> causes() {
        return Collections.unmodifiableSortedSet(causes);
    }

    /** The files recorded (empty when {@link #all}), before the closure over imports. */
    public SortedSet<String> paths() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(paths));
    }

    /** The derived values asked (simple class names), inside or outside nested frames. */
    public SortedSet<String> asked() {
        return Collections.unmodifiableSortedSet(asked);
    }

    public String name() {
        return name;
    }
}
