import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Client } from './client.entity';
import { FindClientsDto, LooseFilter } from './find-clients.dto';

@Injectable()
export class ClientsService {
  constructor(@InjectRepository(Client) private readonly repo: Repository<Client>) {}

  // the keys are the DTO's declared fields (the whitelisting pipe refuses any other); the values are bound
  search(dto: FindClientsDto) {
    const { q, ...filters } = dto;
    const qb = this.repo.createQueryBuilder('c');
    if (q) qb.andWhere('c.lastName ILIKE :q', { q: `%${q}%` });
    Object.entries(filters).forEach(([key, value]) => {
      if (value !== undefined) qb.andWhere(`c.${key} = :${key}`, { [key]: value });
    });
    return qb.getMany();
  }

  // an interface is no class for the pipe to check: the client names the column
  byColumn(filter: LooseFilter) {
    const qb = this.repo.createQueryBuilder('c');
    for (const [key, value] of Object.entries(filter)) {
      qb.andWhere(`c.${key} = :v`, { v: value }); // expect: injection/sql-raw-query
    }
    return qb.getMany();
  }

  // a declared key's value is still the client's text
  near(dto: FindClientsDto) {
    return this.repo.createQueryBuilder('c').where(`c.city = '${dto.city}'`).getMany(); // expect: injection/sql-raw-query
  }
}
