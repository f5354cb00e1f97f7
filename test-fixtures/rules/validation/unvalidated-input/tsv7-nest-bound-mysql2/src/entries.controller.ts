import { Controller, Get, Query } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Entry } from './entry.entity';

@Controller('entries')
export class EntriesController {
  constructor(@InjectRepository(Entry) private readonly entries: Repository<Entry>) {}

  // a named query value bound as a TypeORM parameter: only a lookup, but mysql2 fills ? with an object as `x` = 1
  @Get('by-topic')
  byTopic(@Query('topicId') topicId: string) { // expect: validation/unvalidated-input
    return this.entries.createQueryBuilder('entry').where('entry.topicId = :topicId', { topicId }).getMany();
  }
}
