package org.example.billing.auth;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RefreshTokenRepository extends JpaRepository<StoredRenewal, Long> {
}
