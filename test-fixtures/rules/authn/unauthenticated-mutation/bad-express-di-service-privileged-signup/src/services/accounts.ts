import argon2 from 'argon2';
import jwt from 'jsonwebtoken';
import { Service } from 'typedi';
import { ReaderModel } from '../models';

@Service()
export default class AccountService {
  async Enrol(input: { email: string; password: string; role: string }) {
    const hash = await argon2.hash(input.password);
    const reader = await ReaderModel.create({ email: input.email, hash, role: input.role });
    return jwt.sign({ sub: reader.id }, process.env.JWT_SECRET as string, { algorithm: 'HS256', expiresIn: '1h' });
  }
}
