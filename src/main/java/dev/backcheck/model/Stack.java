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

    public static Stack detect(List<? extends Manifest> manifests) {
        Map<String, Component> found = new TreeMap<>();
        for (Manifest p : manifests) {
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
