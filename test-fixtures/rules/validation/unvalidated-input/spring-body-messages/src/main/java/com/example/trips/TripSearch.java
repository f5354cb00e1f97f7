package com.example.trips;

public class TripSearch {
    private String destination;

    public String getDestination() { return destination; }
}
