import { Controller, Delete, Get, Header, Param, Query } from '@nestjs/common';
import { TagsService } from './tags.service';

@Controller('greet')
export class GreetController {
  constructor(private readonly tags: TagsService) {}

  // the service answers an object or null: JSON, not a string
  @Delete('tags/:name')
  async remove(@Param('name') name: string) {
    const tag = await this.tags.remove(name);
    return tag;
  }

  // an object is sent as JSON
  @Get()
  greet(@Query('name') name: string) {
    return { greeting: `Hello ${name}` };
  }

  // a DELETE answer is never rendered as a page: no browser navigates to it
  @Delete('greetings/:name')
  async forget(@Param('name') name: string): Promise<string> {
    return `deleted greeting for ${name}`;
  }

  @Get('plain')
  @Header('Content-Type', 'text/plain')
  plain(@Query('name') name: string) {
    return `Hello ${name}`;
  }
}
