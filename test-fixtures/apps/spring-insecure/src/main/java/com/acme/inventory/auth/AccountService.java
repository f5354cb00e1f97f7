package com.acme.inventory.auth;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

import java.util.List;

@Service
public class AccountService {

    private final JdbcTemplate jdbc;

    public AccountService(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void create(String email, String passwordHash, String displayName) {
        jdbc.update("INSERT INTO accounts (email, password_hash, display_name, role) VALUES (?, ?, ?, 'STAFF')",
            email, passwordHash, displayName);
    }

    public Account findByEmail(String email) {
        List<Account> found = jdbc.query("SELECT id, email, password_hash, display_name, role FROM accounts WHERE email = ?",
            (rs, i) -> new Account(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)), email);
        return found.isEmpty() ? null : found.get(0);
    }

    public void signIn(Account account) {
        var auth = new UsernamePasswordAuthenticationToken(account.email(), null,
            List.of(new SimpleGrantedAuthority("ROLE_" + account.role())));
        SecurityContextHolder.getContext().setAuthentication(auth);
    }

    public void delete(long id) {
        jdbc.update("DELETE FROM accounts WHERE id = ?", id);
    }
}
