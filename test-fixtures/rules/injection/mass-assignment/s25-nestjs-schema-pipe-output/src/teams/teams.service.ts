import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Team } from './team.entity';

@Injectable()
export class TeamsService {
  constructor(@InjectRepository(Team) private readonly repo: Repository<Team>) {}

  create(dto: any) {
    return this.repo.save(this.repo.create(dto));
  }

  rename(id: number, dto: any) {
    return this.repo.update(id, dto); // expect: injection/mass-assignment
  }
}
