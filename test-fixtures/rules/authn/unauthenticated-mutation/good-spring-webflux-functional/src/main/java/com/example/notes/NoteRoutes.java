package com.example.notes;

import static org.springframework.web.reactive.function.server.RequestPredicates.DELETE;
import static org.springframework.web.reactive.function.server.RequestPredicates.path;
import static org.springframework.web.reactive.function.server.RouterFunctions.nest;
import static org.springframework.web.reactive.function.server.RouterFunctions.route;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

// Functional endpoints (WebFlux), every route behind the SecurityWebFilterChain: the builder form and the static route/nest form.
@Configuration
public class NoteRoutes {

    @Bean
    RouterFunction<ServerResponse> adminRoutes(NoteHandler notes) {
        return RouterFunctions.route()
            .path("/admin", b -> b.POST("/notes/{id}/archive", notes::archive))
            .build();
    }

    @Bean
    RouterFunction<ServerResponse> noteRoutes(NoteHandler notes) {
        return nest(path("/notes"),
            route(DELETE("/{id}"), notes::remove));
    }
}
