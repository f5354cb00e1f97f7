package com.example.shelf;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Shelf {
    @Id
    private Long id;
    private String code;
    private String label;

    public Shelf() {
    }

    public Shelf(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String getCode() {
        return code;
    }

    public void setLabel(String label) {
        this.label = label;
    }
}
