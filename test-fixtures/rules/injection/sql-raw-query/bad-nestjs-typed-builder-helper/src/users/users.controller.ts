import { Controller, Get, Query } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { applySearch, applySort } from './search';
import { User } from './user.entity';

@Controller('users')
export class UsersController {
  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}

  @Get()
  list(@Query('q') q?: string, @Query('sort') sort?: string) {
    const qb = this.users.createQueryBuilder('u');
    applySearch(qb, ['u.name', 'u.email'], q);
    applySort(qb, sort);
    return qb.getMany();
  }
}
