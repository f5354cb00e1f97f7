package dev.backcheck.frameworks.spring;

import dev.backcheck.Fixtures;
import dev.backcheck.engine.ScanResult;
import dev.backcheck.model.Application;
import dev.backcheck.model.Route;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;

import static org.junit.jupiter.api.Assertions.*;

/** Routes of a small Spring Boot tree written here: MVC, an OpenAPI-style interface, JAX-RS, a servlet, config prefixes. */
class SpringRoutesTest {
    @TempDir
    Path root;

    private void write(String rel, String text) throws Exception {
        Path p = root.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    private ScanResult scan() {
        return Fixtures.scan(root, Set.of("injection/sql-raw-query"));
    }

    private static Map<String, Route> routes(ScanResult r) {
        Map<String, Route> out = new TreeMap<>();
        for (Application a : r.project().applications()) {
            assertEquals("spring", a.framework());
            for (Route x : a.routes()) assertNull(out.put(x.label(), x), "duplicate " + x.label());
        }
        return out;
    }

    @Test
    void mvcMappingsWithPrefixesArraysConstantsAndConfig() throws Exception {
        write("pom.xml", "<project><artifactId>shop</artifactId></project>");
        write("src/main/resources/application.properties", "server.servlet.context-path=/shop\n");
        write("src/main/resources/application.yml", "spring:\n  mvc:\n    servlet:\n      path: /svc\napi:\n  base: /v2\n");
        write("src/main/java/com/acme/shop/ShopApplication.java", """
                package com.acme.shop;
                import org.springframework.boot.autoconfigure.SpringBootApplication;
                @SpringBootApplication
                public class ShopApplication { }
                """);
        write("src/main/java/com/acme/shop/web/Routes.java", """
                package com.acme.shop.web;
                public final class Routes {
                    public static final String ITEMS = "/items";
                    public static final String BY_ID = ITEMS + "/{id:\\\\d+}";
                }
                """);
        write("src/main/java/com/acme/shop/web/ItemController.java", """
                package com.acme.shop.web;
                import jakarta.validation.Valid;
                import org.springframework.web.bind.annotation.*;
                @RestController
                @RequestMapping({"/a", "/b"})
                public class ItemController {
                    @GetMapping(Routes.BY_ID)
                    public String one(@PathVariable long id) { return ""; }
                    @PostMapping(path = Routes.ITEMS)
                    public void add(@Valid @RequestBody ItemForm form, @RequestHeader("X-Trace") String trace) { }
                    @RequestMapping(value = "/sync", method = {RequestMethod.PUT, RequestMethod.PATCH})
                    public void sync() { }
                    @GetMapping({"/list", "/all"})
                    public String list(@RequestParam(required = false) String q, org.springframework.data.domain.Pageable page) { return q; }
                    public void helper() { }
                }
                """);
        write("src/main/java/com/acme/shop/web/PlaceholderController.java", """
                package com.acme.shop.web;
                import org.springframework.stereotype.Controller;
                import org.springframework.web.bind.annotation.*;
                @Controller
                @RequestMapping("${api.base}/things")
                public class PlaceholderController {
                    @DeleteMapping("/{name}")
                    public void drop(@PathVariable("name") String n) { }
                    @RequestMapping("/any")
                    public void any() { }
                }
                """);
        write("src/test/java/com/acme/shop/web/TestOnlyController.java", """
                package com.acme.shop.web;
                import org.springframework.web.bind.annotation.*;
                @RestController
                public class TestOnlyController {
                    @GetMapping("/test-only")
                    public void t() { }
                }
                """);
        Map<String, Route> rs = routes(scan());
        assertEquals(new TreeSet<>(List.of(
                "GET /shop/svc/a/items/:id", "GET /shop/svc/b/items/:id", "POST /shop/svc/a/items", "POST /shop/svc/b/items",
                "PUT /shop/svc/a/sync", "PATCH /shop/svc/a/sync", "PUT /shop/svc/b/sync", "PATCH /shop/svc/b/sync",
                "GET /shop/svc/a/list", "GET /shop/svc/a/all", "GET /shop/svc/b/list", "GET /shop/svc/b/all",
                "DELETE /shop/svc/v2/things/:name", "ALL /shop/svc/v2/things/any")), rs.keySet());
        Route add = rs.get("POST /shop/svc/a/items");
        assertEquals("add", add.handler().name());
        assertEquals(List.of("body", "headers"), add.inputs().stream().map(Route.ParamInput::part).toList());
        assertTrue(add.inputs().get(0).validated());
        assertFalse(add.inputs().get(1).validated());
        assertEquals(Set.of("body"), add.frameworkValidated());
        Route list = rs.get("GET /shop/svc/b/list");
        assertEquals(List.of("query"), list.inputs().stream().map(Route.ParamInput::part).toList());
        assertEquals("src/main/java/com/acme/shop/web/ItemController.java", add.location().path());
        assertEquals(9, add.location().line());
    }

    @Test
    void interfaceMappingsJaxRsAndServlets() throws Exception {
        write("build.gradle", "plugins { id 'org.springframework.boot' version '3.2.0' }\n");
        write("src/main/java/org/demo/api/PetsApi.java", """
                package org.demo.api;
                import org.springframework.http.ResponseEntity;
                import org.springframework.web.bind.annotation.*;
                @RequestMapping("${openapi.demo.base-path:/api}")
                public interface PetsApi {
                    @RequestMapping(method = RequestMethod.GET, value = "/pets/{petId}")
                    default ResponseEntity<String> getPet(@PathVariable("petId") Long petId) { return null; }
                    @PostMapping("/pets")
                    ResponseEntity<Void> addPet(@jakarta.validation.Valid @RequestBody Pet pet);
                }
                """);
        write("src/main/java/org/demo/web/PetsController.java", """
                package org.demo.web;
                import org.demo.api.PetsApi;
                import org.demo.api.Pet;
                import org.springframework.http.ResponseEntity;
                import org.springframework.web.bind.annotation.RestController;
                @RestController
                public class PetsController implements PetsApi {
                    @Override
                    public ResponseEntity<Void> addPet(Pet pet) { return null; }
                }
                """);
        write("src/main/java/org/demo/rs/App.java", """
                package org.demo.rs;
                import jakarta.ws.rs.ApplicationPath;
                import jakarta.ws.rs.core.Application;
                @ApplicationPath("/rs")
                public class App extends Application { }
                """);
        write("src/main/java/org/demo/rs/Orders.java", """
                package org.demo.rs;
                import jakarta.ws.rs.*;
                @Path("/orders")
                public class Orders {
                    @GET
                    public String all(@QueryParam("page") int page) { return ""; }
                    @GET
                    @Path("/{id}")
                    public String one(@PathParam("id") String id) { return id; }
                    @POST
                    public void create(OrderForm form) { }
                }
                """);
        write("src/main/java/org/demo/legacy/Export.java", """
                package org.demo.legacy;
                import jakarta.servlet.annotation.WebServlet;
                import jakarta.servlet.http.*;
                @WebServlet(urlPatterns = {"/export"})
                public class Export extends HttpServlet {
                    @Override
                    protected void doGet(HttpServletRequest req, HttpServletResponse resp) { }
                }
                """);
        write("src/main/java/org/demo/fn/Router.java", """
                package org.demo.fn;
                import static org.springframework.web.reactive.function.server.RouterFunctions.route;
                import static org.springframework.web.reactive.function.server.RequestPredicates.GET;
                import org.springframework.web.reactive.function.server.RouterFunction;
                class Router {
                    RouterFunction<?> routes(Handler h) { return route(GET("/fn"), h::all); }
                }
                """);
        ScanResult result = scan();
        assertFalse(result.project().notModelled().stream().anyMatch(n -> n.what().startsWith("Spring functional routes")),
                result.project().notModelled().toString());
        Map<String, Route> rs = routes(result);
        assertEquals(new TreeSet<>(List.of("GET /api/pets/:petId", "POST /api/pets", "GET /rs/orders", "GET /rs/orders/:id",
                "POST /rs/orders", "GET /export", "GET /fn")), rs.keySet());
        assertEquals(6, rs.get("GET /fn").location().line());
        Route add = rs.get("POST /api/pets");
        assertEquals("src/main/java/org/demo/web/PetsController.java", add.handler().file());
        assertTrue(add.inputs().get(0).validated(), "the interface's @Valid @RequestBody applies to the override");
        assertEquals("src/main/java/org/demo/api/PetsApi.java", rs.get("GET /api/pets/:petId").handler().file());
        assertEquals(List.of("body"), rs.get("POST /rs/orders").inputs().stream().map(Route.ParamInput::part).toList());
        assertEquals(List.of("params"), rs.get("GET /rs/orders/:id").inputs().stream().map(Route.ParamInput::part).toList());
        assertEquals("doGet", rs.get("GET /export").handler().name());
    }

    private static boolean authenticated(Route r) {
        return r.chain().stream().anyMatch(c -> c.kind() == dev.backcheck.model.ControlKind.AUTH);
    }

    @Test
    void securityFiveAdaptersOrderedAndScopedWithRequestMatchersAndSuperConfigure() throws Exception {
        write("pom.xml", "<project><artifactId>desk</artifactId></project>");
        write("src/main/java/com/acme/desk/DeskApplication.java", """
                package com.acme.desk;
                @org.springframework.boot.autoconfigure.SpringBootApplication
                public class DeskApplication { }
                """);
        // declared first but @Order(100) by default: the site chain, Spring's defaults after an open folder
        write("src/main/java/com/acme/desk/SiteSecurity.java", """
                package com.acme.desk;
                import org.springframework.security.config.annotation.web.builders.HttpSecurity;
                import org.springframework.security.config.annotation.web.configuration.WebSecurityConfigurerAdapter;
                public class SiteSecurity extends WebSecurityConfigurerAdapter {
                    @Override
                    protected void configure(HttpSecurity http) throws Exception {
                        http.authorizeRequests().antMatchers("/public/**", "/api/open/**").permitAll();
                        super.configure(http);
                    }
                }
                """);
        write("src/main/java/com/acme/desk/ApiSecurity.java", """
                package com.acme.desk;
                import org.springframework.core.annotation.Order;
                import org.springframework.security.config.annotation.web.builders.HttpSecurity;
                import org.springframework.security.config.annotation.web.configuration.WebSecurityConfigurerAdapter;
                @Order(1)
                public class ApiSecurity extends WebSecurityConfigurerAdapter {
                    @Override
                    protected void configure(HttpSecurity http) throws Exception {
                        http.requestMatchers().antMatchers("/api/**").and()
                            .authorizeRequests().anyRequest().authenticated()
                            .and().httpBasic();
                    }
                }
                """);
        write("src/main/java/com/acme/desk/DeskController.java", """
                package com.acme.desk;
                import org.springframework.web.bind.annotation.*;
                @RestController
                public class DeskController {
                    @GetMapping("/public/about") public String about() { return "a"; }
                    @GetMapping("/home") public String home() { return "h"; }
                    @GetMapping("/api/open/status") public String status() { return "s"; }
                    @PostMapping("/api/tickets") public void open() { }
                }
                """);
        Map<String, Route> rs = routes(scan());
        assertFalse(authenticated(rs.get("GET /public/about")), "the site chain opens /public/**");
        assertTrue(authenticated(rs.get("GET /home")), "super.configure(http): anyRequest().authenticated()");
        assertTrue(authenticated(rs.get("GET /api/open/status")), "the @Order(1) /api/** chain comes first, the site chain never sees it");
        assertTrue(authenticated(rs.get("POST /api/tickets")));
    }

    @Test
    void webFluxFunctionalRoutesWithTheirHandlersAndTheSecurityWebFilterChain() throws Exception {
        write("pom.xml", "<project><artifactId>flux</artifactId></project>");
        write("src/main/resources/application.properties", "spring.webflux.base-path=/svc\n");
        write("src/main/java/com/acme/flux/Routes.java", """
                package com.acme.flux;
                import static org.springframework.web.reactive.function.server.RequestPredicates.*;
                import static org.springframework.web.reactive.function.server.RouterFunctions.*;
                import org.springframework.context.annotation.Bean;
                import org.springframework.http.HttpMethod;
                import org.springframework.http.MediaType;
                import org.springframework.web.reactive.function.server.*;
                public class Routes {
                    @Bean
                    RouterFunction<ServerResponse> api(ItemHandler items) {
                        return RouterFunctions.route()
                            .GET("/items/{id}", accept(MediaType.APPLICATION_JSON), items::get)
                            .POST("/items", items::create)
                            .path("/admin", b -> b.DELETE("/items/{id}", items::delete))
                            .nest(path("/v2"), b -> {
                                b.GET("/ping", req -> ServerResponse.ok().build());
                                b.PUT("/items/{id}", items::update);
                            })
                            .add(legacy())
                            .build();
                    }
                    RouterFunction<ServerResponse> legacy() {
                        return route(GET("/old").or(path("/older").and(method(HttpMethod.GET))), r -> ServerResponse.ok().build())
                            .andNest(path("/shop"), route(POST("/carts"), r -> ServerResponse.ok().build()));
                    }
                }
                """);
        write("src/main/java/com/acme/flux/ItemHandler.java", """
                package com.acme.flux;
                import org.springframework.web.reactive.function.server.*;
                import reactor.core.publisher.Mono;
                public class ItemHandler {
                    public Mono<ServerResponse> get(ServerRequest r) { return ServerResponse.ok().build(); }
                    public Mono<ServerResponse> create(ServerRequest r) { return ServerResponse.ok().build(); }
                    public Mono<ServerResponse> update(ServerRequest r) { return ServerResponse.ok().build(); }
                    public Mono<ServerResponse> delete(ServerRequest r) { return ServerResponse.ok().build(); }
                }
                """);
        write("src/main/java/com/acme/flux/Sec.java", """
                package com.acme.flux;
                import org.springframework.context.annotation.Bean;
                import org.springframework.http.HttpMethod;
                import org.springframework.security.config.web.server.ServerHttpSecurity;
                import org.springframework.security.web.server.SecurityWebFilterChain;
                public class Sec {
                    @Bean
                    SecurityWebFilterChain chain(ServerHttpSecurity http) {
                        return http.authorizeExchange(ex -> ex
                                .pathMatchers(HttpMethod.GET, "/items/**", "/v2/**", "/old", "/older").permitAll()
                                .pathMatchers("/admin/**").hasRole("ADMIN")
                                .anyExchange().authenticated())
                            .build();
                    }
                }
                """);
        ScanResult result = scan();
        assertTrue(result.project().notModelled().isEmpty(), result.project().notModelled().toString());
        Map<String, Route> rs = routes(result);
        assertEquals(new TreeSet<>(List.of("GET /svc/items/:id", "POST /svc/items", "DELETE /svc/admin/items/:id", "GET /svc/v2/ping",
                "PUT /svc/v2/items/:id", "GET /svc/old", "GET /svc/older", "POST /svc/shop/carts")), rs.keySet());
        assertEquals("create", rs.get("POST /svc/items").handler().name());
        assertEquals("src/main/java/com/acme/flux/ItemHandler.java", rs.get("PUT /svc/v2/items/:id").handler().file());
        assertEquals(13, rs.get("POST /svc/items").location().line());
        // the security chain matches below the base path
        assertFalse(authenticated(rs.get("GET /svc/items/:id")));
        assertTrue(authenticated(rs.get("POST /svc/items")));
        assertTrue(authenticated(rs.get("DELETE /svc/admin/items/:id")));
        assertFalse(authenticated(rs.get("GET /svc/older")));
        assertTrue(authenticated(rs.get("POST /svc/shop/carts")));
    }

    @Test
    void aSecurityChainCoversTheModulesPackagedWithItsAppNotAnIndependentApp() throws Exception {
        String starter = "<dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-security</artifactId></dependency>";
        write("pom.xml", "<project><groupId>com.acme</groupId><artifactId>parent</artifactId><modules><module>shop</module>"
                + "<module>tools</module><module>demo</module></modules></project>");
        write("shop/pom.xml", "<project><groupId>com.acme</groupId><artifactId>shop</artifactId><dependencies>" + starter
                + "<dependency><groupId>com.acme</groupId><artifactId>tools</artifactId></dependency></dependencies></project>");
        write("tools/pom.xml", "<project><groupId>com.acme</groupId><artifactId>tools</artifactId></project>");
        write("demo/pom.xml", "<project><groupId>com.acme</groupId><artifactId>demo</artifactId></project>");
        write("shop/src/main/java/com/acme/shop/ShopApplication.java", """
                package com.acme.shop;
                @org.springframework.boot.autoconfigure.SpringBootApplication
                public class ShopApplication { }
                """);
        write("shop/src/main/java/com/acme/shop/Security.java", """
                package com.acme.shop;
                import org.springframework.context.annotation.Bean;
                import org.springframework.security.config.annotation.web.builders.HttpSecurity;
                import org.springframework.security.web.SecurityFilterChain;
                public class Security {
                    @Bean
                    SecurityFilterChain chain(HttpSecurity http) throws Exception {
                        return http.authorizeHttpRequests(a -> a.anyRequest().authenticated()).build();
                    }
                }
                """);
        write("tools/src/main/java/com/acme/tools/ToolController.java", """
                package com.acme.tools;
                import org.springframework.web.bind.annotation.*;
                @RestController
                public class ToolController {
                    @PostMapping("/tools/reindex") public void reindex() { }
                }
                """);
        write("demo/src/main/java/com/acme/demo/DemoApplication.java", """
                package com.acme.demo;
                import org.springframework.web.bind.annotation.*;
                @org.springframework.boot.autoconfigure.SpringBootApplication
                @RestController
                public class DemoApplication {
                    @PostMapping("/demo/echo") public String echo(@RequestBody String s) { return s; }
                }
                """);
        Map<String, Route> rs = new TreeMap<>();
        for (Application a : scan().project().applications()) for (Route x : a.routes()) rs.put(x.label(), x);
        assertTrue(authenticated(rs.get("POST /tools/reindex")), "the tools module is packaged into the shop app");
        assertFalse(authenticated(rs.get("POST /demo/echo")), "the demo app has neither the chain nor Spring Security");
    }
}
