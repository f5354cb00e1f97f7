package com.acme.shop.security;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import java.time.Instant;

@Service
public class JwtService {
    @Value("${jwt.secret:b3f1c9a8e2d74f6a9c0e5b8d1a7f3e2c9b6d4a1f8e7c5b3a}") // expect: jwt/hardcoded-secret
    private String secret;

    public String sign(String subject) {
        return JWT.create().withSubject(subject).withExpiresAt(Instant.now().plusSeconds(900)).sign(Algorithm.HMAC256(secret));
    }
}
