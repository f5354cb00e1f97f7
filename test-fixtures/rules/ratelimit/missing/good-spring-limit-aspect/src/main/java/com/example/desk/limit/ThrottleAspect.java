package com.example.desk.limit;

import org.aspectj.lang.ProceedingJoinPoint;
import org.aspectj.lang.annotation.Around;
import org.aspectj.lang.annotation.Aspect;
import org.aspectj.lang.annotation.Pointcut;
import org.aspectj.lang.reflect.MethodSignature;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import java.time.Duration;

// counts calls per method in Redis and turns the caller away past the annotation's max
@Aspect
@Component
public class ThrottleAspect {
    private final StringRedisTemplate redis;

    public ThrottleAspect(StringRedisTemplate redis) {
        this.redis = redis;
    }

    @Pointcut("@annotation(com.example.desk.limit.Throttled)")
    public void throttled() {
    }

    @Around("throttled()")
    public Object check(ProceedingJoinPoint pjp) throws Throwable {
        Throttled t = ((MethodSignature) pjp.getSignature()).getMethod().getAnnotation(Throttled.class);
        String key = "throttle:" + pjp.getSignature().toShortString();
        Long n = redis.opsForValue().increment(key);
        if (n != null && n == 1) redis.expire(key, Duration.ofSeconds(t.seconds()));
        if (n != null && n > t.max()) {
            throw new ResponseStatusException(HttpStatus.TOO_MANY_REQUESTS, "slow down");
        }
        return pjp.proceed();
    }
}
