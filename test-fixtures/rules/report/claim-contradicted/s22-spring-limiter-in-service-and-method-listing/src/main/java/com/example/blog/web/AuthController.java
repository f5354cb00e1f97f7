package com.example.blog.web;

import com.example.blog.service.LoginLimiter;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/auth")
public class AuthController {
    private final LoginLimiter limiter;

    public AuthController(LoginLimiter limiter) {
        this.limiter = limiter;
    }

    @PostMapping("/login")
    public ResponseEntity<String> login(HttpServletRequest request) {
        if (!limiter.allow(request.getRemoteAddr())) return ResponseEntity.status(429).body("slow down");
        return ResponseEntity.ok("token");
    }
}
