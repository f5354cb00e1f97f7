import { BadRequestException, Body, Controller, Get, Post, Query } from '@nestjs/common';
import { AddBookDto, NotifyDto, SearchDto } from './shelf.dto';

const books: { title: string; copies: number }[] = [];

function isSafeReturnUrl(url: string): boolean {
  return typeof url === 'string' && url.startsWith('http://127.0.0.1:');
}

@Controller('shelf')
export class ShelfController {
  // the DTO parameter is destructured in the signature: the global ValidationPipe still checks it
  @Post('notify')
  notify(@Body() { email }: NotifyDto) {
    return { queued: email };
  }

  // the DTO's fields are read (destructured) in the body
  @Post()
  add(@Body() dto: AddBookDto) {
    const { title, copies } = dto;
    books.push({ title, copies });
    return books.length;
  }

  @Get()
  search(@Query() { q }: SearchDto) {
    return books.filter((b) => !q || b.title.includes(q));
  }

  // a bare string parameter checked by a predicate that rejects with 400
  @Get('back')
  back(@Query('to') to: string) {
    if (!isSafeReturnUrl(to)) throw new BadRequestException('bad return url');
    return { to };
  }

  // a bare string parameter nothing checks, kept as a search pattern
  @Get('match')
  match(@Query('text') text: string) { // expect: validation/unvalidated-input[warning]
    return books.filter((b) => new RegExp(text).test(b.title));
  }
}
