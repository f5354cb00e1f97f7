package com.example.desk.limit;

import org.aspectj.lang.ProceedingJoinPoint;
import org.aspectj.lang.annotation.Around;
import org.aspectj.lang.annotation.Aspect;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

// only counts calls for a dashboard: nothing is ever refused
@Aspect
@Component
public class ThrottleAspect {
    private final StringRedisTemplate redis;

    public ThrottleAspect(StringRedisTemplate redis) {
        this.redis = redis;
    }

    @Around("@annotation(com.example.desk.limit.Throttled)")
    public Object count(ProceedingJoinPoint pjp) throws Throwable {
        redis.opsForValue().increment("calls:" + pjp.getSignature().toShortString());
        return pjp.proceed();
    }
}
