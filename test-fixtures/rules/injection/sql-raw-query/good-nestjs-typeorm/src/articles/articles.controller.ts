import { Body, Controller, Delete, Get, Param, ParseIntPipe, Patch, Query } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { Article } from './article.entity';
import { ListArticlesQuery, PublishDto, SearchQuery } from './articles.dto';

const ARTICLES = 'articles';

@Controller('articles')
export class ArticlesController {
  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(Article) private readonly articles: Repository<Article>,
  ) {}

  @Get()
  list(@Query() query: ListArticlesQuery) {
    const qb = this.articles.createQueryBuilder('a');
    qb.where('a.section = :section', { section: query.section });
    if (query.author) qb.andWhere('a.author = :author', { author: query.author });
    return qb.orderBy('a.id', 'DESC').take(50).getMany();
  }

  @Get('search')
  search(@Query() { q }: SearchQuery) {
    return this.dataSource.query(`SELECT id, title FROM ${ARTICLES} WHERE title ILIKE $1 LIMIT 20`, [`%${q}%`]);
  }

  @Get(':id')
  findOne(@Param('id', ParseIntPipe) id: number) {
    return this.articles.findOneByOrFail({ id });
  }

  @Patch(':id/publish')
  async publish(@Param('id', ParseIntPipe) id: number, @Body() dto: PublishDto) {
    await this.articles.update({ id }, { published: dto.published });
    return this.articles.findOneByOrFail({ id });
  }

  @Delete(':id')
  async remove(@Param('id', ParseIntPipe) id: number) {
    await this.dataSource.transaction((manager) => manager.query('DELETE FROM articles WHERE id = $1', [id]));
  }
}
