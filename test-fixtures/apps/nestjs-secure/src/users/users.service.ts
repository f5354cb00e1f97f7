import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ILike, Repository } from 'typeorm';
import { User } from './user.entity';
import { UpdateProfileDto } from './users.dto';

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

  search(term: string, limit: number) {
    return this.users.find({
      select: { id: true, name: true, bio: true },
      where: { name: ILike(`%${term}%`) },
      order: { name: 'ASC' },
      take: limit,
    });
  }

  async findPublicProfile(id: string) {
    const user = await this.users.findOne({
      select: { id: true, name: true, bio: true, createdAt: true },
      where: { id },
    });
    if (!user) throw new NotFoundException('User not found');
    return user;
  }

  async update(id: string, dto: UpdateProfileDto) {
    await this.users.update(id, dto);
    return this.findById(id);
  }

  async remove(id: string) {
    await this.users.delete(id);
  }
}
