import { Body, Controller, Delete, Get, HttpCode, Param, ParseIntPipe, Post, UseGuards } from '@nestjs/common';
import { JwtAuthGuard } from '../auth/jwt-auth.guard';
import { PostsService } from './posts.service';

@Controller('posts')
export class PostsController {
  constructor(private readonly posts: PostsService) {}

  @Get()
  list() {
    return this.posts.list();
  }

  @UseGuards(JwtAuthGuard)
  @Post()
  create(@Body('title') title: string) {
    return this.posts.create(title);
  }

  @Delete(':id') // expect: authn/unauthenticated-mutation[warning]
  @HttpCode(204)
  remove(@Param('id', ParseIntPipe) id: number) {
    this.posts.remove(id);
  }
}
