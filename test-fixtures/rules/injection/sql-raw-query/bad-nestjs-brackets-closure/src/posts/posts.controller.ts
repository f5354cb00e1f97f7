import { Controller, Get, Query } from '@nestjs/common';
import { PostsService } from './posts.service';

@Controller('posts')
export class PostsController {
  constructor(private readonly posts: PostsService) {}

  @Get('search')
  search(@Query('q') q: string) {
    return this.posts.search(q);
  }

  @Get('search2')
  search2(@Query('q') q: string) {
    return this.posts.searchSafely(q);
  }
}
