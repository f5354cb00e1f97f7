import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { User } from './user.entity';
import { UpdateUserDto } from './users.dto';

@Injectable()
export class UsersService {
  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}

  findByEmailWithPassword(email: string) {
    return this.users
      .createQueryBuilder('user')
      .addSelect('user.passwordHash')
      .where('user.email = :email', { email })
      .getOne();
  }

  create(data: { email: string; name: string; passwordHash: string }) {
    return this.users.save(this.users.create(data));
  }

  async findById(id: string) {
    const user = await this.users.findOneBy({ id });
    if (!user) throw new NotFoundException('User not found');
    return user;
  }

  async findPublicProfile(id: string) {
    const rows = await this.users.query(`SELECT id, name, bio, created_at FROM users WHERE id = '${id}'`); // expect: injection/sql-raw-query
    if (rows.length === 0) throw new NotFoundException('User not found');
    return rows[0];
  }

  async update(id: string, dto: UpdateUserDto) {
    await this.users.update(id, dto); // expect: injection/mass-assignment, authn/missing-ownership-check
    return this.findById(id);
  }

  async remove(id: string) {
    await this.users.delete(id);
  }
}
