import { Body, Controller, Get, Headers, Post, UnauthorizedException } from '@nestjs/common';
import { SyncConfig } from './sync.config';

const runs: { id: number; source: string }[] = [];

@Controller('sync')
export class SyncController {
  constructor(private readonly config: SyncConfig) {}

  // the operator's key header, compared in a private helper that throws 401
  @Get('runs')
  list(@Headers('x-operator-key') key: string | undefined) {
    this.assertOperator(key);
    return runs.slice(-20);
  }

  @Post('runs')
  start(@Headers('x-operator-key') key: string | undefined, @Body('source') source: string) { // expect: validation/unvalidated-input
    this.assertOperator(key);
    const run = { id: runs.length + 1, source: String(source).slice(0, 40) };
    runs.push(run);
    return run;
  }

  // checked only where a secret is configured: with none set, every caller gets through
  @Post('callbacks')
  callback(@Headers('x-callback-secret') secret: string | undefined, @Body('runId') runId: number) {
    this.assertCallbackIfConfigured(secret);
    runs.splice(runs.findIndex((r) => r.id === Number(runId)), 1);
    return { ok: true };
  }

  private assertOperator(key: string | undefined) {
    if (key !== this.config.operatorKey()) {
      throw new UnauthorizedException('operator key required');
    }
  }

  private assertCallbackIfConfigured(secret: string | undefined) {
    const expected = this.config.callbackSecret();
    if (expected) {
      if (secret !== expected) throw new UnauthorizedException('bad callback secret'); // expect: authn/timing-unsafe-compare
    }
  }
}
