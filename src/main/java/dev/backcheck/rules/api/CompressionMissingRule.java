package dev.backcheck.rules.api;

import dev.backcheck.concepts.ExternalApi;
import dev.backcheck.lang.facts.FileFacts;
import dev.backcheck.lang.facts.Import;
import dev.backcheck.model.Application;
import dev.backcheck.model.Project;
import dev.backcheck.rules.Rule;
import dev.backcheck.rules.AbsenceRollup;
import dev.backcheck.rules.RuleContext;
import dev.backcheck.rules.RuleId;

import java.util.List;
import java.util.Set;

/**
 * A server that answers over HTTP with no response compression: no {@code compression} middleware (Express, NestJS on
 * Express), no {@code @fastify/compress} (Fastify, NestJS on Fastify), no {@code compress()} from {@code hono/compress}.
 * JSON lists compress five- to tenfold. A note: a reverse proxy or CDN in front of the app may compress instead; not
 * reported when the tree ships an nginx config that proxies with {@code gzip on} for JSON, or a Caddyfile whose
 * {@code reverse_proxy} sits with an {@code encode} directive ({@link #compressingProxy}).
 * Not reported for serverless handlers (the platform compresses; {@code @hono/node-server/vercel}'s handle(app) is one, and so
 * is a Vercel function that imports the app, {@link dev.backcheck.concepts.VercelFunctions},
 * its serve() then a dev entry) nor for Hono apps that do not
 * run on Node ({@code @hono/node-server}) or whose Node entry is the dev server of a Cloudflare Workers deployment
 * (a wrangler config whose main entry is in the app's directory tree), nor for a dead app or one that only answers
 * health/metrics/stats probes.
 */
@RuleId("api/compression-missing")
public final class CompressionMissingRule implements Rule {
    private static final Set<String> COMPRESSION = Set.of("compression", "@fastify/compress", "fastify-compress", "hono/compress",
            "shrink-ray-current", "shrink-ray", "express-static-gzip", "koa-compress");
    private static final Set<String> SERVERLESS = Set.of("serverless-http", "@vendia/serverless-express", "@codegenie/serverless-express",
            "aws-serverless-express", "@fastify/aws-lambda", "hono/aws-lambda", "hono/vercel", "hono/cloudflare-workers", "@netlify/functions",
            "@hono/node-server/vercel", "hono/netlify", "hono/lambda-edge");

    private static final java.util.regex.Pattern WRANGLER_MAIN = java.util.regex.Pattern.compile("(?m)^\\s*\"?main\"?\\s*[=:]\\s*\"([^\"]+)\"");

    /**
     * A wrangler.toml / wrangler.json(c) whose {@code main} entry lies in the same directory tree as the app's file
     * (the app's directory or one above it holding both).
     */
    static boolean workersDeploy(Project project, String appPath) {
        java.nio.file.Path root = project.root();
        if (root == null) return false;
        String appDir = appPath.contains("/") ? appPath.substring(0, appPath.lastIndexOf('/')) : "";
        try {
            java.nio.file.Path base = root.toAbsolutePath().normalize();
            for (String wrel : dev.backcheck.workspace.DiskListing.list(root, 4, Set.of("node_modules"), Long.MAX_VALUE, Integer.MAX_VALUE,
                    rel -> dev.backcheck.workspace.DiskListing.name(rel).matches("wrangler\\.(toml|json|jsonc)")).paths()) {
                java.nio.file.Path w = base.resolve(wrel);
                // through the guarded reader: a wrangler file that links out of the root reads nothing
                String text = dev.backcheck.concepts.SourceLines.text(project, wrel, 200_000);
                if (text == null) continue;
                java.util.regex.Matcher m = WRANGLER_MAIN.matcher(text);
                if (!m.find()) continue;
                java.nio.file.Path main = w.getParent().resolve(m.group(1)).normalize();
                String rel = base.relativize(main).toString().replace('\\', '/');
                String mainDir = rel.contains("/") ? rel.substring(0, rel.lastIndexOf('/')) : "";
                if (mainDir.equals(appDir) || appDir.startsWith(mainDir + "/") || mainDir.startsWith(appDir + "/")
                        || mainDir.isEmpty()) return true;
            }
        } catch (Exception e) {
            return false;
        }
        return false;
    }

    private static final java.util.regex.Pattern GZIP_ON = java.util.regex.Pattern.compile("(?m)^[ \\t]*gzip[ \\t]+on[ \\t]*;");
    private static final java.util.regex.Pattern PROXY_PASS = java.util.regex.Pattern.compile("(?m)^[ \\t]*proxy_pass[ \\t]+\\S");
    private static final java.util.regex.Pattern GZIP_TYPES = java.util.regex.Pattern.compile("(?m)^[ \\t]*gzip_types\\b[^;]*(json|[ \\t]\\*[ \\t]*;|[ \\t]\\*[ \\t])");

    /** Caddy: {@code encode} with its formats (or none: Caddy's default zstd and gzip, JSON among the default types). */
    private static final java.util.regex.Pattern CADDY_ENCODE = java.util.regex.Pattern.compile("(?m)^[ \\t]*encode(?:[ \\t]+(?:gzip|zstd|br)\\b|[ \\t]*\\{|[ \\t]*$)");
    private static final java.util.regex.Pattern CADDY_PROXY = java.util.regex.Pattern.compile("(?m)^[ \\t]*reverse_proxy[ \\t]+\\S");

    /**
     * The tree ships a reverse proxy that compresses what it proxies: among its nginx config files (nginx.conf,
     * *.conf or *.conf.template under a folder named nginx, conf.d or sites-*, default.conf), one turns {@code gzip on;}
     * with {@code gzip_types} naming JSON (or every type) and one has a {@code proxy_pass}; or a Caddyfile
     * (Caddyfile, Caddyfile.*, *.caddyfile) that both proxies ({@code reverse_proxy}) and compresses ({@code encode gzip
     * zstd}: Caddy's default types include JSON). Files within four folders of the root, outside node_modules and
     * build output; read through the guarded reader. The config found, or null.
     */
    static String compressingProxy(Project project) {
        java.nio.file.Path root = project.root();
        if (root == null) return null;
        List<String> confs = new java.util.ArrayList<>(project.diskListing().list(dev.backcheck.workspace.DiskListing.Region.PROXY_CONFIGS, 499_999,
                Integer.MAX_VALUE, rel -> nginxConf(rel) || caddyfile(rel)).paths());
        // the first 50 in path order (the walk's own order depends on the file system)
        if (confs.size() > 50) confs.subList(50, confs.size()).clear();
        String gzip = null;
        boolean types = false, proxies = false;
        for (String rel : confs) {
            String text = dev.backcheck.concepts.SourceLines.text(project, rel, 500_000);
            if (text == null) continue;
            if (caddyfile(rel)) {
                if (CADDY_ENCODE.matcher(text).find() && CADDY_PROXY.matcher(text).find()) return rel;
                continue;
            }
            if (gzip == null && GZIP_ON.matcher(text).find()) gzip = rel;
            types |= GZIP_TYPES.matcher(text).find();
            proxies |= PROXY_PASS.matcher(text).find();
        }
        return gzip != null && types && proxies ? gzip : null;
    }

    private static boolean caddyfile(String rel) {
        String name = dev.backcheck.workspace.DiskListing.name(rel).toLowerCase(java.util.Locale.ROOT);
        return name.equals("caddyfile") || name.startsWith("caddyfile.") || name.endsWith(".caddyfile");
    }

    private static boolean nginxConf(String rel) {
        String lower = rel.toLowerCase(java.util.Locale.ROOT);
        String name = lower.substring(lower.lastIndexOf('/') + 1);
        if (!name.endsWith(".conf") && !name.endsWith(".conf.template")) return false;
        if (name.startsWith("nginx") || name.equals("default.conf") || name.equals("default.conf.template")) return true;
        for (String seg : lower.split("/")) if (seg.contains("nginx") || seg.equals("conf.d") || seg.startsWith("sites-")) return true;
        return false;
    }

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
        // an nginx or Caddy in front of the app, shipped with it, compresses what it proxies (gzip on; gzip_types with JSON / encode)
        Boolean[] proxied = {null};
        for (Application app : project.applications()) {
            if (app.routes().isEmpty() || app.location() == null || project.isTestPath(app.location().path())) continue;
            if (app.framework().equals("trpc")) continue; // its HTTP server is the host app's (or Next.js, which compresses)
            if (app.framework().equals("hono") && !nodeServer) continue;
            // never listened on nor handed anywhere, or only health/stats probes beside a websocket server: nothing to compress
            if (ExternalApi.idle(project, app)) continue;
            // the Node entry is the dev server when Cloudflare Workers runs the same package in production (the edge compresses)
            if (app.framework().equals("hono") && workersDeploy(project, app.location().path())) continue;
            // handed to a Vercel function (vercel.json builds api/index.ts with @vercel/node): Vercel's edge compresses
            if (dev.backcheck.concepts.VercelFunctions.of(project).serves(app.location().path())) continue;
            if (proxied[0] == null) proxied[0] = compressingProxy(project) != null;
            if (proxied[0]) continue;
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
