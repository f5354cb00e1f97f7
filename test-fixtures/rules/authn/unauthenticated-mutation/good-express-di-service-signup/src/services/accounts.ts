import argon2 from 'argon2';
import jwt from 'jsonwebtoken';
import { Service } from 'typedi';
import { ReaderModel } from '../models';

@Service()
export default class AccountService {
  async Enrol(input: { email: string; password: string }) {
    const hash = await argon2.hash(input.password);
    const reader = await ReaderModel.create({ email: input.email, hash, role: 'reader' });
    return this.ticket(reader.id);
  }

  async Enter(email: string, password: string) {
    const reader = await ReaderModel.findOne({ email });
    if (!reader || !(await argon2.verify(String(reader.hash), password))) throw new Error('wrong email or password');
    return this.ticket(reader.id);
  }

  private ticket(id: string) {
    return jwt.sign({ sub: id }, process.env.JWT_SECRET as string, { algorithm: 'HS256', expiresIn: '1h' });
  }
}
