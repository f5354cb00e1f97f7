package com.example.claims;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.*;

@RestController
public class ClaimController {

    private final JdbcTemplate jdbc;

    public ClaimController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @PostMapping("/api/claims/{id}/close")
    public void close(@PathVariable long id) {
        jdbc.update("UPDATE claims SET status = 'CLOSED' WHERE id = ?", id);
    }

    @PreAuthorize("hasRole('claims-admin')")
    @DeleteMapping("/api/claims/{id}")
    public void remove(@PathVariable long id) {
        jdbc.update("DELETE FROM claims WHERE id = ?", id);
    }
}
