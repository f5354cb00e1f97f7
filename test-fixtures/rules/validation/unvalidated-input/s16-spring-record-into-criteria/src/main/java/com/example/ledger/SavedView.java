package com.example.ledger;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import java.util.UUID;

@Entity
public class SavedView {
    @Id
    @GeneratedValue
    private UUID id;
    private UUID ownerId;
    private String title;

    public void setOwnerId(UUID ownerId) { this.ownerId = ownerId; }
    public void setTitle(String title) { this.title = title; }
}
