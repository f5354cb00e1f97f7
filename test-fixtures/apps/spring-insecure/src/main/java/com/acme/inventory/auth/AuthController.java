package com.acme.inventory.auth;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/auth")
public class AuthController {

    private final AccountService accounts;
    private final PasswordEncoder passwordEncoder;
    private final TokenService tokens;

    public AuthController(AccountService accounts, PasswordEncoder passwordEncoder, TokenService tokens) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.tokens = tokens;
    }

    @PostMapping("/register")
    public ResponseEntity<Void> register(@RequestBody RegisterRequest request) { // expect: validation/unvalidated-input
        accounts.create(request.email(), passwordEncoder.encode(request.password()), request.displayName());
        return ResponseEntity.status(HttpStatus.CREATED).build();
    }

    @PostMapping("/login")
    public ResponseEntity<Void> login(@RequestBody LoginRequest request, HttpServletResponse response) {
        // not validation/unvalidated-input: the email is only a lookup key and the password only goes to
        // passwordEncoder.matches (401 on mismatch); nothing from the body is stored (register, above, stores it)
        Account account = accounts.findByEmail(request.email());
        if (account == null || !passwordEncoder.matches(request.password(), account.passwordHash())) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        accounts.signIn(account);
        Cookie cookie = new Cookie("access_token", tokens.issueAccessToken(account.email())); // expect: session/cookie-flags
        cookie.setPath("/api");
        response.addCookie(cookie);
        return ResponseEntity.noContent().build();
    }
}
