package com.example.rooms.web;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

import java.time.Duration;

@Component
public class EdgeGuard implements HandlerInterceptor {
    private final RateLimiterRegistry registry = RateLimiterRegistry.of(RateLimiterConfig.custom()
            .limitForPeriod(100).limitRefreshPeriod(Duration.ofMinutes(1)).timeoutDuration(Duration.ZERO).build());

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        RateLimiter limiter = registry.rateLimiter(request.getRemoteAddr());
        if (!limiter.acquirePermission()) {
            response.setStatus(429);
            return false;
        }
        return true;
    }
}
