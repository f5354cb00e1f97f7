package com.example.kennel;

public record SignIn(String username, String password, String nickname) { }
