package dev.backcheck.lang.java;

import dev.backcheck.lang.ParseError;
import dev.backcheck.lang.facts.CallSite;
import dev.backcheck.lang.facts.FileFacts;
import dev.backcheck.lang.facts.Fn;
import dev.backcheck.lang.facts.Val;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class JavaFrontEndTest {
    private static FileFacts parse(String code) throws ParseError {
        return new JavaFrontEnd().parse("src/A.java", code);
    }

    private static List<CallSite> calls(FileFacts f, String cls, String method) {
        Fn m = f.classes().get(cls).method(method);
        assertNotNull(m, method);
        return m.calls();
    }

    @Test
    void syntaxErrorIsAParseErrorWithItsLine() {
        ParseError e = assertThrows(ParseError.class, () -> parse("class A {\n  void f() {\n    int x = ;\n  }\n}\n"));
        assertEquals("parse-error", e.id);
        assertEquals(3, e.line);
        assertTrue(e.getMessage().startsWith("syntax error"), e.getMessage());
    }

    @Test
    void deepNestingIsRefusedBeforeParsing() {
        String deep = "class A { int x = " + "(".repeat(5000) + "1" + ")".repeat(5000) + "; }";
        ParseError e = assertThrows(ParseError.class, () -> parse(deep));
        assertEquals("too-deep", e.id);
    }

    @Test
    void modernSyntaxParses() throws Exception {
        FileFacts f = parse("""
                package p;
                record Point(int x, int y) { }
                sealed interface Shape permits Circle { }
                final class Circle implements Shape {
                    String describe(Object o) {
                        var s = \"""
                            text block
                            \""";
                        return switch (o) {
                            case Integer i when i > 0 -> "positive " + s;
                            case String str -> str;
                            default -> "other";
                        };
                    }
                }
                """);
        assertEquals("java", f.language());
        assertTrue(f.classes().containsKey("Point"));
        assertEquals(2, f.classes().get("Point").ctorParams().size());
        assertEquals("p", JavaModuleResolver.packageOf(f));
    }

    @Test
    void oldCodeUsingUnderscoreStillParses() throws Exception {
        FileFacts f = parse("class A { void f() { int _ = 1; g(_); } void g(int x) { } }");
        assertEquals(2, f.classes().get("A").methods().size());
    }

    @Test
    void receiverTypesComeFromFieldsParametersAndLocals() throws Exception {
        FileFacts f = parse("""
                package com.acme.web;
                import java.sql.Connection;
                import java.sql.Statement;
                import org.springframework.jdbc.core.JdbcTemplate;
                import com.acme.users.UserDto;
                class A {
                    private final JdbcTemplate jdbc;
                    A(JdbcTemplate jdbc) { this.jdbc = jdbc; }
                    void f(Connection c, UserDto dto, String name) throws Exception {
                        Statement st = c.createStatement();
                        st.executeQuery("select " + name);
                        jdbc.update("delete from t where n = '" + dto.getName() + "'");
                    }
                }
                """);
        List<CallSite> calls = calls(f, "A", "f");
        assertEquals(new Val.Ref("java.sql", "Connection", List.of("createStatement")), calls.get(0).callee());
        assertEquals(new Val.Ref("java.sql", "Statement", List.of("executeQuery")), calls.get(1).callee());
        assertEquals(new Val.Concat(List.of(new Val.Lit("select "), new Val.Param(2, "name", List.of()))), calls.get(1).arg(0));
        // a project DTO parameter keeps its value (what flows from the request stays visible)
        assertEquals(new Val.Param(1, "dto", List.of("getName")), calls.get(2).callee());
        assertEquals(new Val.Ref("org.springframework.jdbc.core", "JdbcTemplate", List.of("update")), calls.get(3).callee());
        assertTrue(calls.get(3).arg(0) instanceof Val.Concat c && c.parts().get(1) instanceof Val.Call);
    }

    @Test
    void constantsFoldAcrossConcatenationAndClasses() throws Exception {
        FileFacts f = parse("""
                class Paths {
                    static final String API = "/api";
                    static final String V1 = API + "/v1";
                }
                class A {
                    private static final String USERS = Paths.V1 + "/users";
                    String f() { return USERS + "/" + 42; }
                }
                """);
        assertEquals(new Val.Lit("/api/v1/users"), f.symbols().get("A.USERS"));
        assertEquals(new Val.Concat(List.of(new Val.Lit("/api/v1/users/"), new Val.Lit(42.0))), f.classes().get("A").method("f").returns().get(0));
    }

    @Test
    void stringFormatIsATemplateAndBuildersAConcatenation() throws Exception {
        FileFacts f = parse("""
                class A {
                    void f(String id, Runner r) {
                        r.run(String.format("select * from t where id = %s and x = %%d", id));
                        StringBuilder sb = new StringBuilder();
                        sb.append("a").append(id);
                        sb.append("b");
                        r.run(sb.toString());
                    }
                }
                """);
        List<CallSite> calls = calls(f, "A", "f");
        assertEquals(new Val.Tpl(List.of("select * from t where id = ", " and x = %d"), List.of(new Val.Param(0, "id", List.of()))), calls.get(0).arg(0));
        assertEquals(new Val.Concat(List.of(new Val.Lit("a"), new Val.Param(0, "id", List.of()), new Val.Lit("b"))), calls.get(1).arg(0));
    }

    @Test
    void servletRequestReadsAreRequestValues() throws Exception {
        FileFacts f = parse("""
                import javax.servlet.http.HttpServletRequest;
                class A {
                    void f(HttpServletRequest req, Runner r) {
                        r.run(req.getParameter("q"));
                    }
                }
                """);
        Fn fn = f.classes().get("A").method("f");
        assertEquals(new Val.Req("query", List.of("q")), fn.calls().get(1).arg(0));
        assertEquals("query", fn.reads().get(0).part());
    }

    @Test
    void lombokConstructorInjectionGivesConstructorParameters() throws Exception {
        FileFacts f = parse("""
                import lombok.RequiredArgsConstructor;
                @RequiredArgsConstructor
                class A {
                    private final UserService users;
                    private final String name = "x";
                    private Other notInjected;
                }
                """);
        assertEquals(List.of("users"), f.classes().get("A").ctorParams().stream().map(Fn.Param::name).toList());
        assertEquals("UserService", f.classes().get("A").ctorParams().get(0).type());
    }
}
