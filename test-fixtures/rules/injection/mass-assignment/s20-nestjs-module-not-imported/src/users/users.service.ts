import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { User } from './user.entity';
import { UpdateUserDto } from './update-user.dto';

@Injectable()
export class UsersService {
  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}

  update(id: number, dto: UpdateUserDto) {
    // the ValidationPipe has no whitelist: isAdmin in the body is kept
    return this.users.update(id, dto); // expect: injection/mass-assignment
  }

  rename(id: number, name: string) {
    return this.users.update(id, { name });
  }
}
