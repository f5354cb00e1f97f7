import { Injectable } from '@nestjs/common';
import { execSync } from 'child_process';
import { ThumbnailDto } from './thumbnail.dto';

@Injectable()
export class MediaService {
  thumbnail(dto: ThumbnailDto) {
    execSync(`convert /srv/media/${dto.file} -resize ${dto.width} /srv/thumbs/out.png`); // expect: injection/command
    execSync(`mail -s done ${dto.notify} < /dev/null`); // expect: injection/command
    return { ok: true };
  }
}
