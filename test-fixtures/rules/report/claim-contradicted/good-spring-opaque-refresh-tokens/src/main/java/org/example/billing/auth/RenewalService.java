package org.example.billing.auth;

import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.UUID;

@Service
public class RenewalService {
    private final RefreshTokenRepository refreshTokenRepository;

    public RenewalService(RefreshTokenRepository refreshTokenRepository) {
        this.refreshTokenRepository = refreshTokenRepository;
    }

    public StoredRenewal open(String username) {
        StoredRenewal r = new StoredRenewal();
        r.setUsername(username);
        r.setValue(UUID.randomUUID().toString());
        r.setExpiresAt(Instant.now().plusSeconds(604800));
        return refreshTokenRepository.save(r);
    }
}
