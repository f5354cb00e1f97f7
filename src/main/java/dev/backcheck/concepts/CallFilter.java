package dev.backcheck.concepts;

import dev.backcheck.flow.CallIndex;
import dev.backcheck.lang.facts.CallSite;
import dev.backcheck.lang.facts.FileFacts;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * The calls (by identity) a walk over every call of the project acts on, and the files holding them: a concept keeps
 * its own walk (files, functions, calls, in that order) but skips the files holding none of them and the calls not
 * among them, where before it asked each call's name (a resolved name, a method name) and did nothing for most.
 * Built from the call index's resolved names ({@link CallIndex#qnamed}) and {@link CallNames}' method names.
 */
public final class CallFilter {
    private final Set<CallSite> calls = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<FileFacts> files = Collections.newSetFromMap(new IdentityHashMap<>());

    private CallFilter() { }

    /** The union of some call sets. */
    public static CallFilter of(CallIndex.Named... parts) {
        CallFilter out = new CallFilter();
        for (CallIndex.Named n : parts) {
            out.calls.addAll(n.calls());
            out.files.addAll(n.files());
        }
        return out;
    }

    /** The calls whose {@link CallSite#methodName} is one of {@code names} (see {@link CallNames#named}). */
    public static CallIndex.Named methods(dev.backcheck.model.Project p, Set<String> names) {
        Set<CallSite> calls = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<FileFacts> files = Collections.newSetFromMap(new IdentityHashMap<>());
        CallNames.of(p).fill(names, calls, files);
        return new CallIndex.Named(calls, files);
    }

    /** True when {@code f} holds one of the calls. */
    public boolean file(FileFacts f) {
        return files.contains(f);
    }

    /** True for one of the calls. */
    public boolean call(CallSite cs) {
        return calls.contains(cs);
    }
}
