import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Locker, Member } from './entities';

@Injectable()
export class MembersService {
  constructor(
    @InjectRepository(Member) private readonly members: Repository<Member>,
    @InjectRepository(Locker) private readonly lockers: Repository<Locker>,
  ) {}

  async create(email: string): Promise<Member> {
    const member = this.members.create({ email, active: true });
    return this.members.save(member);
  }

  async enrol(email: string): Promise<Member> {
    const member = this.members.create({ email, active: true });
    return this.members.save(member); // expect: data/transaction-missing
  }

  async findById(id: string): Promise<Member | null> {
    return this.members.findOne({ where: { id } });
  }

  // loads the row by its id, changes the given fields, saves it back
  async update(id: string, changes: Partial<Pick<Member, 'active' | 'nickname'>>): Promise<Member> {
    const member = await this.findById(id);
    if (!member) throw new NotFoundException(`member ${id} not found`);
    Object.assign(member, changes);
    return this.members.save(member);
  }

  async giveLocker(memberId: string): Promise<Locker> {
    return this.lockers.save(this.lockers.create({ memberId }));
  }
}
