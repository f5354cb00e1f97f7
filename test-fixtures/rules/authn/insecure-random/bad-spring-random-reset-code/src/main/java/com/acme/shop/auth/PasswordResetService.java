package com.acme.shop.auth;

import org.springframework.stereotype.Service;

import java.util.Random;

@Service
public class PasswordResetService {
    private final Random random = new Random();

    public String newResetCode() {
        String resetCode = String.valueOf(100000 + random.nextInt(900000)); // expect: authn/insecure-random
        return resetCode;
    }
}
