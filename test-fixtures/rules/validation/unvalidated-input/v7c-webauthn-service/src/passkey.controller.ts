import { Body, Controller, Post, Req } from '@nestjs/common';
import { PasskeyService } from './passkey.service';

@Controller('passkeys')
export class PasskeyController {
  constructor(private readonly passkeys: PasskeyService) {}

  @Post('register')
  register(@Req() req: any, @Body() body: { label: string; attestation: any }) {
    return this.passkeys.register(req.user.id, req.user.challenge, body.attestation);
  }

  @Post('register-from-origin')
  registerFromOrigin(@Req() req: any, @Body() body: { attestation: any; origin: string }) { // expect: validation/unvalidated-input
    return this.passkeys.registerFromOrigin(req.user.id, req.user.challenge, body.attestation, body.origin);
  }
}
