package com.acme.shop.security;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import org.springframework.stereotype.Component;

@Component
public class TokenIssuer {
    private final Algorithm algorithm;

    public TokenIssuer(AppProperties props) {
        this.algorithm = Algorithm.HMAC256(props.getJwtSecret());
    }

    public String accessToken(String userId) {
        return JWT.create() // expect: jwt/no-expiry
                .withSubject(userId)
                .withIssuer("shop")
                .sign(algorithm);
    }
}
