package com.example.notes;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

@Component
public class NoteHandler {

    private final JdbcTemplate jdbc;

    public NoteHandler(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public ServerResponse archive(ServerRequest request) {
        jdbc.update("UPDATE notes SET archived = true WHERE id = ?", Long.parseLong(request.pathVariable("id")));
        return ServerResponse.noContent().build();
    }

    public ServerResponse remove(ServerRequest request) {
        jdbc.update("DELETE FROM notes WHERE id = ?", Long.parseLong(request.pathVariable("id")));
        return ServerResponse.noContent().build();
    }
}
