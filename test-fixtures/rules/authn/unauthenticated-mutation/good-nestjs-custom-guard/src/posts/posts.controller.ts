import { Body, Controller, Delete, Get, HttpCode, Param, ParseIntPipe, Post, UseGuards } from '@nestjs/common';
import { TokenGuard } from '../auth/token.guard';
import { PostsService } from './posts.service';

@Controller('posts')
export class PostsController {
  constructor(private readonly posts: PostsService) {}

  @Get()
  list() {
    return this.posts.list();
  }

  @UseGuards(TokenGuard)
  @Post()
  create(@Body('title') title: string) {
    return this.posts.create(title);
  }

  @UseGuards(TokenGuard)
  @Delete(':id')
  @HttpCode(204)
  remove(@Param('id', ParseIntPipe) id: number) {
    this.posts.remove(id);
  }
}
