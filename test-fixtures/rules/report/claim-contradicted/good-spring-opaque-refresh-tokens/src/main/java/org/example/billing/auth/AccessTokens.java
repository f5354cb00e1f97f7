package org.example.billing.auth;

import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.Date;

@Component
public class AccessTokens {
    @Value("${billing.jwt.secret}")
    private String secret;

    public String issue(String username) {
        return Jwts.builder()
                .subject(username)
                .expiration(new Date(System.currentTimeMillis() + 900000L))
                .signWith(Keys.hmacShaKeyFor(secret.getBytes()))
                .compact();
    }
}
