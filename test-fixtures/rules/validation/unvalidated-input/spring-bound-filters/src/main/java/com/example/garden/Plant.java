package com.example.garden;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Plant {
    @Id
    private Long id;
    private String name;

    public Long getId() { return id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
}
