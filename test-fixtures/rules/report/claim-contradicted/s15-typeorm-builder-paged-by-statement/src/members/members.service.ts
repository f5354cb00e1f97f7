import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Member } from './member.entity';

@Injectable()
export class MembersService {
  constructor(@InjectRepository(Member) private readonly members: Repository<Member>) {}

  async list(page = 1, size = 25, suspended?: boolean) {
    const qb = this.members.createQueryBuilder('member');
    if (suspended !== undefined) {
      qb.where('member.suspended = :suspended', { suspended });
    }
    const total = await qb.getCount();
    qb.orderBy('member.id', 'DESC');
    qb.skip((page - 1) * size).take(size);
    const rows = await qb.getMany();
    return { rows, total, page };
  }
}
