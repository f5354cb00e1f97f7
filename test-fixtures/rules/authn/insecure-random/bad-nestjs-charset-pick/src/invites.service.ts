import { Injectable } from '@nestjs/common';

const CHARS = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

@Injectable()
export class InvitesService {
  createInviteToken(): string {
    let token = '';
    for (let i = 0; i < 24; i++) token += CHARS[Math.floor(Math.random() * CHARS.length)]; // expect: authn/insecure-random
    return token;
  }
}
