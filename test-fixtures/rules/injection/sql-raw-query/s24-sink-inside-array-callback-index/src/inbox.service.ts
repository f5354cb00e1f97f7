import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Message } from './message.entity';

export interface InboxFilter { labelIds?: string[]; columns?: string[] }

@Injectable()
export class InboxService {
  constructor(@InjectRepository(Message) private readonly messages: Repository<Message>) {}

  async list(filter?: InboxFilter) {
    const qb = this.messages.createQueryBuilder('m');
    if (filter?.labelIds?.length) {
      // only the index names the placeholder; each label is bound
      filter.labelIds.forEach((label, idx) => {
        qb.andWhere(`:l${idx} = ANY(m.labels)`, { [`l${idx}`]: label });
      });
    }
    if (filter?.columns?.length) {
      // the element itself becomes a column name
      filter.columns.forEach((column) => {
        qb.andWhere(`m.${column} IS NOT NULL`); // expect: injection/sql-raw-query
      });
    }
    return qb.getMany();
  }
}
