package com.example.blog.service;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

@Component
public class LoginLimiter {
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public boolean allow(String ip) {
        Bucket b = buckets.computeIfAbsent(ip, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(5).refillGreedy(5, Duration.ofMinutes(1)).build()).build());
        return b.tryConsume(1);
    }
}
