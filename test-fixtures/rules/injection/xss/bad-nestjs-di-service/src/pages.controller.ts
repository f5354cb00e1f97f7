import { Controller, Get, Header, Param, Query, Render, Res } from '@nestjs/common';
import { Response } from 'express';
import { PagesService } from './pages.service';

@Controller('pages')
export class PagesController {
  constructor(private readonly pages: PagesService) {}

  @Get('welcome')
  @Header('Content-Type', 'text/html')
  welcome(@Query('name') name: string) { // expect: injection/xss
    return this.pages.banner(name);
  }

  // Nest answers a returned string with res.send: text/html on the Express platform
  @Get('echo/:word')
  echo(@Param('word') word: string) { // expect: injection/xss
    return `You said ${word}`;
  }

  @Get('profile')
  @Render('profile') // expect: injection/xss
  profile(@Query('bio') bio: string) {
    return { title: 'Profile', bio };
  }

  @Get('legacy')
  legacy(@Query('msg') msg: string, @Res() res: Response) {
    res.send(this.pages.banner(msg)); // expect: injection/xss
  }
}
