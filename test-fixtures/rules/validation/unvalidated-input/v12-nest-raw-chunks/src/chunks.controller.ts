import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ChunkStore } from './chunk.store';

@Controller('uploads')
export class ChunksController {
  constructor(private readonly store: ChunkStore) {}

  // the octet-stream chunk goes to the store only as bytes appended to a file
  @Post(':uploadId/chunks')
  async chunk(@Param('uploadId', ParseUUIDPipe) uploadId: string, @Body() body: string) {
    return this.store.append(body, uploadId);
  }

  // a text body parsed as JSON and stored as it came
  @Post(':uploadId/manifest')
  async manifest(@Param('uploadId', ParseUUIDPipe) uploadId: string, @Body() body: string) { // expect: validation/unvalidated-input
    const manifest = JSON.parse(body);
    return this.store.saveManifest(manifest);
  }

  // a body whose fields are read: a document, not bytes
  @Post(':uploadId/meta')
  async meta(@Param('uploadId', ParseUUIDPipe) uploadId: string, @Body() body: { name: string; size: number }) { // expect: validation/unvalidated-input
    return this.store.saveManifest({ uploadId, name: body.name, size: body.size });
  }
}
