package com.example.shelf;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

@Service
public class MailStore {
    private final JdbcTemplate jdbc;

    public MailStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void setMail(String login, String mail) {
        jdbc.update("update account set mail = ? where login = ?", mail, login);
    }
}
