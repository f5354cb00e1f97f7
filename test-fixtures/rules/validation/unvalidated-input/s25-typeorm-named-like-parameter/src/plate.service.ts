import { source } from './source';
import { Plate } from './plate.entity';

export interface PlateQuery {
  page: number;
  text?: string;
  owner?: string;
}

export class PlateService {
  async find(q: PlateQuery) {
    const repo = source.getRepository(Plate);
    const qb = repo.createQueryBuilder('p');
    if (q.text) qb.andWhere('(p.number LIKE :text OR p.owner LIKE :text)', { text: `%${q.text}%` });
    return qb.orderBy('p.createdAt', 'DESC').skip((q.page - 1) * 20).take(20).getMany();
  }

  async findByOwner(q: PlateQuery) {
    const repo = source.getRepository(Plate);
    // the pattern is written into the condition's text
    return repo.createQueryBuilder('p').where(`p.owner LIKE '%${q.owner}%'`).getMany();
  }
}

export const plateService = new PlateService();
