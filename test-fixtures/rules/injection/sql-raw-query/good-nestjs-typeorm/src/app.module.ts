import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Article } from './articles/article.entity';
import { ArticlesController } from './articles/articles.controller';

@Module({
  imports: [
    TypeOrmModule.forRoot({ type: 'postgres', url: process.env.DATABASE_URL, entities: [Article] }),
    TypeOrmModule.forFeature([Article]),
  ],
  controllers: [ArticlesController],
})
export class AppModule {}
