package com.acme.desk.auth;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class SessionController {

    // logout: an empty cookie that expires at once, whatever flags it has, carries no token
    @PostMapping("/api/session/logout")
    public ResponseEntity<Void> logout(HttpServletResponse response) {
        Cookie cookie = new Cookie("desk_token", "");
        cookie.setPath("/");
        cookie.setMaxAge(0);
        response.addCookie(cookie);
        return ResponseEntity.noContent().build();
    }

    // the builder form of the same clearing cookie
    @PostMapping("/api/session/end")
    public ResponseEntity<Void> end() {
        ResponseCookie gone = ResponseCookie.from("desk_refresh", "").path("/").maxAge(0).build();
        return ResponseEntity.noContent().header(HttpHeaders.SET_COOKIE, gone.toString()).build();
    }

    // an empty value that lives for a day is still a cookie the browser keeps and sends
    @PostMapping("/api/session/reset")
    public ResponseEntity<Void> reset(HttpServletResponse response) {
        Cookie cookie = new Cookie("desk_token", ""); // expect: session/cookie-flags
        cookie.setPath("/");
        cookie.setMaxAge(86400);
        response.addCookie(cookie);
        return ResponseEntity.noContent().build();
    }

    // a token with max age 0 set on another cookie: this one still carries the token
    @PostMapping("/api/session/rotate")
    public ResponseEntity<Void> rotate(HttpServletResponse response, String fresh) {
        Cookie old = new Cookie("desk_old", "");
        old.setMaxAge(0);
        response.addCookie(old);
        Cookie cookie = new Cookie("desk_token", fresh); // expect: session/cookie-flags
        cookie.setPath("/");
        response.addCookie(cookie);
        return ResponseEntity.noContent().build();
    }
}
