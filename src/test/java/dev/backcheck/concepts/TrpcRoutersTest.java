package dev.backcheck.concepts;

import dev.backcheck.Fixtures;
import dev.backcheck.model.Project;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/** The tRPC concept on fixture projects: adapters and mount paths, procedure paths, middleware by behaviour, inputs. */
class TrpcRoutersTest {
    private static Project project(String dir) {
        return Fixtures.scan(Fixtures.ROOT.resolve(dir), Set.of("trpc/unvalidated-input")).project();
    }

    private static TrpcRouters.Procedure proc(TrpcRouters.Served s, String path) {
        return s.procedures().stream().filter(p -> p.path().equals(path)).findFirst().orElseThrow(() -> new AssertionError(path));
    }

    @Test
    void expressAdapterMergedRoutersAndMiddlewareByBehaviour() {
        TrpcRouters t = TrpcRouters.of(project("apps/trpc-insecure"));
        assertEquals(1, t.served().size());
        TrpcRouters.Served s = t.served().get(0);
        assertEquals("express", s.adapter().kind());
        assertEquals("/trpc", s.adapter().mountPath());
        // mergeRouters keeps ping at the top level; nested routers imported from other files give dotted paths
        assertEquals(List.of("auth.login", "notes.create", "notes.list", "notes.remove", "notes.search", "notes.share", "ping"),
                s.procedures().stream().map(TrpcRouters.Procedure::path).toList());
        TrpcRouters.Procedure create = proc(s, "notes.create");
        assertEquals("mutation", create.type());
        assertTrue(create.builderKnown());
        // protectedProcedure.use(writeLimit): isAuthed throws UNAUTHORIZED without ctx.user, writeLimit TOO_MANY_REQUESTS
        assertEquals(List.of("isAuthed AUTH", "writeLimit RATE_LIMIT"),
                create.middlewares().stream().map(m -> m.name() + " " + m.kind()).toList());
        assertTrue(create.validated());
        TrpcRouters.Procedure share = proc(s, "notes.share");
        assertFalse(share.validated(), "z.any() validates nothing");
        assertTrue(share.inputs().get(0).opaque());
        assertNotNull(TrpcRouters.inputRead(proc(s, "notes.search").resolver()));
        assertNull(TrpcRouters.inputRead(proc(s, "notes.list").resolver()));
    }

    @Test
    void nextFetchAdapterAndAnInlineAuthMiddleware() {
        TrpcRouters t = TrpcRouters.of(project("rules/trpc/unauthenticated-mutation/bad-next"));
        TrpcRouters.Served s = t.served().get(0);
        assertEquals("fetch", s.adapter().kind());
        assertEquals("/api/trpc", s.adapter().mountPath());
        assertTrue(t.servesFrom("src/app/api/trpc/[trpc]/route.ts"));
        // a timing middleware is no control; the inline one that throws UNAUTHORIZED is named by its builder
        assertEquals(List.of("timingMiddleware OTHER", "protectedProcedure AUTH"),
                proc(s, "post.create").middlewares().stream().map(m -> m.name() + " " + m.kind()).toList());
        assertEquals(List.of("timingMiddleware OTHER"),
                proc(s, "post.rename").middlewares().stream().map(m -> m.name() + " " + m.kind()).toList());
    }

    @Test
    void fastifyPluginPrefixAndTypedInputFields() {
        TrpcRouters t = TrpcRouters.of(project("rules/trpc/unvalidated-input/bad-fastify"));
        assertEquals("fastify", t.served().get(0).adapter().kind());
        assertEquals("/trpc", t.served().get(0).adapter().mountPath());
        TrpcRouters typed = TrpcRouters.of(project("rules/injection/sql-raw-query/good-trpc-typed-input"));
        TrpcRouters.Procedure page = proc(typed.served().get(0), "reports.page");
        assertTrue(typed.restrictedField(page, "limit"));
        assertTrue(typed.restrictedField(page, "sort"));
        assertTrue(typed.restrictedField(page, "teamId"));
        assertFalse(typed.restrictedField(proc(typed.served().get(0), "reports.search"), "q"), "a bounded string is still free text");
    }

    @Test
    void nextMountPaths() {
        assertEquals("/api/trpc", TrpcRouters.nextMount("src/pages/api/trpc/[trpc].ts"));
        assertEquals("/api/trpc", TrpcRouters.nextMount("apps/web/src/app/api/trpc/[trpc]/route.ts"));
        assertEquals("", TrpcRouters.nextMount("src/server.ts"));
    }

    @Test
    void aProjectWithoutTrpcHasNoRouters() {
        assertTrue(TrpcRouters.of(project("apps/express-insecure")).served().isEmpty());
    }
}
