package com.example.shelf;

public interface AccountMapper {
    String passwordOf(String login);
}
