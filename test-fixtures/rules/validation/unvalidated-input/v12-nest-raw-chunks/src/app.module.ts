import { Module } from '@nestjs/common';
import { ChunksController } from './chunks.controller';
import { ChunkStore } from './chunk.store';

@Module({
  controllers: [ChunksController],
  providers: [ChunkStore],
})
export class AppModule {}
