package com.acme.inventory.auth;

public record Account(long id, String email, String passwordHash, String displayName, String role) {
}
