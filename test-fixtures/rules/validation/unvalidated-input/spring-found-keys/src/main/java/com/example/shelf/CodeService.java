package com.example.shelf;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Service;

@Service
public class CodeService {
    private final StringRedisTemplate redis;

    public CodeService(StringRedisTemplate redis) {
        this.redis = redis;
    }

    /** Throws unless the code mailed out under this key is the one given. */
    public void validated(String key, String code) {
        String sent = redis.opsForValue().get(key);
        if (!code.equals(sent)) {
            throw new IllegalArgumentException("wrong code");
        }
        redis.delete(key);
    }
}
