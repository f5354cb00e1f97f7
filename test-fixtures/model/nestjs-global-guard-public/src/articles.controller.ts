import { Body, Controller, Get, Param, Post, ValidationPipe } from '@nestjs/common';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { Public } from './auth/public.decorator';

class CreateArticleDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title!: string;

  @IsString()
  @IsNotEmpty()
  body!: string;
}

interface Article extends CreateArticleDto {
  id: number;
}

const articles: Article[] = [];

@Controller('articles')
export class ArticlesController {
  @Public()
  @Get()
  list() {
    return articles;
  }

  @Get(':id')
  findOne(@Param('id') id: string) {
    return articles.find((a) => a.id === Number(id)) ?? null;
  }

  @Post()
  create(@Body(new ValidationPipe({ whitelist: true })) dto: CreateArticleDto) {
    const article = { id: articles.length + 1, ...dto };
    articles.push(article);
    return article;
  }
}
