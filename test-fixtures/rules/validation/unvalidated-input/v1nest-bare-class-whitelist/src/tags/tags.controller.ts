import { Body, Controller, Param, ParseIntPipe, Patch, Post, Put } from '@nestjs/common';
import { TagsService } from './tags.service';

// Declared here, without decorators, under the same name as the decorated class in ./dto: this one is what the
// handler is typed with, and the whitelisting global pipe lets none of its properties through.
class NewTagDto {
  label: string;
  color: string;
}

// An open map of values: still a class without class-validator metadata, so the same pipe strips every key.
class TagPatch {
  [key: string]: unknown;
}

interface TagReplacement {
  label: string;
  color: string;
}

@Controller('tags')
export class TagsController {
  constructor(private readonly tags: TagsService) {}

  @Post()
  create(@Body() body: NewTagDto) {
    return this.tags.add(body);
  }

  @Patch(':index')
  patch(@Param('index', ParseIntPipe) index: number, @Body() patch: TagPatch) {
    return this.tags.merge(index, patch);
  }

  @Put(':index')
  replace(@Param('index', ParseIntPipe) index: number, @Body() body: TagReplacement) { // expect: validation/unvalidated-input[warning]
    return this.tags.merge(index, body);
  }
}
