package com.acme.shop.security;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
public class JwtVerifier {
    @Value("${jwt.secret}")
    private String secret;

    public Claims verify(String token) {
        return Jwts.parser()
                .verifyWith(Keys.hmacShaKeyFor(secret.getBytes()))
                .clockSkewSeconds(3600) // expect: jwt/ignore-expiration
                .build()
                .parseSignedClaims(token)
                .getPayload();
    }
}
