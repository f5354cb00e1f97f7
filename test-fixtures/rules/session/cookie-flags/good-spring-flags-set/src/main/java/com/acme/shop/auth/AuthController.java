package com.acme.shop.auth;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;

@RestController
public class AuthController {
    @PostMapping("/api/login")
    public void login(String token, HttpServletResponse response) {
        ResponseCookie cookie = ResponseCookie.from("access_token", token)
                .httpOnly(true).secure(true).sameSite("Lax").path("/").maxAge(Duration.ofMinutes(15)).build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    }

    @PostMapping("/api/remember")
    public void remember(String sessionId, HttpServletResponse response) {
        response.addCookie(sessionCookie(sessionId));
    }

    private Cookie sessionCookie(String sessionId) {
        Cookie c = new Cookie("session_id", sessionId);
        c.setHttpOnly(true);
        c.setSecure(true);
        c.setAttribute("SameSite", "Strict");
        return c;
    }

    @PostMapping("/api/theme")
    public void theme(String theme, HttpServletResponse response) {
        response.addCookie(new Cookie("theme", theme));
    }
}
