package com.example.shelf;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

// Hibernate Validator checks these constraints when the entity is persisted or updated
@Entity
public class Shelf {
    @Id
    @GeneratedValue
    private Long id;

    @NotNull
    @Size(min = 2, max = 40)
    private String label;

    public Long getId() { return id; }
    public String getLabel() { return label; }
    public void setLabel(String label) { this.label = label; }
}
