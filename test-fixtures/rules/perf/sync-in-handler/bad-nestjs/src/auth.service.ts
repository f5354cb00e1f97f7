import { Injectable } from '@nestjs/common';
import * as bcrypt from 'bcrypt';

@Injectable()
export class AuthService {
  register(email: string, password: string) {
    const hash = bcrypt.hashSync(password, 12); // expect: perf/sync-in-handler
    return { email, hash };
  }
}
