package com.acme.shop.auth;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class SessionController {
    @PostMapping("/api/session")
    public ResponseEntity<Void> open(String refreshToken) {
        ResponseCookie cookie = ResponseCookie.from("refresh_token", refreshToken) // expect: session/cookie-flags
                .httpOnly(true)
                .path("/api/session")
                .build();
        return ResponseEntity.noContent().header(HttpHeaders.SET_COOKIE, cookie.toString()).build();
    }
}
