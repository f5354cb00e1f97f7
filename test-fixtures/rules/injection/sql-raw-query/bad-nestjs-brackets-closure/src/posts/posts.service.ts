import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, Repository } from 'typeorm';
import { Post } from './post.entity';

@Injectable()
export class PostsService {
  constructor(@InjectRepository(Post) private readonly posts: Repository<Post>) {}

  search(term: string) {
    return this.posts
      .createQueryBuilder('p')
      .where('p.published = true')
      .andWhere(
        new Brackets((qb) => {
          qb.where(`p.title ILIKE '%${term}%'`).orWhere(`p.body ILIKE '%${term}%'`); // expect: injection/sql-raw-query[error]
        }),
      )
      .getMany();
  }

  // the same grouping with a named parameter
  searchSafely(term: string) {
    return this.posts
      .createQueryBuilder('p')
      .where('p.published = true')
      .andWhere(new Brackets((qb) => qb.where('p.title ILIKE :t', { t: `%${term}%` }).orWhere('p.body ILIKE :t', { t: `%${term}%` })))
      .getMany();
  }
}
