import { Body, Controller, Delete, Get, Param, Patch, Query } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { Article } from './article.entity';

@Controller('articles')
export class ArticlesController {
  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(Article) private readonly articles: Repository<Article>,
  ) {}

  @Get()
  list(@Query('section') section: string, @Query('author') author?: string, @Query('tag') tag?: string) {
    const qb = this.articles.createQueryBuilder('a');
    qb.where(`a.section = '${section}'`); // expect: injection/sql-raw-query
    if (author) qb.andWhere(`a.author = '${author}'`); // expect: injection/sql-raw-query
    if (tag) qb.orWhere("a.tags @> ARRAY['" + tag + "']"); // expect: injection/sql-raw-query
    return qb.orderBy('a.id', 'DESC').getMany();
  }

  @Get('search')
  search(@Query('q') q: string) {
    return this.dataSource.query(`SELECT id, title FROM articles WHERE title ILIKE '%${q}%' LIMIT 20`); // expect: injection/sql-raw-query
  }

  @Get(':id/related')
  related(@Param('id') id: string) {
    return this.articles.query(`SELECT id, title FROM articles WHERE section = (SELECT section FROM articles WHERE id = ${id}) AND id <> ${id}`); // expect: injection/sql-raw-query
  }

  @Patch(':id/publish')
  publish(@Param('id') id: string, @Body('published') published: boolean) {
    return this.dataSource.manager.query('UPDATE articles SET published = ' + published + ' WHERE id = ' + id); // expect: injection/sql-raw-query
  }

  @Delete(':id')
  async remove(@Param('id') id: string) {
    await this.dataSource.transaction((manager) => manager.query(`DELETE FROM articles WHERE id = ${id}`)); // expect: injection/sql-raw-query
  }
}
