package com.example.pantry;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

@Service
public class ShelfServiceImpl implements ShelfService {
    private final ShelfRules rules;
    private final JdbcTemplate jdbc;

    public ShelfServiceImpl(ShelfRules rules, JdbcTemplate jdbc) {
        this.rules = rules;
        this.jdbc = jdbc;
    }

    @Override
    public void store(ShelfItem item) {
        rules.checkItem(item);
        jdbc.update("insert into shelf(label, note) values (?, ?)", item.getLabel(), item.getNote());
    }

    @Override
    public void storeUnchecked(ShelfItem item) {
        rules.requireLabel(item);
        jdbc.update("insert into shelf(label, note) values (?, ?)", item.getLabel(), item.getNote());
    }

    @Override
    public int countSince(String day) {
        try {
            LocalDate.parse(day);
        } catch (DateTimeParseException e) {
            throw new BadInput("not a date: " + day);
        }
        Integer n = jdbc.queryForObject("select count(*) from shelf where added >= '" + day + "'", Integer.class);
        return n == null ? 0 : n;
    }
}
