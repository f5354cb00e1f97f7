package com.example.notes;

import java.util.List;

public interface NoteRepository {
    List<Note> page(int page, int size);

    void save(Note note);
}
