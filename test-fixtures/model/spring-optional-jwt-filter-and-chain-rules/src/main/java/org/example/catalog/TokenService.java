package org.example.catalog;

import org.springframework.stereotype.Service;

@Service
public class TokenService {
    public boolean isValid(String token) {
        return token.length() > 20;
    }

    public boolean isExpired(String token) {
        return false;
    }

    public String subject(String token) {
        return token.substring(0, 8);
    }
}
