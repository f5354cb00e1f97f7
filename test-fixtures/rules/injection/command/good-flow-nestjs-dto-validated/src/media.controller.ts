import { Body, Controller, Param, ParseIntPipe, Post } from '@nestjs/common';
import { ResizeDto } from './resize.dto';
import { MediaService } from './media.service';

@Controller('media')
export class MediaController {
  constructor(private readonly media: MediaService) {}

  @Post('resize')
  resize(@Body() dto: ResizeDto) {
    return this.media.resize(dto);
  }

  @Post(':page/render')
  render(@Param('page', ParseIntPipe) page: number) {
    return this.media.render(page);
  }
}
