package com.example.vault;

import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/vault")
public class VaultController {

    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwordEncoder;
    private final OtpChecker otpChecker;

    public VaultController(JdbcTemplate jdbc, PasswordEncoder passwordEncoder, OtpChecker otpChecker) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.otpChecker = otpChecker;
    }

    // Both values are only checked against what the server holds; a mismatch is a 401 and nothing is kept.
    @PostMapping("/unlock")
    public ResponseEntity<Void> unlock(@RequestBody UnlockRequest request) {
        String hash = jdbc.queryForObject("SELECT phrase_hash FROM vault WHERE id = 1", String.class);
        String key = jdbc.queryForObject("SELECT otp_key FROM vault WHERE id = 1", String.class);
        if (!passwordEncoder.matches(request.secretPhrase(), hash) || !otpChecker.verify(key, request.oneTimeCode())) {
            return ResponseEntity.status(401).build();
        }
        return ResponseEntity.noContent().build();
    }

    // The phrase is checked the same way, but the note is stored as sent.
    @PostMapping("/notes")
    public ResponseEntity<Void> addNote(@RequestBody NoteRequest request) { // expect: validation/unvalidated-input
        String hash = jdbc.queryForObject("SELECT phrase_hash FROM vault WHERE id = 1", String.class);
        if (!passwordEncoder.matches(request.secretPhrase(), hash)) return ResponseEntity.status(401).build();
        jdbc.update("INSERT INTO notes(body) VALUES (?)", request.note());
        return ResponseEntity.noContent().build();
    }
}
