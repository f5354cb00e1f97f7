package com.example.notes;

import static org.springframework.web.servlet.function.RequestPredicates.DELETE;
import static org.springframework.web.servlet.function.RequestPredicates.path;
import static org.springframework.web.servlet.function.RouterFunctions.nest;
import static org.springframework.web.servlet.function.RouterFunctions.route;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

// Functional endpoints (WebMvc.fn): the builder form and the static route/nest form.
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
            route(DELETE("/{id}"), notes::remove)); // expect: authn/unauthenticated-mutation
    }
}
