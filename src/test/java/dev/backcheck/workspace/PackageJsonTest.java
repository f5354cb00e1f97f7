package dev.backcheck.workspace;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PackageJsonTest {

    @Test
    void pathsAfterCdAreTakenFromThatFolder() {
        assertEquals(List.of("tsx", "server/.env", "server/server.ts"),
                PackageJson.commandWords("cd server && tsx --env-file=.env server.ts").stream().filter(w -> !w.startsWith("-")).toList());
        assertEquals(List.of("node", "apps/api/dist/main.js"), PackageJson.commandWords("cd apps/api; node ./dist/main.js"));
        // a folder the package cannot see: the paths after it are unknown
        assertEquals(List.of("node"), PackageJson.commandWords("cd .. && node server.js"));
        assertEquals(List.of("node"), PackageJson.commandWords("cd $APP_DIR && node index.js"));
        // no cd: the words as written
        assertEquals(List.of("node", "dist/server.js"), PackageJson.commandWords("node dist/server.js"));
    }

    @Test
    void scriptFilesFollowCd() {
        String pj = "{\"scripts\":{\"dev:server\":\"cd server && tsx server.ts\",\"start\":\"node dist/server.js\",\"lint\":\"eslint .\"}}";
        assertEquals(Map.of("dev:server", List.of("server/server.ts"), "start", List.of("dist/server.js")), PackageJson.scriptFiles(pj));
    }
}
