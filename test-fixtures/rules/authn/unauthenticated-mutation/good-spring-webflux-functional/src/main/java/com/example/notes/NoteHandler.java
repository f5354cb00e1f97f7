package com.example.notes;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

@Component
public class NoteHandler {

    private final JdbcTemplate jdbc;

    public NoteHandler(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Mono<ServerResponse> archive(ServerRequest request) {
        jdbc.update("UPDATE notes SET archived = true WHERE id = ?", Long.parseLong(request.pathVariable("id")));
        return ServerResponse.noContent().build();
    }

    public Mono<ServerResponse> remove(ServerRequest request) {
        jdbc.update("DELETE FROM notes WHERE id = ?", Long.parseLong(request.pathVariable("id")));
        return ServerResponse.noContent().build();
    }
}
