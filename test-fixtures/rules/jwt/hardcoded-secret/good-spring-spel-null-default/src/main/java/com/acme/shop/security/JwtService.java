package com.acme.shop.security;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import java.time.Instant;

@Service
public class JwtService {
    // no fallback: a SpEL null, refused at start-up below
    @Value("${jwt.secret:#{null}}")
    private String secret;

    @jakarta.annotation.PostConstruct
    void requireSecret() {
        if (secret == null || secret.length() < 32) throw new IllegalStateException("jwt.secret must be set (32+ characters)");
    }

    public String sign(String subject) {
        return JWT.create().withSubject(subject).withExpiresAt(Instant.now().plusSeconds(900)).sign(Algorithm.HMAC256(secret));
    }
}
