import { Body, Controller, Get, Param, ParseIntPipe, Post, UseGuards, Version, VERSION_NEUTRAL } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { NewBookDto } from './book.dto';

const shelf: NewBookDto[] = [];

// two versions of the same controller: every route is served under /v1 and /v2
@Controller({ path: 'books', version: ['1', '2'] })
export class BooksController {
  @Get()
  list() {
    return shelf;
  }

  @Get(':id')
  one(@Param('id', ParseIntPipe) id: number) {
    return shelf[id];
  }

  // the feed is the same for every client: no version in its path
  @Version(VERSION_NEUTRAL)
  @Get('feed.xml')
  feed() {
    return shelf.map((b) => b.title).join('\n');
  }

  @Post()
  @UseGuards(AuthGuard('jwt'))
  add(@Body() book: NewBookDto) {
    shelf.push(book);
    return book;
  }
}
