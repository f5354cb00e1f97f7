import { Injectable } from '@nestjs/common';
import { readFile, unlink } from 'node:fs/promises';
import { basename, join } from 'node:path';

@Injectable()
export class FilesService {
  private readonly dir = '/var/lib/files';

  read(name: string) {
    return readFile(join(this.dir, name), 'utf8'); // expect: injection/path-traversal
  }

  // only the last segment of the name: safe
  remove(name: string) {
    return unlink(join(this.dir, basename(name)));
  }
}
