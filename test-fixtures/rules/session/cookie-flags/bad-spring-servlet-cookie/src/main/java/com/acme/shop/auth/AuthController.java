package com.acme.shop.auth;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class AuthController {
    private final TokenService tokenService;

    public AuthController(TokenService tokenService) {
        this.tokenService = tokenService;
    }

    @PostMapping("/api/login")
    public ResponseEntity<Void> login(@RequestBody LoginRequest body, HttpServletResponse response) {
        String token = tokenService.issue(body.username());
        Cookie cookie = new Cookie("access_token", token); // expect: session/cookie-flags
        cookie.setPath("/");
        cookie.setMaxAge(900);
        response.addCookie(cookie);
        return ResponseEntity.noContent().build();
    }
}
