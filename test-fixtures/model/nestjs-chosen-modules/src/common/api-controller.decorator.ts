import { applyDecorators, Controller, UseGuards } from '@nestjs/common';
import { SessionGuard } from './session.guard';

// one decorator for every signed-in API controller: its path and the session check
export function SignedInController(path: string) {
  return applyDecorators(Controller(path), UseGuards(SessionGuard));
}
