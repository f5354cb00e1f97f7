package com.example.trips;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Trip {
    @Id
    private Long id;
    private String destination;

    public Long getId() { return id; }
    public String getDestination() { return destination; }
}
