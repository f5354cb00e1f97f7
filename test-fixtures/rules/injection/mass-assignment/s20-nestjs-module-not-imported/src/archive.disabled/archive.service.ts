import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { User } from '../users/user.entity';
import { UpdateUserDto } from '../users/update-user.dto';

@Injectable()
export class ArchiveService {
  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}

  restore(id: number, dto: UpdateUserDto) {
    return this.users.update(id, dto);
  }
}
