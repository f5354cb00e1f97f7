package com.example.garden;

public class SearchBody {
    private String term;

    public String getTerm() { return term; }
}
