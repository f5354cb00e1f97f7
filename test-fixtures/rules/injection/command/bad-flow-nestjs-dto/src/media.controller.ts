import { Body, Controller, Post } from '@nestjs/common';
import { ThumbnailDto } from './thumbnail.dto';
import { MediaService } from './media.service';

@Controller('media')
export class MediaController {
  constructor(private readonly media: MediaService) {}

  @Post('thumbnail')
  thumbnail(@Body() dto: ThumbnailDto) {
    return this.media.thumbnail(dto);
  }
}
