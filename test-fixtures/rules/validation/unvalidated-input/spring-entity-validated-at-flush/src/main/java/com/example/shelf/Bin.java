package com.example.shelf;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

// no constraint on any field: nothing checks it, early or late
@Entity
public class Bin {
    @Id
    @GeneratedValue
    private Long id;

    private String code;

    public Long getId() { return id; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
}
