import { Module } from '@nestjs/common';
import { FollowModule } from './follow/follow.module';
import { HealthController } from './health.controller';

@Module({ imports: [FollowModule], controllers: [HealthController] })
export class AppModule {}
