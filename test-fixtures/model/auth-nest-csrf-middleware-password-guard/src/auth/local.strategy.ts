import { Injectable, UnauthorizedException } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { Strategy } from 'passport-local';
import * as bcrypt from 'bcrypt';

const accounts = new Map<string, { id: string; email: string; passwordHash: string }>();

// email and password from the login form
@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy) {
  constructor() {
    super({ usernameField: 'email' });
  }

  async validate(email: string, password: string) {
    const account = accounts.get(email);
    if (!account || !(await bcrypt.compare(password, account.passwordHash))) {
      throw new UnauthorizedException();
    }
    return { id: account.id, email: account.email };
  }
}
