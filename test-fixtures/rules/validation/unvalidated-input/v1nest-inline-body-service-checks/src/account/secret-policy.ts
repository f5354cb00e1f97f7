import { BadRequestException, Injectable } from '@nestjs/common';
import * as bcrypt from 'bcrypt';

@Injectable()
export class SecretPolicy {
  // refuses a secret that is not text of 12 to 128 characters with letters and digits
  enforce(secret: string): void {
    if (typeof secret !== 'string' || secret.length < 12 || secret.length > 128) {
      throw new BadRequestException('a secret has 12 to 128 characters');
    }
    if (!/[0-9]/.test(secret) || !/[A-Za-z]/.test(secret)) {
      throw new BadRequestException('a secret mixes letters and digits');
    }
  }

  async matches(candidate: string, stored: string): Promise<boolean> {
    return bcrypt.compare(candidate, stored);
  }

  async digest(secret: string): Promise<string> {
    return bcrypt.hash(secret, 12);
  }
}
