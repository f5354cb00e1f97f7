package com.example.depot;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

// a search form: free text and a date range, no constraints
public class CrateFilter {
    private String label;
    private List<Long> ownerIds = new ArrayList<>();
    private List<Timestamp> packedBetween;

    public String getLabel() { return label; }
    public void setLabel(String label) { this.label = label; }
    public List<Long> getOwnerIds() { return ownerIds; }
    public List<Timestamp> getPackedBetween() { return packedBetween; }
    public void setPackedBetween(List<Timestamp> packedBetween) { this.packedBetween = packedBetween; }
}
