package com.acme.ids;

import java.util.concurrent.ThreadLocalRandom;

/** Time-ordered 64-bit ids: millisecond, worker, and a sequence within the millisecond. */
public class SnowflakeIds {
    private static final long EPOCH = 1700000000000L;
    private static final long SEQ_MASK = 0xFFF;
    private final long worker;
    private long last = -1L;
    private long sequence = 0L;

    public SnowflakeIds(long worker) {
        this.worker = worker;
    }

    public synchronized long nextId() {
        long now = System.currentTimeMillis();
        if (now == last) {
            sequence = (sequence + 1) & SEQ_MASK;
        } else {
            // a new millisecond starts the sequence at 0, 1 or 2 so that ids do not all end even
            sequence = ThreadLocalRandom.current().nextLong(0, 3);
        }
        last = now;
        return ((now - EPOCH) << 22) | (worker << 12) | sequence;
    }

    public String nextSessionId() {
        long sessionId = ThreadLocalRandom.current().nextLong(); // expect: authn/insecure-random
        return Long.toHexString(sessionId);
    }
}
