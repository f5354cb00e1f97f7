import { Body, Controller, Post } from '@nestjs/common';
import { FeedsService } from './feeds.service';

@Controller('feeds')
export class FeedsController {
  constructor(private readonly feeds: FeedsService) {}

  @Post()
  add(@Body() xml: string) {
    return this.feeds.title(xml);
  }
}
