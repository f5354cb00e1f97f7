package com.example.vault;

public record NoteRequest(String secretPhrase, String note) { }
