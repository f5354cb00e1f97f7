package com.acme.campus.auth;

import com.acme.campus.security.JwtTokenProvider;
import java.util.Map;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/auth")
public class AuthController {
    private final JwtTokenProvider tokens;

    public AuthController(JwtTokenProvider tokens) {
        this.tokens = tokens;
    }

    @PostMapping("/login")
    public Map<String, String> login(@RequestBody Map<String, String> body) {
        String email = body.get("email");
        return Map.of("token", tokens.generateTokenWithClaims(email, Map.of("role", "student")));
    }
}
