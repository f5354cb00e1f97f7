import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { Public } from '../auth/public.decorator';
import { PostsService } from './posts.service';

@Controller('posts')
export class PostsController {
  constructor(private readonly posts: PostsService) {}

  @Public()
  @Get()
  list() {
    return this.posts.list();
  }

  @Post()
  create(@Body('title') title: string) {
    return this.posts.create(title);
  }

  // public on purpose: the sign-up form asks whether a title is free; a question over POST, nothing written
  @Public()
  @Post('title-check')
  @HttpCode(200)
  check(@Body('title') title: string) {
    return { taken: this.posts.titleTaken(title) };
  }
}
