package org.example.billing.auth;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

@RestController
public class SessionController {
    private final AccessTokens access;
    private final RenewalService renewals;

    public SessionController(AccessTokens access, RenewalService renewals) {
        this.access = access;
        this.renewals = renewals;
    }

    @PostMapping("/api/session")
    public Map<String, String> open(@RequestParam String username) {
        return Map.of("access", access.issue(username), "renewal", renewals.open(username).getUsername());
    }
}
