package dev.backcheck.lang.java;

import dev.backcheck.flow.CallIndex;
import dev.backcheck.lang.facts.FileFacts;
import dev.backcheck.lang.facts.Fn;
import dev.backcheck.model.Project;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.*;

/** Calls across Java files: imports resolve by package and class, an injected interface runs its one implementation. */
class JavaResolutionTest {
    private static final String CONTROLLER = """
            package com.acme.web;
            import com.acme.users.UserService;
            class UserController {
                private final UserService users;
                UserController(UserService users) { this.users = users; }
                String show(String id) { return users.find(id); }
            }
            """;
    private static final String SERVICE = """
            package com.acme.users;
            public interface UserService { String find(String id); }
            """;
    private static final String IMPL = """
            package com.acme.users;
            import org.springframework.jdbc.core.JdbcTemplate;
            class %s implements UserService {
                private final JdbcTemplate jdbc;
                %s(JdbcTemplate jdbc) { this.jdbc = jdbc; }
                public String find(String id) { return jdbc.queryForObject("select n from u where id = " + id, String.class); }
            }
            """;

    private static Project project(Map<String, String> sources) throws Exception {
        Map<String, FileFacts> files = new TreeMap<>();
        JavaFrontEnd fe = new JavaFrontEnd();
        for (Map.Entry<String, String> e : sources.entrySet()) files.put(e.getKey(), fe.parse(e.getKey(), e.getValue()));
        return new Project(Path.of("."), files, List.of(), Map.of());
    }

    @Test
    void anInjectedInterfaceCallRunsItsOnlyImplementation() throws Exception {
        Project p = project(Map.of("src/com/acme/web/UserController.java", CONTROLLER,
                "src/com/acme/users/UserService.java", SERVICE,
                "src/com/acme/users/UserServiceImpl.java", IMPL.formatted("UserServiceImpl", "UserServiceImpl")));
        assertEquals("src/com/acme/users/UserService.java", p.resolveModule("src/com/acme/web/UserController.java", "com.acme.users", "UserService"));
        Fn find = p.file("src/com/acme/users/UserServiceImpl.java").classes().get("UserServiceImpl").method("find");
        List<CallIndex.Site> callers = CallIndex.of(p).callers(find);
        assertEquals(1, callers.size());
        assertEquals("show", callers.get(0).fn().name());
        assertEquals(1, CallIndex.of(p).sites("org.springframework.jdbc.core.JdbcTemplate.queryForObject").size());
    }

    @Test
    void twoImplementationsLeaveTheCallOnTheInterface() throws Exception {
        Project p = project(Map.of("src/com/acme/web/UserController.java", CONTROLLER,
                "src/com/acme/users/UserService.java", SERVICE,
                "src/com/acme/users/A.java", IMPL.formatted("A", "A"),
                "src/com/acme/users/B.java", IMPL.formatted("B", "B")));
        Fn a = p.file("src/com/acme/users/A.java").classes().get("A").method("find");
        assertTrue(CallIndex.of(p).callers(a).isEmpty());
        Fn declared = p.file("src/com/acme/users/UserService.java").classes().get("UserService").method("find");
        assertEquals(1, CallIndex.of(p).callers(declared).size());
    }
}
