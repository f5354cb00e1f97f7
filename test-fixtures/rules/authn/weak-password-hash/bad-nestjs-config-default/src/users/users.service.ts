import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import * as bcrypt from 'bcrypt';

@Injectable()
export class UsersService {
  constructor(private readonly config: ConfigService) {}

  hashPassword(password: string) {
    return bcrypt.hash(password, this.config.get<number>('security.bcryptRounds')); // expect: authn/weak-password-hash
  }
}
