package com.example.vault;

public record UnlockRequest(String secretPhrase, String oneTimeCode) { }
