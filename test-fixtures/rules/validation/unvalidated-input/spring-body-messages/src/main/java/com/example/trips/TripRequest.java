package com.example.trips;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public class TripRequest {
    @NotBlank
    @Size(max = 80)
    private String destination;

    public String getDestination() { return destination; }
}
