import { Body, Controller, Post, UseGuards } from '@nestjs/common';
import { writeFileSync } from 'node:fs';
import { LocalEnvGuard } from './guards/local-env.guard';
import { StagingKeyGuard } from './guards/staging-key.guard';

class PreviewInput {
  to!: string;
  template!: string;
}

// Every route here exists only in a local run: the guard refuses all requests elsewhere.
@Controller('mail-preview')
@UseGuards(LocalEnvGuard)
export class MailPreviewController {
  @Post('render')
  render(@Body() input: PreviewInput) {
    writeFileSync(`/tmp/preview-${Date.now()}.json`, JSON.stringify({ to: input.to, template: input.template }));
    return { ok: true };
  }
}

// A key-protected controller: deployed, reachable by whoever holds the key.
@Controller('mail-staging')
@UseGuards(StagingKeyGuard)
export class MailStagingController {
  @Post('render')
  render(@Body() input: PreviewInput) { // expect: validation/unvalidated-input[warning]
    writeFileSync(`/tmp/staging-${Date.now()}.json`, JSON.stringify({ to: input.to, template: input.template }));
    return { ok: true };
  }
}
