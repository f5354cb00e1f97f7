package com.acme.shop.auth;

import org.springframework.stereotype.Service;

import java.security.SecureRandom;
import java.util.Random;
import java.util.UUID;

@Service
public class PasswordResetService {
    private final SecureRandom random = new SecureRandom();
    private final Random jitter = new Random();

    public String newResetCode() {
        String resetCode = String.valueOf(100000 + random.nextInt(900000));
        return resetCode;
    }

    public String requestId() {
        return UUID.randomUUID().toString();
    }
}
