import { Injectable, UnauthorizedException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Member } from './member.entity';

@Injectable()
export class MembersService {
  constructor(@InjectRepository(Member) private readonly members: Repository<Member>) {}

  // the early exit guards the builder's paging and its read alike: the page is set whenever the read runs
  async list(page = 1, size = 25, suspended?: boolean, orgId?: string) {
    if (!orgId) {
      throw new UnauthorizedException('no organisation');
    }
    const qb = this.members
      .createQueryBuilder('member')
      .where('member.orgId = :orgId', { orgId })
      .andWhere('member.deletedAt IS NULL');
    if (suspended !== undefined) {
      qb.andWhere('member.suspended = :suspended', { suspended });
    }
    const total = await qb.getCount();
    const offset = (page - 1) * size;
    qb.skip(offset).take(size);
    const rows = await qb.getMany();
    return { rows, total, page };
  }

  // paged only when the caller asks for a limit
  async search(term: string, limit?: number, orgId?: string) {
    if (!orgId) {
      throw new UnauthorizedException('no organisation');
    }
    const qb = this.members.createQueryBuilder('member').where('member.displayName ILIKE :term', { term: `%${term}%` });
    if (limit) {
      qb.take(limit);
    }
    return qb.getMany(); // expect: data/unbounded-list
  }
}
