package com.example.vault;

public interface OtpChecker {
    boolean verify(String sharedKey, String code);
}
