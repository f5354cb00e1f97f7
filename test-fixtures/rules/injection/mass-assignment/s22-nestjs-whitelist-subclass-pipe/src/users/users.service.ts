import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { User } from './user.entity';
import { UpdateUserDto } from './update-user.dto';

@Injectable()
export class UsersService {
  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}

  update(id: number, dto: UpdateUserDto) {
    // the global pipe (a ValidationPipe subclass) whitelists: only the DTO's decorated properties arrive
    return this.users.update(id, dto);
  }

  rename(id: number, name: string) {
    return this.users.update(id, { name });
  }
}
