import { Injectable } from '@nestjs/common';
import { pbkdf2Sync, randomBytes, scrypt as scryptCb } from 'node:crypto';
import { promisify } from 'node:util';
import * as argon2 from 'argon2';

const scrypt = promisify(scryptCb);
const ITERATIONS = 10000;

@Injectable()
export class PasswordService {
  legacyHash(password: string, salt: Buffer): string {
    return pbkdf2Sync(password, salt, ITERATIONS, 64, 'sha512').toString('hex'); // expect: authn/weak-password-hash
  }

  async scryptHash(password: string): Promise<string> {
    const salt = randomBytes(16);
    const key = (await scrypt(password, salt, 64)) as Buffer; // expect: authn/weak-password-hash
    return `${salt.toString('hex')}:${key.toString('hex')}`;
  }

  argonHash(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id, memoryCost: 4096, timeCost: 1 }); // expect: authn/weak-password-hash
  }
}
