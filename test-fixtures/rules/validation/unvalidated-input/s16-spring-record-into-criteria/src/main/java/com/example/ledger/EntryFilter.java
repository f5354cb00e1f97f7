package com.example.ledger;

import java.time.LocalDate;

public record EntryFilter(LocalDate from, LocalDate to, String kind, String text) {
}
