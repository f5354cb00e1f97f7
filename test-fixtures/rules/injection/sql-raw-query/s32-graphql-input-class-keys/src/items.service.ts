import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

@Injectable()
export class ItemsService {
  constructor(private readonly db: DataSource) {}

  // the keys are the input type's fields: GraphQL refuses a field the schema does not declare
  find(filter: Record<string, string>) {
    const qb = this.db.createQueryBuilder().select('i.id').from('items', 'i');
    for (const [column, value] of Object.entries(filter)) {
      qb.andWhere(`i.${column} = :value`, { value });
    }
    return qb.getRawMany();
  }

  // a JSON scalar admits any object: the client names the column
  findLoose(where: Record<string, string>) {
    const qb = this.db.createQueryBuilder().select('i.id').from('items', 'i');
    for (const [column, value] of Object.entries(where)) {
      qb.andWhere(`i.${column} = :value`, { value }); // expect: injection/sql-raw-query
    }
    return qb.getRawMany();
  }
}
