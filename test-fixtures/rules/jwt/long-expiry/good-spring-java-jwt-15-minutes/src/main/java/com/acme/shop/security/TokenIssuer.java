package com.acme.shop.security;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Instant;

@Component
public class TokenIssuer {
    private static final long ACCESS_TTL_SECONDS = 15 * 60;

    @Value("${jwt.secret}")
    private String secret;

    public String accessToken(String userId) {
        return JWT.create()
                .withSubject(userId)
                .withExpiresAt(Instant.now().plusSeconds(ACCESS_TTL_SECONDS))
                .sign(Algorithm.HMAC256(secret));
    }
}
