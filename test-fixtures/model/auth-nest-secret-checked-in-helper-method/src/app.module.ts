import { Module } from '@nestjs/common';
import { SyncConfig } from './sync.config';
import { SyncController } from './sync.controller';

@Module({
  controllers: [SyncController],
  providers: [SyncConfig],
})
export class AppModule {}
