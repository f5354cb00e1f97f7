package dev.backcheck.flow;

import dev.backcheck.Fixtures;
import dev.backcheck.engine.ScanResult;
import dev.backcheck.flow.TaintEngine.Flow;
import dev.backcheck.flow.TaintEngine.SinkSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The engine on small projects written to a temporary folder: each sink call of kind "command" is traced and
 * the test compares, per sink line, the source found (or "clean"). Lines are 1-based in the file named.
 */
class TaintEngineTest {

    /** Sink line → described source ("clean" when no flow), for every command sink of the project. */
    static Map<String, String> flows(Path dir, Map<String, String> files) throws IOException {
        Files.writeString(dir.resolve("package.json"), "{ \"name\": \"t\", \"private\": true, \"dependencies\": { \"express\": \"^4.0.0\","
                + " \"@nestjs/common\": \"^10.0.0\", \"@nestjs/core\": \"^10.0.0\", \"hono\": \"^4.0.0\", \"fastify\": \"^4.0.0\" } }");
        for (Map.Entry<String, String> e : files.entrySet()) {
            Path p = dir.resolve(e.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, e.getValue(), StandardCharsets.UTF_8);
        }
        ScanResult r = Fixtures.scan(dir, Set.of());
        TaintEngine engine = TaintEngine.of(r.project());
        Map<String, String> out = new TreeMap<>();
        for (SinkSite s : engine.sinks("command")) {
            Flow f = engine.trace(s);
            String key = s.file().path() + ":" + s.cs().location().line();
            out.merge(key, f == null ? "clean" : TaintEngine.describe(f.source()).replace("`", ""), (a, b) -> a.equals("clean") ? b : a);
        }
        return out;
    }

    /** The sink lines of one source file, marked with a trailing comment: "// SINK req.x" or "// CLEAN". */
    static Map<String, String> expected(String path, String src) {
        Map<String, String> out = new TreeMap<>();
        String[] lines = src.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int at = lines[i].indexOf("// SINK ");
            if (at >= 0) out.put(path + ":" + (i + 1), lines[i].substring(at + 8).strip());
            else if (lines[i].contains("// CLEAN")) out.put(path + ":" + (i + 1), "clean");
        }
        return out;
    }

    static void check(Path dir, Map<String, String> files) throws IOException {
        Map<String, String> want = new TreeMap<>();
        files.forEach((p, s) -> want.putAll(expected(p, s)));
        assertFalse(want.isEmpty(), "a case without marked sinks tests nothing");
        Map<String, String> got = flows(dir, files);
        List<String> diff = new ArrayList<>();
        for (String k : want.keySet()) {
            String g = got.get(k);
            if (!want.get(k).equals(g)) diff.add(k + ": want " + want.get(k) + ", got " + g);
        }
        for (String k : got.keySet()) if (!want.containsKey(k)) diff.add(k + ": unmarked sink, got " + got.get(k));
        assertTrue(diff.isEmpty(), String.join("\n", diff));
    }

    static final String EXPRESS = "const express = require('express');\nconst { exec, execSync } = require('child_process');\nconst app = express();\n";

    @Test
    void localPropagation(@TempDir Path dir) throws IOException {
        check(dir, Map.of("src/app.js", EXPRESS + """
                app.get('/a', (req, res) => {
                  const { host, n } = req.query;
                  exec(`ping ${host}`); // SINK req.query.host
                  const { ...rest } = req.body;
                  exec('x ' + rest.cmd); // SINK req.body.cmd
                  const o = { ...req.body };
                  exec(o.cmd); // SINK req.body.cmd
                  const parts = [req.params.a, 'b'];
                  exec(parts.join(' ')); // SINK req.params.a
                  exec(String(req.headers['x-cmd']).toLowerCase().trim()); // SINK req.headers['x-cmd']
                  const j = JSON.parse(req.body.json);
                  exec(j.cmd); // SINK req.body.json
                  exec('ls ' + Number(n)); // CLEAN
                  exec('ls ' + parseInt(req.query.n, 10)); // CLEAN
                  exec(`ls ${req.query.n.length}`); // CLEAN
                });
                """));
    }

    @Test
    void objectFieldsAreFieldSensitive(@TempDir Path dir) throws IOException {
        check(dir, Map.of("src/app.js", EXPRESS + """
                app.get('/a', (req, res) => {
                  const o = { a: req.body.x, b: 'ls' };
                  exec(o.b); // CLEAN
                  exec(o.a); // SINK req.body.x
                  const p = { b: 'ls', ...req.body };
                  exec(p.b); // SINK req.body.b
                  const q = { ...req.body, b: 'ls' };
                  exec(q.b); // CLEAN
                });
                """));
    }

    @Test
    void sourcesOfEachFramework(@TempDir Path dir) throws IOException {
        check(dir, Map.of("src/app.ts", """
                import express from 'express';
                import multer from 'multer';
                import { exec } from 'child_process';
                const app = express();
                const upload = multer({ dest: '/tmp' });
                app.post('/up', upload.single('f'), (req, res) => {
                  exec('file ' + req.file.originalname); // SINK req.file.originalname
                  exec('x ' + req.hostname); // SINK req.hostname
                  exec('x ' + req.originalUrl); // SINK req.originalUrl
                  exec('x ' + req.get('host')); // SINK req.headers.host
                  exec('x ' + req.cookies.c); // SINK req.cookies.c
                  exec('x ' + req.ip); // CLEAN
                  exec('x ' + req.method); // CLEAN
                });
                """, "src/hono.ts", """
                import { Hono } from 'hono';
                import { exec } from 'child_process';
                const h = new Hono();
                h.get('/a/:id', async (c) => {
                  exec('x ' + c.req.param('id')); // SINK req.params.id
                  exec('x ' + c.req.query('q')); // SINK req.query.q
                  exec('x ' + c.req.header('x-a')); // SINK req.headers['x-a']
                  const body = await c.req.json();
                  exec('x ' + body.cmd); // SINK req.body.cmd
                  exec('x ' + c.req.url); // SINK req.url
                  return c.text('ok');
                });
                export default h;
                """, "src/fastify.ts", """
                import Fastify from 'fastify';
                import { exec } from 'child_process';
                const f = Fastify();
                f.get('/a', async (request, reply) => {
                  exec('x ' + request.query.q); // SINK req.query.q
                  exec('x ' + request.hostname); // SINK req.hostname
                  return 'ok';
                });
                """));
    }

    @Test
    void exportedHandlerMountedNowhereIsASource(@TempDir Path dir) throws IOException {
        check(dir, Map.of("src/handlers.ts", """
                import { Request, Response } from 'express';
                import { exec } from 'child_process';
                export function archive(req: Request, res: Response) {
                  exec('tar czf ' + req.body.name); // SINK req.body.name
                  res.end();
                }
                export const list = (req, res) => {
                  exec('ls ' + req.query.dir); // SINK req.query.dir
                };
                """));
    }

    @Test
    void callsReturnsPromisesAndCallbacksAcrossFiles(@TempDir Path dir) throws IOException {
        check(dir, Map.of("src/app.js", EXPRESS + """
                const { run, build, runLater, safe } = require('./lib');
                app.get('/a', async (req, res) => {
                  run(req.query.a);
                  exec(build(req.query.b)); // SINK req.query.b
                  runLater(req.body.c);
                  exec(build(safe(req.query.d))); // CLEAN
                  const v = await Promise.resolve(req.query.e);
                  exec(v); // SINK req.query.e
                  Promise.resolve(req.query.f).then((x) => exec(x)); // SINK req.query.f
                  [req.query.g].forEach((x) => exec(x)); // SINK req.query.g
                });
                """, "src/lib.js", """
                const { exec } = require('child_process');
                function run(cmd) {
                  exec(cmd); // SINK req.query.a
                }
                function build(x) {
                  return 'echo ' + x;
                }
                function runLater(c) {
                  return new Promise((resolve) => exec('do ' + c, resolve)); // SINK req.body.c
                }
                function safe(x) {
                  return Number(x);
                }
                module.exports = { run, build, runLater, safe };
                """));
    }

    @Test
    void recursionAndMutualCallsTerminateAndAreFound(@TempDir Path dir) throws IOException {
        check(dir, Map.of("src/app.js", EXPRESS + """
                function a(x, n) {
                  if (n > 0) return b(x, n - 1);
                  exec(x); // SINK req.query.x
                }
                function b(y, n) {
                  return a(y, n);
                }
                function c(z) {
                  return c(z);
                }
                app.get('/a', (req, res) => {
                  b(req.query.x, 3);
                  exec(c('k')); // CLEAN
                });
                """));
    }

    @Test
    void thisFieldsFromConstructorsAndMethods(@TempDir Path dir) throws IOException {
        check(dir, Map.of("src/app.ts", """
                import express from 'express';
                import { exec } from 'child_process';
                const app = express();
                class Job {
                  private cmd: string;
                  private readonly fixed = 'uptime';
                  constructor(cmd: string, private readonly dir: string) {
                    this.cmd = cmd;
                  }
                  run() {
                    exec(this.cmd); // SINK req.body.cmd
                    exec('ls ' + this.dir); // SINK req.query.dir
                    exec(this.fixed); // CLEAN
                  }
                }
                class Holder {
                  name: string;
                  set(req) {
                    this.name = req.query.name;
                  }
                  go() {
                    exec('echo ' + this.name); // SINK req.query.name
                  }
                }
                class Base {
                  protected target: string;
                  constructor(t: string) {
                    this.target = t;
                  }
                }
                class Deploy extends Base {
                  get script() {
                    return './deploy.sh ' + this.target;
                  }
                  go() {
                    exec(this.script); // SINK req.body.target
                    exec('ls ' + this.target); // SINK req.body.target
                  }
                }
                app.post('/a', (req, res) => {
                  new Job(req.body.cmd, req.query.dir).run();
                  new Deploy(req.body.target).go();
                  res.end();
                });
                export { Holder, Deploy };
                """));
    }

    @Test
    void nestDtoFieldsWithRestrictiveValidatorsAreClean(@TempDir Path dir) throws IOException {
        check(dir, Map.of("src/main.ts", """
                import { NestFactory } from '@nestjs/core';
                import { ValidationPipe } from '@nestjs/common';
                import { AppModule } from './app.module';
                async function main() {
                  const app = await NestFactory.create(AppModule);
                  app.useGlobalPipes(new ValidationPipe({ whitelist: true }));
                  await app.listen(3000);
                }
                main();
                """, "src/app.module.ts", """
                import { Module } from '@nestjs/common';
                import { JobsController } from './jobs.controller';
                import { JobsService } from './jobs.service';
                @Module({ controllers: [JobsController], providers: [JobsService] })
                export class AppModule {}
                """, "src/jobs.dto.ts", """
                import { IsInt, IsIn, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
                export class RunDto {
                  @IsInt() lines: number;
                  @IsUUID() id: string;
                  @IsIn(['a', 'b']) mode: string;
                  @Matches(/^[a-z]+$/) host: string;
                  @IsString() @MaxLength(20) name: string;
                  label: string;
                }
                """, "src/jobs.controller.ts", """
                import { Body, Controller, Post } from '@nestjs/common';
                import { RunDto } from './jobs.dto';
                import { JobsService } from './jobs.service';
                @Controller('jobs')
                export class JobsController {
                  constructor(private readonly jobs: JobsService) {}
                  @Post()
                  run(@Body() dto: RunDto) {
                    return this.jobs.run(dto);
                  }
                }
                """, "src/jobs.service.ts", """
                import { Injectable } from '@nestjs/common';
                import { execSync } from 'child_process';
                import { RunDto } from './jobs.dto';
                @Injectable()
                export class JobsService {
                  run(dto: RunDto) {
                    execSync(`tail -n ${dto.lines} /x`); // CLEAN
                    execSync(`show ${dto.id}`); // CLEAN
                    execSync(`mode ${dto.mode}`); // CLEAN
                    execSync(`ping ${dto.host}`); // CLEAN
                    execSync(`echo ${dto.name}`); // SINK req.body.name
                    execSync(`echo ${dto.label}`); // SINK req.body.label
                  }
                }
                """));
    }

    @Test
    void dtoValidatorsWithoutAValidationPipeDoNotSanitise(@TempDir Path dir) throws IOException {
        check(dir, Map.of("src/jobs.controller.ts", """
                import { Body, Controller, Post } from '@nestjs/common';
                import { IsInt } from 'class-validator';
                import { execSync } from 'child_process';
                class RunDto {
                  @IsInt() lines: number;
                }
                @Controller('jobs')
                export class JobsController {
                  @Post()
                  run(@Body() dto: RunDto) {
                    execSync(`tail -n ${dto.lines} /x`); // SINK req.body.lines
                  }
                }
                """));
    }

    @Test
    void guardsAndValidatorChecks(@TempDir Path dir) throws IOException {
        check(dir, Map.of("src/app.js", EXPRESS + """
                const validator = require('validator');
                const ALLOWED = ['a', 'b'];
                app.get('/a', (req, res) => {
                  const h = req.query.h;
                  if (validator.isFQDN(h)) {
                    exec('ping ' + h); // CLEAN
                  }
                  if (!validator.isIP(req.query.ip)) return res.status(400).end();
                  exec('ping ' + req.query.ip); // CLEAN
                  if (req.query.m === 'fast') exec('run ' + req.query.m); // CLEAN
                  if (ALLOWED.includes(req.query.t)) exec('run ' + req.query.t); // CLEAN
                  exec('run ' + req.query.u); // SINK req.query.u
                  ping(req.query.v);
                  pingIfKnown(req.query.w);
                  pingUnchecked(req.query.z);
                });
                function ping(host) {
                  if (!/^[a-z0-9.-]+$/.test(host)) throw new Error('bad host');
                  exec('ping ' + host); // CLEAN
                }
                function pingIfKnown(host) {
                  if (ALLOWED.includes(host)) exec('ping ' + host); // CLEAN
                }
                function pingUnchecked(host) {
                  if (!host) throw new Error('missing');
                  exec('ping ' + host); // SINK req.query.z
                }
                """));
    }

    @Test
    void schemaOutputIsClean(@TempDir Path dir) throws IOException {
        check(dir, Map.of("src/app.js", EXPRESS + """
                const { z } = require('zod');
                const Joi = require('joi');
                const S = z.object({ h: z.string().regex(/^[a-z]+$/) });
                const J = Joi.object({ h: Joi.string().hostname() });
                app.post('/a', (req, res) => {
                  exec('ping ' + S.parse(req.body).h); // CLEAN
                  const r = S.safeParse(req.body);
                  if (!r.success) return res.status(400).end();
                  exec('ping ' + r.data.h); // CLEAN
                  const { value } = J.validate(req.body);
                  exec('ping ' + value.h); // CLEAN
                });
                """));
    }

    @Test
    void valuesTooHeavyToCopyKeepTheirRequestParts(@TempDir Path dir) throws IOException {
        StringBuilder big = new StringBuilder("  const cfg = {\n");
        for (int i = 0; i < 60; i++) big.append("    k").append(i).append(": { a: 'v").append(i).append("', b: ").append(i).append(", c: [1, 2] },\n");
        big.append("    cmd: req.body.cmd,\n    safe: 'uptime',\n  };\n");
        StringBuilder sum = new StringBuilder("  const s = 'tar ' + req.query.a");
        for (int i = 0; i < 70; i++) sum.append(" + ' -x' + nn");
        sum.append(";\n");
        check(dir, Map.of("src/app.js", EXPRESS + """
                app.post('/a', (req, res) => {
                  const a = req.query.a + '-' + req.query.b;
                  const b = a + a + a;
                  const c = b + b + b;
                  const d = c + c + c;
                  const e = d + d + d;
                  const f = e + e + e;
                  exec('x ' + f); // SINK req.query.a
                  const n = Number(req.query.n);
                  const m = [n, n, n, n];
                  const p = [m, m, m, m];
                  const q = [p, p, p, p];
                  const r = [q, q, q, q];
                  exec('ls ' + r.join(' ')); // CLEAN
                """ + big + """
                  exec(cfg.cmd); // SINK req.body.cmd
                  exec(cfg.safe); // CLEAN
                  const nn = Number(req.query.k);
                """ + sum + """
                  exec(s); // SINK req.query.a
                });
                """));
    }

    @Test
    void servicesHandedOutByAContainer(@TempDir Path dir) throws IOException {
        check(dir, Map.of("src/app.ts", """
                import express from 'express';
                import { Container } from 'typedi';
                import { container } from 'tsyringe';
                import { JobService } from './job.service';
                const app = express();
                app.post('/a', (req, res) => {
                  Container.get(JobService).run(req.body.cmd);
                  container.resolve(JobService).tail(req.query.file);
                  res.end();
                });
                """, "src/job.service.ts", """
                import { execSync } from 'child_process';
                export class JobService {
                  run(cmd: string) {
                    execSync(cmd); // SINK req.body.cmd
                  }
                  tail(file: string) {
                    execSync('tail ' + file); // SINK req.query.file
                  }
                }
                """));
    }

    @Test
    void fastifyRouteSchemasThatAdmitNoFreeText(@TempDir Path dir) throws IOException {
        check(dir, Map.of("src/app.ts", """
                import Fastify from 'fastify';
                import { Type } from '@sinclair/typebox';
                import { execSync } from 'child_process';
                const app = Fastify();
                const body = {
                  type: 'object',
                  properties: {
                    lines: { type: 'integer' },
                    mode: { enum: ['fast', 'full'] },
                    host: { type: 'string', pattern: '^[a-z0-9.-]+$' },
                    name: { type: 'string', maxLength: 40 },
                  },
                };
                app.post('/a', { schema: { body } }, async (request, reply) => {
                  execSync('tail -n ' + request.body.lines); // CLEAN
                  execSync('run --' + request.body.mode); // CLEAN
                  execSync('ping ' + request.body.host); // CLEAN
                  execSync('echo ' + request.body.name); // SINK req.body.name
                  return 'ok';
                });
                app.route({
                  method: 'GET',
                  url: '/b',
                  schema: { querystring: Type.Object({ id: Type.String({ format: 'uuid' }), q: Type.String() }) },
                  handler: async (request) => {
                    execSync('show ' + request.query.id); // CLEAN
                    execSync('find ' + request.query.q); // SINK req.query.q
                    return 'ok';
                  },
                });
                """));
    }

    @Test
    void constantConditionsKeepOnlyTheLiveBranch(@TempDir Path dir) throws IOException {
        check(dir, Map.of("src/app.js", EXPRESS + """
                app.get('/a', (req, res) => {
                  let a = 'ls';
                  if (32 > 33) { a = req.query.a; }
                  exec(a); // CLEAN
                  let b;
                  if (32 > 33) { b = req.query.b; } else { b = 'ls'; }
                  exec(b); // CLEAN
                  let c = 'ls';
                  if (3 > -2 && 'x' === 'x') c = req.query.c;
                  exec(c); // SINK req.query.c
                  const d = 1 > 2 ? req.query.d : 'ls';
                  exec(d); // CLEAN
                  let e = 'ls';
                  if (req.query.flag) { e = req.query.e; }
                  exec(e); // SINK req.query.e
                });
                """));
    }

    @Test
    void aReassignmentThatAlwaysRunsReplacesTheValue(@TempDir Path dir) throws IOException {
        check(dir, Map.of("src/app.js", EXPRESS + """
                app.get('/a', (req, res) => {
                  let a = req.query.a;
                  a = 'ls';
                  exec(a); // CLEAN
                  let b = 'ls';
                  { b = req.query.b; }
                  exec(b); // SINK req.query.b
                  let c = req.query.c;
                  for (const x of [1, 2]) { c = 'ls'; }
                  exec(c); // SINK req.query.c
                  let d = req.query.d;
                  try { d = 'ls'; } catch (err) { }
                  exec(d); // SINK req.query.d
                  let e = req.query.e;
                  const later = () => { e = 'ls'; };
                  later();
                  exec(e); // SINK req.query.e
                });
                """));
    }

    @Test
    void fieldWritesOnALocalObjectAreSeen(@TempDir Path dir) throws IOException {
        check(dir, Map.of("src/app.js", EXPRESS + """
                app.get('/a', (req, res) => {
                  const o = { a: 'ls', b: req.query.b, c: 'ls' };
                  o.a = req.query.a;
                  exec(o.a); // SINK req.query.a
                  o.b = 'ls';
                  exec(o.b); // CLEAN
                  if (3 > -2) { o['b'] = 'ls'; }
                  exec(o.b); // CLEAN
                  if (req.query.x) { o.c = req.query.c; }
                  exec(o.c); // SINK req.query.c
                  o['d'] = req.query.d;
                  exec(o.d); // SINK req.query.d
                  const p = { ...req.body };
                  p.cmd = 'ls';
                  exec(p.cmd); // CLEAN
                  exec(p.other); // SINK req.body.other
                  let s = req.query.s;
                  s += ' -l';
                  exec(s); // SINK req.query.s
                });
                """));
    }

    @Test
    void loopVariablesAreElementsOrKeysOfWhatTheyWalk(@TempDir Path dir) throws IOException {
        check(dir, Map.of("src/app.js", EXPRESS + """
                app.get('/a', (req, res) => {
                  let s = 'ls';
                  for (const part of req.query.parts) s = s.concat(part);
                  exec(s); // SINK req.query.parts[…]
                  for (const k in req.body) exec('echo ' + k); // SINK req.body
                  for (const [k, v] of Object.entries(req.query)) exec(v); // SINK req.query
                  for (const v of Object.values(req.query)) exec(v); // SINK req.query
                  const [k2, v2] = Object.entries(req.query)[0];
                  exec(v2); // SINK req.query
                  exec(Object.entries(req.query)[0][1]); // SINK req.query
                  for (const n of ['a', 'b']) exec('ls ' + n); // CLEAN
                });
                """));
    }

    @Test
    void theSourceStepIsTheReadTheSinkUses(@TempDir Path dir) throws IOException {
        Map<String, String> files = Map.of("src/app.js", EXPRESS + """
                app.post('/a', (req, res) => {
                  const ping = req.body.ping;
                  if (ping) {
                    exec('ping -c 3 ' + req.body.ping);
                  }
                });
                app.post('/b', (req, res) => {
                  console.log(req.body.host);
                  const h = req.body.host;
                  exec('ping ' + h);
                });
                """);
        flows(dir, files);
        TaintEngine engine = TaintEngine.of(Fixtures.scan(dir, Set.of()).project());
        Map<Integer, Integer> sourceLine = new TreeMap<>();
        for (SinkSite s : engine.sinks("command")) sourceLine.put(s.cs().location().line(), engine.trace(s).sourceAt().line());
        // line 4 + 3: the read inside exec's argument, not the one two lines up; line 4 + 9: the nearest read before the sink
        assertEquals(Map.of(7, 7, 13, 12), sourceLine);
    }
}
