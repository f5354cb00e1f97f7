import { Repository, ObjectLiteral } from 'typeorm';

export type Condition = { field: string; value: unknown };

export class CoreService<T extends ObjectLiteral> {
  constructor(protected readonly repository: Repository<T>) {}

  // the field names come from the caller: fixed ones (this.findAll, super.findAll), and one a client chose (search)
  async findAll(alias: string, conditions: Condition[] = []): Promise<T[]> {
    const qb = this.repository.createQueryBuilder(alias);
    conditions.forEach((condition, idx) => {
      qb.andWhere(`${alias}.${condition.field} = :base_${idx}`, { [`base_${idx}`]: condition.value }); // expect: injection/sql-raw-query
    });
    return qb.getMany();
  }
}
