package com.example.seat;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.JwtParser;
import java.util.Map;
import org.springframework.stereotype.Service;

@Service
public class SessionKeys {
    private final JwtParser parser;
    private final Map<String, String> sessions;

    public SessionKeys(JwtParser parser, Map<String, String> sessions) {
        this.parser = parser;
        this.sessions = sessions;
    }

    /** Ends the session a signed token names (the parser rejects a token whose signature does not hold). */
    public void end(String token) {
        Claims claims = parser.parseClaimsJws(token).getBody();
        sessions.remove(claims.getSubject());
    }

    /** Not written yet. */
    public String search(String text) {
        return null;
    }
}
