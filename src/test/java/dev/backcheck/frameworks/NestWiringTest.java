package dev.backcheck.frameworks;

import dev.backcheck.Fixtures;
import dev.backcheck.engine.ScanResult;
import dev.backcheck.model.Application;
import dev.backcheck.model.Control;
import dev.backcheck.model.ControlKind;
import dev.backcheck.model.Project;
import dev.backcheck.model.Route;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/** NestJS wiring the route inventory alone does not show: what was not followed, scripts that are not servers, versions. */
class NestWiringTest {

    @Test
    void aRouteAnEarlierParameterRouteOfTheSameControllerMatchesIsShadowed() {
        ScanResult r = Fixtures.scan(Fixtures.ROOT.resolve("model/nest-first-match-in-controller"), Set.of());
        List<Project.NotModelled> nm = r.project().notModelled();
        assertEquals(1, nm.size(), nm.toString());
        Project.NotModelled shadowed = nm.get(0);
        assertTrue(shadowed.shadowed(), shadowed.toString());
        assertEquals("src/surveys/surveys.controller.ts", shadowed.path());
        assertEquals(19, shadowed.line());
        assertTrue(shadowed.what().startsWith("GET /surveys/questions: an earlier GET route of the same controller"), shadowed.what());
    }

    @Test
    void anUnknownPrefixAndAConditionalModuleAreReportedAndEachRouteIsListedOnce() {
        ScanResult r = Fixtures.scan(Fixtures.ROOT.resolve("model/nestjs-chosen-modules"), Set.of());
        List<Project.NotModelled> nm = r.project().notModelled();
        assertEquals(2, nm.size(), nm.toString());
        Project.NotModelled choice = nm.get(0);
        assertEquals("src/app.module.ts", choice.path());
        assertEquals(7, choice.line());
        assertTrue(choice.what().contains("module chosen by a condition"), choice.what());
        assertTrue(choice.registration());
        Project.NotModelled prefix = nm.get(1);
        assertEquals("src/main.ts", prefix.path());
        assertEquals(9, prefix.line());
        assertTrue(prefix.what().contains("global prefix from env PUBLIC_BASE_PATH"), prefix.what());
        assertTrue(choice.what().contains("ToolsModule"), choice.what());
        // the persistence choice (providers only) changes no route and is not reported; /reports is mounted
        // once, from the module the default configuration selects
        List<Route> routes = r.project().applications().get(0).routes();
        List<Route> reports = routes.stream().filter(x -> x.path().equals("/reports/summary")).toList();
        assertEquals(1, reports.size());
        assertEquals(5, reports.get(0).location().line());
    }

    @Test
    void anEnvExampleValueChoosesTheOtherModule(@TempDir Path dir) throws IOException {
        copy(Fixtures.ROOT.resolve("model/nestjs-chosen-modules"), dir);
        write(dir, ".env.example", "REPORTS_ENGINE=legacy\nPUBLIC_BASE_PATH=/notes-api\n");
        ScanResult r = Fixtures.scan(dir, Set.of());
        List<Route> routes = r.project().applications().get(0).routes();
        Route report = routes.stream().filter(x -> x.path().endsWith("/reports/summary")).findFirst().orElseThrow();
        assertEquals("/notes-api/reports/summary", report.path());
        assertEquals(13, report.location().line());
        assertEquals(1, r.project().notModelled().size(), r.project().notModelled().toString());
    }

    @Test
    void aCommittedDotEnvWinsOverTheCodeDefaultAndTheExample(@TempDir Path dir) throws IOException {
        write(dir, "package.json", "{ \"dependencies\": { \"@nestjs/common\": \"10\", \"@nestjs/core\": \"10\" } }");
        write(dir, "src/main.ts", """
                import { NestFactory } from '@nestjs/core';
                import { Controller, Get, Module } from '@nestjs/common';
                @Controller('orders')
                class OrdersController { @Get() list() { return []; } }
                @Module({ controllers: [OrdersController] })
                class AppModule {}
                async function boot() {
                  const app = await NestFactory.create(AppModule);
                  app.setGlobalPrefix(process.env.API_PREFIX ?? 'api');
                  await app.listen(3000);
                }
                boot();
                """);
        // a call on what super.make() returns (a callee with no name) is not the app, and does not stop the model
        write(dir, "src/util.ts", "class Base { make() { return { on() {} }; } }\nexport class Child extends Base {\n  make() {\n    const made = super.make();\n    made.on();\n    return made;\n  }\n}\n");
        write(dir, ".env.example", "API_PREFIX=example\n");
        assertEquals("GET /api/orders", Fixtures.scan(dir, Set.of()).project().applications().get(0).routes().get(0).label());
        write(dir, ".env", "# local\nexport API_PREFIX=\"shop/v2\"\n");
        assertEquals("GET /shop/v2/orders", Fixtures.scan(dir, Set.of()).project().applications().get(0).routes().get(0).label());
    }

    private static void copy(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t);
            }
        }
    }

    @Test
    void appsCreatedOnlyToReadConfigOrSeedAreNotApplications() {
        ScanResult r = Fixtures.scan(Fixtures.ROOT.resolve("model/nestjs-config-prefix"), Set.of());
        List<Application> apps = r.project().applications();
        assertEquals(1, apps.size(), apps.toString());
        assertEquals(13, apps.get(0).location().line());
        assertTrue(r.project().notModelled().isEmpty(), r.project().notModelled().toString());
        Set<String> keys = new HashSet<>();
        for (Route x : apps.get(0).routes()) assertTrue(keys.add(x.label()), "listed twice: " + x.label());
    }

    @Test
    void headerVersionsStayOutOfThePathAndOnTheRoute() {
        ScanResult r = Fixtures.scan(Fixtures.ROOT.resolve("model/nestjs-header-versioning"), Set.of());
        List<String> versions = new ArrayList<>();
        for (Route x : r.project().applications().get(0).routes()) {
            assertTrue(x.path().startsWith("/svc/items"), x.path());
            versions.add(x.version());
        }
        assertTrue(versions.contains("1 (header X-Catalog-Version)"), versions.toString());
        assertTrue(versions.contains("2, 3 (header X-Catalog-Version)"), versions.toString());
        assertTrue(versions.contains(null), versions.toString());
    }

    @Test
    void anUnresolvableModuleImportIsReportedAndEveryControllerListed(@TempDir Path dir) throws IOException {
        write(dir, "package.json", "{ \"dependencies\": { \"@nestjs/common\": \"10\", \"@nestjs/core\": \"10\", \"@nestjs/throttler\": \"6\" } }");
        write(dir, "src/main.ts", """
                import { NestFactory } from '@nestjs/core';
                import { AppModule } from './app.module';
                async function boot() {
                  const app = await NestFactory.create(AppModule);
                  await app.listen(3000);
                }
                boot();
                """);
        write(dir, "src/app.module.ts", """
                import { Module } from '@nestjs/common';
                import { ThrottlerModule } from '@nestjs/throttler';
                import { BillingModule } from './billing/billing.module';
                @Module({ imports: [ThrottlerModule.forRoot([{ ttl: 60000, limit: 10 }]), BillingModule] })
                export class AppModule {}
                """);
        write(dir, "src/invoices.controller.ts", """
                import { Controller, Get } from '@nestjs/common';
                @Controller('invoices')
                export class InvoicesController {
                  @Get()
                  list() { return []; }
                }
                """);
        ScanResult r = Fixtures.scan(dir, Set.of());
        List<Project.NotModelled> nm = r.project().notModelled();
        assertEquals(1, nm.size(), nm.toString());
        assertEquals("src/app.module.ts", nm.get(0).path());
        assertTrue(nm.get(0).what().contains("could not be resolved (BillingModule)"), nm.get(0).what());
        Application app = r.project().applications().get(0);
        assertEquals(List.of("GET /invoices"), app.routes().stream().map(Route::label).toList());
        // ThrottlerModule without a ThrottlerGuard counts nothing: it is shown as a limiter never applied
        List<Control> um = app.unmounted().stream().filter(c -> c.kind() == ControlKind.RATE_LIMIT).toList();
        assertEquals(1, um.size(), app.unmounted().toString());
        assertEquals(4, um.get(0).location().line());
    }

    @Test
    void aKeyLookupGuardIsAuthAndALibraryRootModuleIsNoApplication(@TempDir Path dir) throws IOException {
        write(dir, "package.json", "{ \"dependencies\": { \"@nestjs/common\": \"10\", \"@nestjs/core\": \"10\", \"@nestjs/graphql\": \"12\" } }");
        write(dir, "src/main.ts", """
                import { NestFactory } from '@nestjs/core';
                import { GraphQLSchemaBuilderModule } from '@nestjs/graphql';
                import { AppModule } from './app.module';
                async function boot() {
                  const app = await NestFactory.create(AppModule);
                  await app.listen(3000);
                }
                export async function printSchema() {
                  const tool = await NestFactory.create(GraphQLSchemaBuilderModule);
                  await tool.init();
                }
                boot();
                """);
        write(dir, "src/app.module.ts", """
                import { Module } from '@nestjs/common';
                import { KeysController } from './keys.controller';
                @Module({ controllers: [KeysController] })
                export class AppModule {}
                """);
        write(dir, "src/key.guard.ts", """
                import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
                const issued = new Set<string>();
                @Injectable()
                export class KeyGuard implements CanActivate {
                  canActivate(context: ExecutionContext): boolean {
                    const req = context.switchToHttp().getRequest();
                    const key = req.headers['x-api-key'];
                    if (!key || !issued.has(key)) throw new UnauthorizedException();
                    return true;
                  }
                }
                """);
        write(dir, "src/keys.controller.ts", """
                import { Controller, Delete, Param, UseGuards } from '@nestjs/common';
                import { KeyGuard } from './key.guard';
                @Controller('keys')
                @UseGuards(KeyGuard)
                export class KeysController {
                  @Delete(':id')
                  revoke(@Param('id') id: string) { return id; }
                }
                """);
        ScanResult r = Fixtures.scan(dir, Set.of());
        assertEquals(1, r.project().applications().size(), r.project().applications().toString());
        Route route = r.project().applications().get(0).routes().get(0);
        assertEquals("DELETE /keys/:id", route.label());
        assertEquals(List.of("KeyGuard"), route.controls(ControlKind.AUTH).stream().map(Control::name).toList());
    }

    private static void write(Path root, String rel, String text) throws IOException {
        Path p = root.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }
}
