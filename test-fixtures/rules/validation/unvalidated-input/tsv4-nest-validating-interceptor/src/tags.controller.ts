import { Body, Controller, Param, Post, Put, UseInterceptors } from '@nestjs/common';
import { CheckInputInterceptor, RequestPart, TimingInterceptor } from './check-input.interceptor';
import { CreateTagDto, TagIdDto } from './tags.dto';
import { TagsService } from './tags.service';

@Controller('tags')
export class TagsController {
  constructor(private readonly tags: TagsService) {}

  @Post()
  @UseInterceptors(new CheckInputInterceptor(CreateTagDto, RequestPart.BODY))
  create(@Body() body: CreateTagDto) {
    return this.tags.create(body.name);
  }

  @Put(':id')
  @UseInterceptors(new CheckInputInterceptor(TagIdDto, RequestPart.PARAMS))
  rename(@Param() params: TagIdDto, @Body() body: CreateTagDto) { // expect: validation/unvalidated-input
    return this.tags.rename(params.id, body.name);
  }

  @Post('bulk')
  @UseInterceptors(new TimingInterceptor('bulk'))
  bulk(@Body() body: CreateTagDto) { // expect: validation/unvalidated-input
    return this.tags.create(body.name);
  }
}
