package com.example.fleet;

import org.springframework.stereotype.Component;

@Component
public class PasswordRules {
    public void validateStrengthOrThrow(String password) {
        if (password == null || password.length() < 12 || !password.matches(".*[0-9].*")) {
            throw new IllegalArgumentException("password too weak");
        }
    }
}
