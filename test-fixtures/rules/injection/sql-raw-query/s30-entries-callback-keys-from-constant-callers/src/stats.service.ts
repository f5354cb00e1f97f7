import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Round } from './entities';
import { countBy, filterBy } from './query-helpers';

@Injectable()
export class StatsService {
  constructor(@InjectRepository(Round) private readonly rounds: Repository<Round>) {}

  async overview(userId: string) {
    const byCategory = await countBy(this.rounds, 'round', 'category', { category: null }).getRawMany();
    const byLevel = await countBy(this.rounds, 'round', 'level', { userId, level: null }).getRawMany();
    return { byCategory, byLevel };
  }

  async search(filters: Record<string, string>) {
    return filterBy(this.rounds, 'round', filters).getMany();
  }
}
