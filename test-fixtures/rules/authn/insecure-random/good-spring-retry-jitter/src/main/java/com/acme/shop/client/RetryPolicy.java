package com.acme.shop.client;

import java.util.concurrent.ThreadLocalRandom;

public class RetryPolicy {
    public long backoffDelay(int attempt) {
        long jitter = ThreadLocalRandom.current().nextLong(100);
        return (1L << attempt) * 100 + jitter;
    }
}
