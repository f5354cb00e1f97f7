package com.acme.inventory.auth;

import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import java.nio.charset.StandardCharsets;
import javax.crypto.SecretKey;

/** Tokens for the warehouse scanners, which cannot keep a session cookie of the login form. */
@Service
public class TokenService {
    private final SecretKey key;

    public TokenService(@Value("${jwt.secret:inventory-dev-secret}") String secret) { // expect: jwt/hardcoded-secret (weak too: one finding with both reasons)
        this.key = Keys.hmacShaKeyFor(secret.getBytes(StandardCharsets.UTF_8));
    }

    public String issueAccessToken(String email) {
        return Jwts.builder().subject(email).signWith(key).compact(); // expect: jwt/no-expiry
    }
}
