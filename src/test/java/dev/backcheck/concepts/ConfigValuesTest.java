package dev.backcheck.concepts;

import dev.backcheck.concepts.ConfigValues.Kind;
import dev.backcheck.concepts.ConfigValues.Value;
import dev.backcheck.lang.facts.CallSite;
import dev.backcheck.lang.facts.FileFacts;
import dev.backcheck.lang.facts.Fn;
import dev.backcheck.lang.ts.TsParser;
import dev.backcheck.model.Analysis;
import dev.backcheck.model.Project;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.*;

import static org.junit.jupiter.api.Assertions.*;

/** ConfigValues.value: where a configured value comes from, as written in the code; FileFacts.strings. */
class ConfigValuesTest {

    private static Project project(Map<String, String> sources, Map<String, String> texts) throws Exception {
        Map<String, FileFacts> files = new TreeMap<>();
        TsParser parser = new TsParser();
        for (var e : sources.entrySet()) files.put(e.getKey(), parser.parse(e.getKey(), e.getValue()));
        return new Project(Path.of("."), files, List.of(), texts);
    }

    /** The origin of the first argument {@code arg} of the first call named {@code method} in {@code path}. */
    private static Value origin(Project p, String path, String method, int arg) {
        FileFacts f = p.file(path);
        for (Fn fn : Analysis.functions(f)) {
            for (CallSite cs : fn.calls()) {
                if (method.equals(cs.methodName())) return ConfigValues.of(p).value(cs.arg(arg), f, fn);
            }
        }
        throw new AssertionError("no call " + method);
    }

    @Test
    void aLiteralIsWrittenInTheCodeWithItsPlace() throws Exception {
        Project p = project(Map.of("src/a.ts", """
                import jwt from 'jsonwebtoken';
                const SECRET = 'super-secret-value';
                export const sign = (u) => jwt.sign({ id: u.id }, SECRET);
                """), Map.of());
        Value v = origin(p, "src/a.ts", "sign", 1);
        assertEquals(Kind.LITERAL, v.kind());
        assertEquals("super-secret-value", v.text());
        assertEquals(2, v.literal().line());
        assertEquals(16, v.literal().column());
        assertTrue(v.inCode());
    }

    @Test
    void anEnvironmentFallbackIsAFallbackWrittenInTheCode() throws Exception {
        Project p = project(Map.of("src/config.ts", """
                export const config = { jwt: { secret: process.env.JWT_SECRET || 'dev-secret', ttl: process.env.TTL } };
                """, "src/auth.ts", """
                import jwt from 'jsonwebtoken';
                import { config } from './config';
                export const sign = (u) => jwt.sign({ id: u.id }, config.jwt.secret, { expiresIn: config.jwt.ttl });
                """), Map.of(".env", "TTL=15m\n"));
        Value v = origin(p, "src/auth.ts", "sign", 1);
        assertEquals(Kind.ENV_DEFAULT, v.kind());
        assertEquals("dev-secret", v.text());
        assertEquals("JWT_SECRET", v.name());
        assertEquals("src/config.ts", v.literal().path());
        assertEquals("env JWT_SECRET with the fallback 'dev-secret'", v.describe());
    }

    @Test
    void anEnvironmentVariableWithoutFallbackIsNotInTheCodeAndACommittedEnvFileGivesItsValue() throws Exception {
        Project p = project(Map.of("src/auth.ts", """
                import jwt from 'jsonwebtoken';
                export const sign = (u) => jwt.sign({ id: u.id }, process.env.JWT_SECRET!, { expiresIn: process.env.TTL });
                """), Map.of(".env", "TTL=15m\n"));
        Value secret = origin(p, "src/auth.ts", "sign", 1);
        assertEquals(Kind.ENV, secret.kind());
        assertEquals("JWT_SECRET", secret.name());
        assertNull(secret.text());
        assertFalse(secret.inCode());
    }

    @Test
    void nestConfigServiceKeysAndRegisterAsNamespaces() throws Exception {
        Project p = project(Map.of("src/jwt.config.ts", """
                import { registerAs } from '@nestjs/config';
                export default registerAs('jwt', () => ({ secret: process.env.JWT_SECRET ?? 'changeme', expires: '1h' }));
                """, "src/auth.service.ts", """
                import { ConfigService } from '@nestjs/config';
                export class AuthService {
                  constructor(private config: ConfigService) {}
                  secret() { return this.use(this.config.get('jwt.secret'), this.config.get('API_KEY'), this.config.get('PORT', '3000')); }
                }
                """), Map.of());
        assertEquals(Kind.ENV_DEFAULT, origin(p, "src/auth.service.ts", "use", 0).kind());
        assertEquals("changeme", origin(p, "src/auth.service.ts", "use", 0).text());
        Value key = origin(p, "src/auth.service.ts", "use", 1);
        assertEquals(Kind.ENV, key.kind());
        assertEquals("API_KEY", key.name());
        Value port = origin(p, "src/auth.service.ts", "use", 2);
        assertEquals(Kind.ENV_DEFAULT, port.kind());
        assertEquals("3000", port.text());
    }

    @Test
    void keysReadFromFilesAndValidatedEnvironments() throws Exception {
        Project p = project(Map.of("src/a.ts", """
                import fs from 'fs';
                import { cleanEnv, str } from 'envalid';
                const env = cleanEnv(process.env, { JWT_SECRET: str() });
                const key = fs.readFileSync('keys/private.pem');
                export const f = () => use(key, env.JWT_SECRET, Buffer.from(process.env.KEY_B64, 'base64'));
                """), Map.of());
        Value file = origin(p, "src/a.ts", "use", 0);
        assertEquals(Kind.FILE, file.kind());
        assertEquals("keys/private.pem", file.text());
        assertEquals(Kind.ENV, origin(p, "src/a.ts", "use", 1).kind());
        assertEquals("KEY_B64", origin(p, "src/a.ts", "use", 2).name());
    }

    @Test
    void stringsCarryTheNameTheyAreBoundTo() throws Exception {
        FileFacts f = new TsParser().parse("src/a.ts", """
                const apiKey = 'k-123';
                const cfg = { db: { password: "pw" } };
                cfg.token = `t-1`;
                class S { salt = 'na'; run() { jwt.sign(x, 'inline'); return 'plain'; } }
                """);
        Map<String, String> byValue = new TreeMap<>();
        for (FileFacts.Str s : f.strings()) byValue.put(s.value(), String.valueOf(s.context()));
        assertEquals("apiKey", byValue.get("k-123"));
        assertEquals("password", byValue.get("pw"));
        assertEquals("token", byValue.get("t-1"));
        assertEquals("salt", byValue.get("na"));
        assertEquals("sign()", byValue.get("inline"));
        assertEquals("null", byValue.get("plain"));
        // source order, each literal once
        assertEquals(List.of("k-123", "pw", "t-1", "na", "inline", "plain"), f.strings().stream().map(FileFacts.Str::value).toList());
    }
}
