import { Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import * as argon2 from 'argon2';
import { In, Repository } from 'typeorm';

export class Account {
  id!: string;
  email!: string;
  passwordHash!: string;
  isAdmin!: boolean;
  emailVerified!: boolean;
  archived!: boolean;
}

@Injectable()
export class AccountsService {
  constructor(
    private readonly jwtService: JwtService,
    @InjectRepository(Account) private readonly accountRepository: Repository<Account>,
  ) {}

  async confirmEmail(token: string) {
    const { sub } = await this.jwtService.verifyAsync<{ sub: string }>(token, { secret: process.env.EMAIL_SECRET });
    await this.accountRepository.update({ id: sub }, { emailVerified: true });
  }

  async login(email: string, password: string) {
    const account = await this.accountRepository.findOneBy({ email });
    if (!account || !(await argon2.verify(account.passwordHash, password))) throw new UnauthorizedException();
    return { token: await this.jwtService.signAsync({ sub: account.id }) };
  }

  async create(input: { email: string; password: string; isAdmin?: boolean }) {
    const passwordHash = await argon2.hash(input.password);
    return this.accountRepository.save({ email: input.email, passwordHash, isAdmin: input.isAdmin });
  }

  archive(ids: string[]) {
    return this.accountRepository.update({ id: In(ids) }, { archived: true });
  }

  remove(id: string) {
    return this.accountRepository.delete(id);
  }
}
