package com.acme.inventory.auth;

public record LoginRequest(String email, String password) {
}
