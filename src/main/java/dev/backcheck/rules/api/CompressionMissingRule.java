package dev.backcheck.rules.api;

import dev.backcheck.lang.facts.FileFacts;
import dev.backcheck.lang.facts.Import;
import dev.backcheck.model.Application;
import dev.backcheck.model.Project;
import dev.backcheck.rules.Rule;
import dev.backcheck.rules.AbsenceRollup;
import dev.backcheck.rules.RuleContext;
import dev.backcheck.rules.RuleId;

import java.util.Set;

/**
 * A server that answers over HTTP with no response compression: no {@code compression} middleware (Express, NestJS on
 * Express), no {@code @fastify/compress} (Fastify, NestJS on Fastify), no {@code compress()} from {@code hono/compress}.
 * JSON lists compress five- to tenfold. A note: a reverse proxy or CDN in front of the app may compress instead, which
 * the tree does not show. Not reported for serverless handlers (the platform compresses) nor for Hono apps that do not
 * run on Node ({@code @hono/node-server}).
 */
@RuleId("api/compression-missing")
public final class CompressionMissingRule implements Rule {
    private static final Set<String> COMPRESSION = Set.of("compression", "@fastify/compress", "fastify-compress", "hono/compress",
            "shrink-ray-current", "shrink-ray", "express-static-gzip", "koa-compress");
    private static final Set<String> SERVERLESS = Set.of("serverless-http", "@vendia/serverless-express", "@codegenie/serverless-express",
            "aws-serverless-express", "@fastify/aws-lambda", "hono/aws-lambda", "hono/vercel", "hono/cloudflare-workers", "@netlify/functions");

    @Override
    public void check(Project project, RuleContext ctx) {
        boolean compresses = false, serverless = false, nodeServer = false;
        for (FileFacts f : project.files().values()) {
            if (project.isTestPath(f.path())) continue;
            for (Import i : f.imports().values()) {
                if (COMPRESSION.contains(i.module())) compresses = true;
                if (SERVERLESS.contains(i.module())) serverless = true;
                if (i.module().equals("@hono/node-server")) nodeServer = true;
            }
        }
        if (compresses || serverless) return;
        for (Application app : project.applications()) {
            if (app.routes().isEmpty() || app.location() == null || project.isTestPath(app.location().path())) continue;
            if (app.framework().equals("trpc")) continue; // its HTTP server is the host app's (or Next.js, which compresses)
            if (app.framework().equals("hono") && !nodeServer) continue;
            String lib = switch (app.framework()) {
                case "fastify" -> "@fastify/compress";
                case "hono" -> "compress() from hono/compress";
                default -> "compression";
            };
            AbsenceRollup.perApplication(ctx.report(app.location(), "This " + app.frameworkName() + " app sends its responses uncompressed: no " + lib
                            + " is mounted. JSON compresses five- to tenfold, so lists and large answers travel slower and cost more bandwidth"
                            + " than needed; mount it, unless a reverse proxy or CDN in front of the app compresses.")
                    .fix(ctx.meta().fixText(app.framework())).property("framework", app.framework()))
                    .add();
        }
    }
}
