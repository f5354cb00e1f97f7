import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import * as bcrypt from 'bcrypt';
import { hash as argonHash } from '@node-rs/argon2';
import { scryptSync, randomBytes } from 'crypto';
import { User } from './user.schema';

@Injectable()
export class UsersService {
  constructor(@InjectModel(User.name) private readonly users: Model<User>, private readonly config: ConfigService) {}

  async create(email: string, password: string) {
    // the schema's pre-save hook hashes the password
    return this.users.create({ email, password });
  }

  hashWithBcrypt(password: string) {
    return bcrypt.hash(password, this.config.get<number>('BCRYPT_ROUNDS', 12));
  }

  hashWithArgon(password: string) {
    return argonHash(password);
  }

  hashWithScrypt(password: string) {
    const salt = randomBytes(16);
    return scryptSync(password, salt, 64, { N: 131072, r: 8, p: 1, maxmem: 256 * 1024 * 1024 }).toString('hex');
  }

  hashRefreshToken(refreshToken: string) {
    return bcrypt.hash(refreshToken, 4);
  }
}
