import { Injectable } from '@nestjs/common';
import { PrismaClient } from '@prisma/client';
import * as fs from 'fs/promises';

const prisma = new PrismaClient();

@Injectable()
export class ChunkStore {
  async append(data: string, uploadId: string) {
    const bytes = Buffer.from(data, 'base64');
    if (bytes.byteLength > 10000000) throw new Error('chunk too large');
    await fs.appendFile(`/var/chunks/${uploadId}.part`, bytes);
    return { received: bytes.byteLength };
  }

  async saveManifest(manifest: unknown) {
    return prisma.manifest.create({ data: { content: manifest as object } });
  }
}
