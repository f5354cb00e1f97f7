import { Controller, Get, Query } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Entry } from './entry.entity';

@Controller('entries')
export class EntriesController {
  constructor(@InjectRepository(Entry) private readonly entries: Repository<Entry>) {}

  // NestJS 11 runs Express 5, whose default query parser builds no objects: the value is a string, only a lookup
  @Get('by-topic')
  byTopic(@Query('topicId') topicId: string) {
    return this.entries.createQueryBuilder('entry').where('entry.topicId = :topicId', { topicId }).getMany();
  }
}
