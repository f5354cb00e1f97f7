package dev.backcheck.model;

import dev.backcheck.workspace.Manifest;

import java.util.*;

/**
 * The detected technology stack: one entry per recognised component, from every build manifest
 * of the tree. Categories are fixed strings so reports can group them.
 */
public record Stack(List<Component> components) {

    public record Component(String category, String name, String version, String evidence) { }

    private static final Map<String, String[]> KNOWN = new LinkedHashMap<>();

    private static void known(String category, String... names) {
        for (String n : names) KNOWN.put(n, new String[]{category});
    }

    static {
        known("framework", "express", "fastify", "@nestjs/core", "hono", "koa", "@hapi/hapi", "next");
        known("orm", "@prisma/client", "prisma", "drizzle-orm", "typeorm", "sequelize", "knex", "kysely", "mongoose", "@mikro-orm/core", "objection");
        known("database-driver", "pg", "postgres", "mysql2", "mysql", "sqlite3", "better-sqlite3", "mongodb", "ioredis", "redis", "@neondatabase/serverless", "@vercel/postgres", "@libsql/client");
        known("auth", "jsonwebtoken", "jose", "passport", "passport-jwt", "passport-local", "@nestjs/passport", "@nestjs/jwt", "@fastify/jwt", "express-jwt", "bcrypt", "bcryptjs", "argon2", "express-session", "@fastify/session", "next-auth", "@auth/core", "lucia", "better-auth");
        known("validation", "zod", "joi", "yup", "valibot", "ajv", "class-validator", "class-transformer", "express-validator", "celebrate", "@sinclair/typebox", "@hono/zod-validator", "superstruct", "io-ts", "@vinejs/vine");
        known("logging", "pino", "pino-http", "winston", "morgan", "bunyan", "express-winston", "@nestjs/common", "log4js");
        known("security", "helmet", "@fastify/helmet", "cors", "@fastify/cors", "express-rate-limit", "rate-limiter-flexible", "express-slow-down", "@fastify/rate-limit", "@nestjs/throttler", "hono-rate-limiter", "csurf", "@fastify/csrf-protection", "hpp");
        known("observability", "prom-client", "@opentelemetry/api", "@opentelemetry/sdk-node", "@sentry/node", "dd-trace", "@nestjs/terminus");
        known("config", "dotenv", "@nestjs/config", "envalid", "@t3-oss/env-core", "convict");
        known("api-docs", "@nestjs/swagger", "swagger-ui-express", "@fastify/swagger", "@hono/zod-openapi", "swagger-jsdoc");
        KNOWN.remove("@nestjs/common"); // not a logger; NestJS is reported through @nestjs/core
    }

    /**
     * Java artifacts (Maven and Gradle), by artifactId or artifactId prefix (ending in '*'): category and the name the
     * stack shows. Spring Boot starters carry the Boot version when the build manages theirs.
     */
    private static final Map<String, String[]> JAVA_KNOWN = new LinkedHashMap<>();

    private static void javaKnown(String category, String name, String... artifacts) {
        for (String a : artifacts) JAVA_KNOWN.put(a, new String[]{category, name});
    }

    static {
        javaKnown("framework", "spring-webmvc", "spring-boot-starter-web", "spring-boot-starter-webmvc", "spring-webmvc");
        javaKnown("framework", "spring-webflux", "spring-boot-starter-webflux", "spring-webflux");
        javaKnown("framework", "jax-rs", "spring-boot-starter-jersey", "jersey-server", "jakarta.ws.rs-api", "javax.ws.rs-api", "resteasy-core", "resteasy-jaxrs");
        javaKnown("orm", "spring-data-jpa", "spring-boot-starter-data-jpa", "spring-data-jpa");
        javaKnown("orm", "hibernate", "hibernate-core");
        javaKnown("orm", "mybatis", "mybatis", "mybatis-spring-boot-starter", "mybatis-plus-boot-starter", "mybatis-plus-spring-boot3-starter");
        javaKnown("orm", "spring-data-mongodb", "spring-boot-starter-data-mongodb");
        javaKnown("orm", "spring-jdbc", "spring-boot-starter-jdbc", "spring-jdbc");
        javaKnown("database-driver", "postgresql", "postgresql");
        javaKnown("database-driver", "mysql", "mysql-connector-java", "mysql-connector-j");
        javaKnown("database-driver", "h2", "h2");
        javaKnown("database-driver", "redis", "spring-boot-starter-data-redis", "jedis", "lettuce-core");
        javaKnown("auth", "spring-security", "spring-boot-starter-security", "spring-security-web", "spring-security-config");
        javaKnown("auth", "spring-security-oauth2", "spring-boot-starter-oauth2-resource-server", "spring-boot-starter-oauth2-client", "spring-security-oauth2-jose");
        javaKnown("auth", "jjwt", "jjwt", "jjwt-api");
        javaKnown("auth", "java-jwt", "java-jwt");
        javaKnown("auth", "nimbus-jose-jwt", "nimbus-jose-jwt");
        javaKnown("validation", "bean-validation", "spring-boot-starter-validation", "hibernate-validator", "jakarta.validation-api", "validation-api");
        javaKnown("logging", "logback", "logback-classic");
        javaKnown("logging", "log4j2", "spring-boot-starter-log4j2", "log4j-core");
        javaKnown("security", "bucket4j", "bucket4j-core", "bucket4j_jdk17-core", "bucket4j-spring-boot-starter");
        javaKnown("security", "resilience4j", "resilience4j-ratelimiter", "resilience4j-spring-boot2", "resilience4j-spring-boot3");
        javaKnown("observability", "spring-boot-actuator", "spring-boot-starter-actuator");
        javaKnown("observability", "micrometer", "micrometer-registry-prometheus", "micrometer-tracing-bridge-otel", "micrometer-tracing-bridge-brave");
        javaKnown("api-docs", "springdoc", "springdoc-openapi-starter-webmvc-ui", "springdoc-openapi-ui", "springdoc-openapi-starter-webflux-ui");
        javaKnown("api-docs", "springfox", "springfox-swagger2", "springfox-boot-starter");
    }

    public static Stack detect(List<? extends Manifest> manifests) {
        Map<String, Component> found = new TreeMap<>();
        // the Spring Boot version a multi-module build manages in one (parent) manifest
        String bootOfTree = null;
        for (Manifest p : manifests) if (bootOfTree == null) bootOfTree = p.versions().get("spring-boot");
        for (Manifest p : manifests) {
            String boot = p.versions().getOrDefault("spring-boot", bootOfTree);
            if (p.versions().containsKey("spring-boot")) found.putIfAbsent("framework\u0000spring-boot", new Component("framework", "spring-boot", boot, p.path()));
            if (!p.ecosystem().equals("npm")) {
                for (Manifest.Dep d : p.dependencies().values()) {
                    if (d.dev()) continue;
                    String artifact = d.name().substring(d.name().indexOf(':') + 1);
                    String[] cat = JAVA_KNOWN.get(artifact);
                    if (cat == null) continue;
                    String version = d.version(); // a Boot starter's version is Boot's (see spring-boot and springSecurityMajor)
                    found.putIfAbsent(cat[0] + "\u0000" + cat[1], new Component(cat[0], cat[1], version, p.path() + ":" + d.line()));
                    if (d.name().startsWith("org.springframework.boot:") && bootOfTree == null) {
                        found.putIfAbsent("framework\u0000spring-boot", new Component("framework", "spring-boot", d.version(), p.path() + ":" + d.line()));
                    }
                }
                if (p.runtime() != null && p.runtimeVersion() != null) {
                    found.putIfAbsent("runtime\u0000" + p.runtime(), new Component("runtime", p.runtime(), p.runtimeVersion(), p.path()));
                }
                continue;
            }
            for (Manifest.Dep d : p.dependencies().values()) {
                String[] cat = KNOWN.get(d.name());
                if (cat == null) continue;
                String key = cat[0] + "\u0000" + d.name();
                found.putIfAbsent(key, new Component(cat[0], d.name(), d.version(), p.path() + ":" + d.line()));
            }
            if (p.runtime() != null && p.runtimeVersion() != null) {
                found.putIfAbsent("runtime\u0000" + p.runtime(), new Component("runtime", p.runtime(), p.runtimeVersion(), p.path()));
            }
        }
        return new Stack(List.copyOf(found.values()));
    }

    /**
     * The Spring Security major version the tree builds with: from a declared spring-security version, else from the
     * Spring Boot version that manages it (Boot 2 ships Security 5, Boot 3 Security 6, Boot 4 Security 7); 0 when unknown.
     */
    public int springSecurityMajor() {
        for (Component c : components) {
            if (c.name().equals("spring-security") && c.version() != null && c.version().matches("\\d+.*")) {
                return Integer.parseInt(c.version().replaceAll("^(\\d+).*", "$1"));
            }
        }
        for (Component c : components) {
            if (c.name().equals("spring-boot") && c.version() != null && c.version().matches("\\d+.*")) {
                int boot = Integer.parseInt(c.version().replaceAll("^(\\d+).*", "$1"));
                return boot >= 2 ? boot + 3 : 0;
            }
        }
        return 0;
    }

    public List<Component> of(String category) {
        return components.stream().filter(c -> c.category().equals(category)).toList();
    }

    public boolean has(String name) {
        return components.stream().anyMatch(c -> c.name().equals(name));
    }

    /** Short human summary, e.g. "express 4.19.2, @prisma/client 5.x, pg, zod, pino". */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        for (String cat : List.of("runtime", "framework", "orm", "database-driver", "auth", "validation", "logging", "security")) {
            List<Component> cs = of(cat);
            if (cs.isEmpty()) continue;
            if (!sb.isEmpty()) sb.append("; ");
            sb.append(cat).append(": ");
            StringJoiner j = new StringJoiner(", ");
            for (Component c : cs) j.add(c.name() + (c.version() == null ? "" : " " + c.version()));
            sb.append(j);
        }
        return sb.isEmpty() ? "no known backend packages" : sb.toString();
    }
}
