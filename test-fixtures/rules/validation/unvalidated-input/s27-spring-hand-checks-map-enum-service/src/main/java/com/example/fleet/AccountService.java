package com.example.fleet;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

@Service
public class AccountService {
    private final PasswordRules rules;
    private final JdbcTemplate jdbc;

    public AccountService(PasswordRules rules, JdbcTemplate jdbc) {
        this.rules = rules;
        this.jdbc = jdbc;
    }

    public void changePassword(String email, String current, String next) {
        rules.validateStrengthOrThrow(next);
        jdbc.update("update accounts set password = ? where email = ?", next, email);
    }

    public void setNickname(String email, String nickname) {
        jdbc.update("update accounts set nickname = ? where email = ?", nickname, email);
    }

    public void export(ExportRequest.Format format, String note) {
        jdbc.update("insert into exports(format, note) values (?, ?)", format.name(), note);
    }
}
