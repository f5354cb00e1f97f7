import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { Group, Member } from './entities';

@Injectable()
export class MembersService {
  constructor(
    @InjectRepository(Member) private readonly members: Repository<Member>,
    @InjectRepository(Group) private readonly groups: Repository<Group>,
  ) {}

  private async member(id: number): Promise<Member> {
    const m = await this.members.findOne({ where: { id }, relations: ['groups'] });
    if (!m) throw new NotFoundException();
    return m;
  }

  // every id must name a stored group: a miss is refused, only stored groups are attached
  async joinGroups(id: number, groupIds: number[]): Promise<Member> {
    const m = await this.member(id);
    const found = await this.groups.find({ where: { id: In(groupIds) } });
    if (found.length !== groupIds.length) throw new BadRequestException('unknown group');
    m.groups = found;
    return this.members.save(m);
  }

  // the ids are only tested for membership: the member keeps the stored groups not named
  async leaveGroups(id: number, groupIds: number[]): Promise<Member> {
    const m = await this.member(id);
    m.groups = m.groups.filter((g) => !groupIds.includes(g.id));
    return this.members.save(m);
  }

  // the tags go into the row as they came
  async retag(id: number, tags: string[]): Promise<Member> {
    const m = await this.member(id);
    const found = await this.groups.find({ where: { name: In(tags) } });
    m.groups = found;
    m.tags = tags.join(',');
    return this.members.save(m);
  }
}
