import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { Profile, User } from './entities';

@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectRepository(Profile) private readonly profiles: Repository<Profile>,
    private readonly dataSource: DataSource,
  ) {}

  async register(email: string) {
    const user = await this.users.save(this.users.create({ email })); // expect: data/transaction-missing
    await this.profiles.save({ userId: user.id });
    return user;
  }

  async registerSafely(email: string) {
    return this.dataSource.transaction(async (manager) => {
      const user = await manager.save(User, { email });
      await manager.save(Profile, { userId: user.id });
      return user;
    });
  }
}
