package com.example.notes;

// Only numbers: Jackson rejects anything else with a 400 before the handler runs.
public class MoveRequest {
    private Long noteId;
    private Long folderId;
    private boolean pinned;

    public Long getNoteId() { return noteId; }
    public Long getFolderId() { return folderId; }
    public boolean isPinned() { return pinned; }
}
