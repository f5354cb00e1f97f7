package com.example.notes;

// One id and one free-text field: the text is bound as sent, so the body still needs constraints and @Valid.
public class RenameRequest {
    private Long noteId;
    private String title;

    public Long getNoteId() { return noteId; }
    public String getTitle() { return title; }
}
