package com.acme.shop.security;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import java.time.Instant;

@Service
public class JwtService {
    @Value("${jwt.secret}")
    private String secret;

    public String sign(String subject) {
        return JWT.create().withSubject(subject).withExpiresAt(Instant.now().plusSeconds(900)).sign(Algorithm.HMAC256(secret));
    }
}
