package dev.backcheck.rules.jwt;

import dev.backcheck.concepts.Tokens;
import dev.backcheck.model.Application;
import dev.backcheck.model.Project;

import java.util.Locale;

/** What the JWT rules share: the framework a finding's fix is written for, durations and secrets in messages. */
final class JwtFindings {
    private JwtFindings() { }

    /** The framework whose fix applies: the library's own, else the application's. */
    static String framework(Project project, String library) {
        if (library != null) {
            switch (library) {
                case "@fastify/jwt" -> { return "fastify"; }
                case "@nestjs/jwt" -> { return "nestjs"; }
                case "hono/jwt" -> { return "hono"; }
                case "jjwt", "java-jwt", "nimbus-jose-jwt", "spring-security-oauth2-jose" -> { return "spring"; }
                default -> { }
            }
        }
        for (Application a : project.applications()) {
            String f = a.framework().toLowerCase(Locale.ROOT);
            if (f.startsWith("nest")) return "nestjs";
            if (f.startsWith("fastify")) return "fastify";
            if (f.startsWith("hono")) return "hono";
        }
        if (project.dependsOn("@nestjs/core")) return "nestjs";
        if (project.dependsOn("fastify")) return "fastify";
        if (project.dependsOn("hono")) return "hono";
        return "express";
    }

    /** A lifetime in words: 900 → "15 minutes", 604800 → "7 days". */
    static String duration(long s) {
        if (s % 86400 == 0 && s >= 86400) return plural(s / 86400, "day");
        if (s % 3600 == 0 && s >= 3600) return plural(s / 3600, "hour");
        if (s % 60 == 0 && s >= 60) return plural(s / 60, "minute");
        if (s >= 86400) return String.format(Locale.ROOT, "%.1f days", s / 86400.0);
        if (s >= 3600) return String.format(Locale.ROOT, "%.1f hours", s / 3600.0);
        return plural(s, "second");
    }

    private static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }

    /** A secret shown in a message without giving all of it away. */
    static String mask(String secret) {
        if (secret == null) return "";
        if (secret.length() <= 8) return secret;
        return secret.substring(0, 4) + "…(" + secret.length() + " characters)";
    }

    /** How a library names its signing call in messages. */
    static String signer(String library) {
        return switch (library) {
            case "jsonwebtoken" -> "jwt.sign";
            case "jose" -> "new SignJWT(...).sign";
            case "@fastify/jwt" -> "@fastify/jwt sign";
            case "@nestjs/jwt" -> "JwtService.sign";
            case "hono/jwt" -> "hono/jwt sign";
            case "jjwt" -> "Jwts.builder()...compact()";
            case "java-jwt" -> "JWT.create()...sign(algorithm)";
            case "nimbus-jose-jwt" -> "SignedJWT.sign(new MACSigner(secret))";
            default -> library + " sign";
        };
    }

    static String verifier(Tokens.Verifier v) {
        return switch (v.library()) {
            case "jsonwebtoken" -> "jwt.verify";
            case "jose" -> "jwtVerify";
            case "@fastify/jwt" -> "@fastify/jwt";
            case "@nestjs/jwt" -> "JwtService.verify";
            case "hono/jwt" -> "hono/jwt";
            case "passport-jwt" -> "passport-jwt Strategy";
            case "express-jwt" -> "express-jwt";
            case "jjwt" -> "The jjwt parser";
            case "java-jwt" -> "JWT.require(algorithm)";
            case "nimbus-jose-jwt" -> "MACVerifier";
            case "spring-security-oauth2-jose" -> "NimbusJwtDecoder";
            default -> v.library();
        };
    }

    /** "15m" / "30d" / 900 (seconds) as seconds; -1 when unreadable. */
    static long seconds(Object option) {
        if (option instanceof Number n) return n.longValue();
        if (option == null) return -1;
        String s = String.valueOf(option).trim();
        if (s.matches("\\d+")) return Long.parseLong(s);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)^(\\d+)\\s*(s|m|h|d|w|y)$").matcher(s);
        if (!m.matches()) return -1;
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "s" -> n;
            case "m" -> n * 60;
            case "h" -> n * 3600;
            case "d" -> n * 86400;
            case "w" -> n * 604800;
            default -> n * 31557600;
        };
    }
}
