package com.example.ledger;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

@Entity
public class Entry {
    @Id
    private UUID id;
    private UUID ownerId;
    private String label;
    private String shop;
    private String kind;
    private BigDecimal amount;
    private LocalDate bookedOn;

    public UUID getId() { return id; }
    public String getLabel() { return label; }
    public LocalDate getBookedOn() { return bookedOn; }
}
