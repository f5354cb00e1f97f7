// Synthetic Spring Boot backend generator for the backcheck benchmark (issue 15's Java target).
//
//   java bench/GenerateSpring.java <outDir> <approxLines> [seed]
//
// Writes a Maven project: pom.xml (Boot 3, Security 6), application.properties, one SecurityConfig and, per
// module, a @RestController (mappings with path variables, query parameters and @Valid bodies), a service, a
// JdbcTemplate repository, a DTO with Bean Validation constraints and an entity. The same seed always gives
// byte-identical output. No dependencies: single-file Java 17 program.

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

public class GenerateSpring {
    private final Path out;
    private final Random rnd;
    private long lines;
    private int files;

    GenerateSpring(Path out, long seed) {
        this.out = out;
        this.rnd = new Random(seed);
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: java bench/GenerateSpring.java <outDir> <approxLines> [seed]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        long target = parseSize(args[1]);
        long seed = args.length == 3 ? Long.parseLong(args[2]) : 42L;
        if (Files.exists(out) && Files.list(out).findAny().isPresent()) {
            System.err.println("GenerateSpring: " + out + " exists and is not empty; refusing to write into it");
            System.exit(2);
        }
        GenerateSpring g = new GenerateSpring(out, seed);
        int modules = g.run(target);
        System.err.printf(Locale.ROOT, "GenerateSpring: %d .java lines in %d files (%d modules)%n", g.lines, g.files, modules);
    }

    static long parseSize(String s) {
        String t = s.trim().toLowerCase(Locale.ROOT).replace("_", "");
        long mul = 1;
        if (t.endsWith("k")) { mul = 1_000; t = t.substring(0, t.length() - 1); }
        else if (t.endsWith("m")) { mul = 1_000_000; t = t.substring(0, t.length() - 1); }
        return Long.parseLong(t) * mul;
    }

    private static final String BASE = "src/main/java/com/example/shop";
    private static final String[] NOUNS = {"order", "invoice", "customer", "product", "shipment", "coupon", "review",
            "ticket", "payment", "warehouse", "supplier", "cart", "refund", "report", "category", "tag"};

    int run(long target) throws IOException {
        write("pom.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <parent>
                    <groupId>org.springframework.boot</groupId>
                    <artifactId>spring-boot-starter-parent</artifactId>
                    <version>3.3.4</version>
                  </parent>
                  <groupId>com.example</groupId>
                  <artifactId>shop</artifactId>
                  <version>1.0.0</version>
                  <dependencies>
                    <dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-web</artifactId></dependency>
                    <dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-security</artifactId></dependency>
                    <dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-validation</artifactId></dependency>
                    <dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-jdbc</artifactId></dependency>
                  </dependencies>
                </project>
                """);
        write("src/main/resources/application.properties", """
                server.servlet.context-path=/api
                spring.datasource.url=jdbc:postgresql://localhost:5432/shop
                management.endpoints.web.exposure.include=health,info
                """);
        write(BASE + "/ShopApplication.java", """
                package com.example.shop;

                import org.springframework.boot.SpringApplication;
                import org.springframework.boot.autoconfigure.SpringBootApplication;

                @SpringBootApplication
                public class ShopApplication {
                    public static void main(String[] args) {
                        SpringApplication.run(ShopApplication.class, args);
                    }
                }
                """);
        write(BASE + "/config/SecurityConfig.java", """
                package com.example.shop.config;

                import org.springframework.context.annotation.Bean;
                import org.springframework.context.annotation.Configuration;
                import org.springframework.security.config.annotation.web.builders.HttpSecurity;
                import org.springframework.security.web.SecurityFilterChain;

                @Configuration
                public class SecurityConfig {
                    @Bean
                    SecurityFilterChain chain(HttpSecurity http) throws Exception {
                        http.authorizeHttpRequests(a -> a
                                .requestMatchers("/public/**", "/actuator/health").permitAll()
                                .requestMatchers("/admin/**").hasRole("ADMIN")
                                .anyRequest().authenticated())
                            .httpBasic(b -> { });
                        return http.build();
                    }
                }
                """);
        int m = 0;
        while (lines < target) module(m++);
        return m;
    }

    private void module(int i) throws IOException {
        String noun = NOUNS[i % NOUNS.length];
        String Noun = Character.toUpperCase(noun.charAt(0)) + noun.substring(1) + i;
        String pkg = "com.example.shop.m" + i;
        String dir = BASE + "/m" + i;
        String table = noun + "s_" + i;
        int fields = 4 + rnd.nextInt(5);
        StringBuilder dtoFields = new StringBuilder(), entityFields = new StringBuilder();
        for (int f = 0; f < fields; f++) {
            boolean text = f % 2 == 0;
            dtoFields.append(text ? "    @NotBlank @Size(max = 120)\n    private String field" + f + ";\n"
                                  : "    @Min(0) @Max(100000)\n    private int field" + f + ";\n");
            entityFields.append(text ? "    private String field" + f + ";\n" : "    private int field" + f + ";\n");
        }
        write(dir + "/" + Noun + "Request.java", "package " + pkg + ";\n\nimport jakarta.validation.constraints.*;\n\n"
                + "public class " + Noun + "Request {\n" + dtoFields + "}\n");
        write(dir + "/" + Noun + ".java", "package " + pkg + ";\n\npublic class " + Noun + " {\n    private long id;\n"
                + entityFields + "    public long getId() { return id; }\n    public void setId(long id) { this.id = id; }\n}\n");
        write(dir + "/" + Noun + "Repository.java", """
                package %1$s;

                import java.util.List;
                import org.springframework.jdbc.core.JdbcTemplate;
                import org.springframework.jdbc.core.BeanPropertyRowMapper;
                import org.springframework.stereotype.Repository;

                @Repository
                public class %2$sRepository {
                    private final JdbcTemplate jdbc;

                    public %2$sRepository(JdbcTemplate jdbc) {
                        this.jdbc = jdbc;
                    }

                    public List<%2$s> page(int limit, int offset) {
                        return jdbc.query("SELECT * FROM %3$s ORDER BY id LIMIT ? OFFSET ?",
                                new BeanPropertyRowMapper<>(%2$s.class), limit, offset);
                    }

                    public %2$s find(long id) {
                        return jdbc.queryForObject("SELECT * FROM %3$s WHERE id = ?", new BeanPropertyRowMapper<>(%2$s.class), id);
                    }

                    public List<%2$s> search(String term) {
                        return jdbc.query("SELECT * FROM %3$s WHERE field0 LIKE ?", new BeanPropertyRowMapper<>(%2$s.class), "%%" + term + "%%");
                    }

                    public int insert(%2$sRequest body) {
                        return jdbc.update("INSERT INTO %3$s (field0) VALUES (?)", body.toString());
                    }

                    public int delete(long id) {
                        return jdbc.update("DELETE FROM %3$s WHERE id = ?", id);
                    }
                }
                """.formatted(pkg, Noun, table));
        write(dir + "/" + Noun + "Service.java", """
                package %1$s;

                import java.util.List;
                import org.springframework.stereotype.Service;
                import org.springframework.transaction.annotation.Transactional;

                @Service
                public class %2$sService {
                    private static final int MAX_PAGE = 100;
                    private final %2$sRepository repository;

                    public %2$sService(%2$sRepository repository) {
                        this.repository = repository;
                    }

                    public List<%2$s> list(int page, int size) {
                        int limit = Math.min(Math.max(size, 1), MAX_PAGE);
                        return repository.page(limit, Math.max(page, 0) * limit);
                    }

                    public %2$s get(long id) {
                        return repository.find(id);
                    }

                    public List<%2$s> search(String term) {
                        return repository.search(term == null ? "" : term.trim());
                    }

                    @Transactional
                    public void create(%2$sRequest body) {
                        repository.insert(body);
                    }

                    @Transactional
                    public void remove(long id) {
                        repository.delete(id);
                    }
                }
                """.formatted(pkg, Noun));
        write(dir + "/" + Noun + "Controller.java", """
                package %1$s;

                import jakarta.validation.Valid;
                import java.util.List;
                import org.springframework.http.ResponseEntity;
                import org.springframework.security.access.prepost.PreAuthorize;
                import org.springframework.web.bind.annotation.*;

                @RestController
                @RequestMapping("/v1/%3$ss%4$d")
                public class %2$sController {
                    private final %2$sService service;

                    public %2$sController(%2$sService service) {
                        this.service = service;
                    }

                    @GetMapping
                    public List<%2$s> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
                        return service.list(page, size);
                    }

                    @GetMapping("/{id}")
                    public %2$s get(@PathVariable long id) {
                        return service.get(id);
                    }

                    @GetMapping("/search")
                    public List<%2$s> search(@RequestParam String q) {
                        return service.search(q);
                    }

                    @PostMapping
                    public ResponseEntity<Void> create(@Valid @RequestBody %2$sRequest body) {
                        service.create(body);
                        return ResponseEntity.status(201).build();
                    }

                    @PreAuthorize("hasRole('ADMIN')")
                    @DeleteMapping("/{id}")
                    public ResponseEntity<Void> delete(@PathVariable long id) {
                        service.remove(id);
                        return ResponseEntity.noContent().build();
                    }
                }
                """.formatted(pkg, Noun, noun, i));
    }

    private void write(String rel, String text) throws IOException {
        Path p = out.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        files++;
        if (rel.endsWith(".java")) lines += text.lines().count();
    }
}
