package org.example.billing.auth;

import java.time.Instant;

public class StoredRenewal {
    private String username;
    private String value;
    private Instant expiresAt;

    public void setUsername(String username) { this.username = username; }
    public void setValue(String value) { this.value = value; }
    public void setExpiresAt(Instant expiresAt) { this.expiresAt = expiresAt; }
    public String getUsername() { return username; }
}
