package dev.backcheck.engine;

import dev.backcheck.lang.FrontEnds;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Creates the threads that run the native parser: each is created with a large stack from the
 * start ({@link FrontEnds#THREAD_STACK_BYTES}), because swc4j recurses natively and a native stack
 * overflow kills the whole JVM. Daemon threads, so a parse stuck past its budget never keeps the
 * process alive.
 */
public final class ParseThreads implements ThreadFactory {
    private final AtomicInteger n = new AtomicInteger();

    @Override
    public Thread newThread(Runnable r) {
        // a thread that keeps one copy of the facts' repeated names (see Names)
        Thread t = new dev.backcheck.lang.facts.Names.Sharing(r, "backcheck-parse-" + n.incrementAndGet(), FrontEnds.THREAD_STACK_BYTES);
        t.setDaemon(true);
        return t;
    }
}
