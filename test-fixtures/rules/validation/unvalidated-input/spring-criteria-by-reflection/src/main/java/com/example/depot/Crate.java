package com.example.depot;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class Crate {
    @Id
    @GeneratedValue
    private Long id;
    private String label;
    private String owner;

    public Long getId() { return id; }
    public String getLabel() { return label; }
    public void setLabel(String label) { this.label = label; }
    public String getOwner() { return owner; }
    public void setOwner(String owner) { this.owner = owner; }
}
