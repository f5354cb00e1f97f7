package com.example.shop;

import jakarta.validation.constraints.Pattern;

public class Lookup {
    @Pattern(regexp = "[A-Z]{2}[0-9]{6}")
    private String reference;
    private int year;

    public String getReference() { return reference; }
    public int getYear() { return year; }
}
