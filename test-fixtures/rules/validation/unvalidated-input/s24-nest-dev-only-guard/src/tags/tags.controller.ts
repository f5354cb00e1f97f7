import { Body, Controller, Post } from '@nestjs/common';
import { TagsService } from './tags.service';

@Controller('tags')
export class TagsController {
  constructor(private readonly tags: TagsService) {}

  @Post()
  add(@Body() body: { label: string }) { // expect: validation/unvalidated-input[warning]
    return this.tags.add(body.label);
  }
}
