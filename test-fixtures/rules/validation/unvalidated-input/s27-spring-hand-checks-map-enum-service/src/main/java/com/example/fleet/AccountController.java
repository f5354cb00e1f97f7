package com.example.fleet;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;

import java.util.Map;

@RestController
@RequestMapping("/api/accounts")
public class AccountController {
    private final AccountService accounts;

    public AccountController(AccountService accounts) {
        this.accounts = accounts;
    }

    // the one field read is bounded by hand and answered 400
    @PostMapping("/{email}/reset-password")
    public ResponseEntity<?> reset(@PathVariable String email, @RequestBody Map<String, String> body) {
        String newPassword = body.get("newPassword");
        if (newPassword == null || newPassword.length() < 12) {
            return ResponseEntity.badRequest().body(Map.of("error", "too short"));
        }
        accounts.changePassword(email, null, newPassword);
        return ResponseEntity.ok().build();
    }

    // the service's validator throws for a weak password, answered 400 here
    @PostMapping("/me/password")
    public ResponseEntity<?> change(@RequestBody PasswordChange change) {
        try {
            accounts.changePassword("me@example.com", change.getCurrentPassword(), change.getNewPassword());
            return ResponseEntity.ok().build();
        } catch (IllegalArgumentException e) {
            return ResponseEntity.badRequest().body(Map.of("error", e.getMessage()));
        }
    }

    // the format is parsed strictly, a bad one answered 400
    @PostMapping("/export")
    public ResponseEntity<?> export(@RequestBody ExportRequest request) {
        ExportRequest.Format format;
        try {
            format = ExportRequest.Format.valueOf(request.format());
        } catch (IllegalArgumentException e) {
            return ResponseEntity.badRequest().body(Map.of("error", "format"));
        }
        accounts.export(format, request.note());
        return ResponseEntity.accepted().build();
    }

    // every value of the map is a Boolean by the declared type (Jackson answers 400 for anything else)
    @PatchMapping("/{email}/status")
    public ResponseEntity<?> status(@PathVariable String email, @RequestBody Map<String, Boolean> payload) {
        Boolean active = payload.get("active");
        if (active == null) {
            return ResponseEntity.badRequest().build();
        }
        accounts.setNickname(email, active ? "active" : "inactive");
        return ResponseEntity.ok().build();
    }

    // stored as sent
    @PostMapping("/{email}/nickname")
    public ResponseEntity<?> nickname(@PathVariable String email, @RequestBody Map<String, String> body) { // expect: validation/unvalidated-input
        accounts.setNickname(email, body.get("nickname"));
        return ResponseEntity.ok().build();
    }
}
