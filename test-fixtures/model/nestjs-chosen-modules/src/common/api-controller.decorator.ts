import { applyDecorators, Controller, UseGuards } from '@nestjs/common';
import { SessionGuard } from './session.guard';

// one decorator for every signed-in API controller: its path and the session check
export function SignedInController(options: { path: string; docsTag?: string }) {
  const { path } = options;
  return applyDecorators(Controller(path), UseGuards(SessionGuard));
}
