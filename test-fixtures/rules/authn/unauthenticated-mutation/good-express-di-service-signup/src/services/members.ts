import argon2 from 'argon2';
import { Service } from 'typedi';
import { ReaderModel } from '../models';

export interface MemberDesk {
  register(input: { email: string; password: string }): Promise<string>;
}

@Service()
export class ArgonMemberDesk implements MemberDesk {
  async register(input: { email: string; password: string }) {
    const hash = await argon2.hash(input.password);
    const reader = await ReaderModel.create({ email: input.email, hash, role: 'reader' });
    return String(reader.id);
  }
}
