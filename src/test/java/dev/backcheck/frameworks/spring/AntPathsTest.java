package dev.backcheck.frameworks.spring;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AntPathsTest {
    @Test
    void doubleStarMatchesTheFolderAndEverythingBelow() {
        assertTrue(AntPaths.matches("/api/**", "/api"));
        assertTrue(AntPaths.matches("/api/**", "/api/users/{id}"));
        assertTrue(AntPaths.matches("/**", "/"));
        assertFalse(AntPaths.matches("/api/**", "/apix/users"));
        assertTrue(AntPaths.matches("/**/*.png", "/img/logo.png"));
    }

    @Test
    void aRouteVariableMatchesOnlyAWholeSegmentWildcard() {
        assertTrue(AntPaths.matches("/users/*", "/users/{id}"));
        assertTrue(AntPaths.matches("/users/*", "/users/:id"));
        assertTrue(AntPaths.matches("/users/{userId}", "/users/{id}"));
        assertFalse(AntPaths.matches("/users/me", "/users/{id}"));
        assertFalse(AntPaths.matches("/users/*.json", "/users/{id}"));
        assertTrue(AntPaths.matches("/users/me", "/users/me"));
        assertFalse(AntPaths.matches("/users/*", "/users/{id}/orders"));
    }

    @Test
    void globsWithinASegment() {
        assertTrue(AntPaths.matches("/auth/log*", "/auth/login"));
        assertTrue(AntPaths.matches("/v?/items", "/v1/items"));
        assertFalse(AntPaths.matches("/auth/log*", "/auth/signup"));
    }
}
