package com.example.trips;

public class TripNote {
    private String text;

    public String getText() { return text; }
}
