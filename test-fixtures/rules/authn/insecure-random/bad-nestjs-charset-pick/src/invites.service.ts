import { Injectable } from '@nestjs/common';

const CHARS = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

@Injectable()
export class InvitesService {
  createInviteToken(): string {
    let token = '';
    for (let i = 0; i < 24; i++) token += CHARS[Math.floor(Math.random() * CHARS.length)]; // expect: authn/insecure-random
    return token;
  }

  createResetCode(): string {
    let code = '';
    for (let i = 0; i < 8; i++) code += CHARS[Math.floor(Math.random() * CHARS.length)].toLowerCase(); // expect: authn/insecure-random
    return code;
  }
}
