import { Injectable } from '@nestjs/common';
import { execSync } from 'child_process';
import { ResizeDto } from './resize.dto';

@Injectable()
export class MediaService {
  resize(dto: ResizeDto) {
    const { width, format } = dto.size;
    execSync(`convert /srv/media/${dto.mediaId} -resize ${width} /srv/out/${dto.preset}.${format}`);
    return { ok: true };
  }

  render(page: number) {
    return execSync(`pdftoppm -f ${page} -l ${page} /srv/doc.pdf /srv/out/page`).toString();
  }
}
