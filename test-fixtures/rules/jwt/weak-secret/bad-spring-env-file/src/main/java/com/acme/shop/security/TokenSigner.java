package com.acme.shop.security;

import com.nimbusds.jose.crypto.MACSigner;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;

@Component
public class TokenSigner {
    private final JwtConfig config;

    public TokenSigner(JwtConfig config) {
        this.config = config;
    }

    public MACSigner signer() throws Exception {
        return new MACSigner(config.getSigningKey().getBytes(StandardCharsets.UTF_8));
    }
}
