package com.acme.shop.security;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.interfaces.DecodedJWT;
import org.springframework.stereotype.Component;

@Component
public class JwtVerifier {
    public DecodedJWT verify(String token) {
        return JWT.require(Algorithm.none()).build().verify(token); // expect: jwt/verify-without-algorithms
    }
}
