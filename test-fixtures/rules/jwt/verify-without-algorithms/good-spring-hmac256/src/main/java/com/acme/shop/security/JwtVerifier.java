package com.acme.shop.security;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.interfaces.DecodedJWT;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
public class JwtVerifier {
    @Value("${jwt.secret}")
    private String secret;

    public DecodedJWT verify(String token) {
        return JWT.require(Algorithm.HMAC256(secret)).withIssuer("shop").build().verify(token);
    }
}
