package com.example.notes;

public record Note(long id, String title, String body) {
}
