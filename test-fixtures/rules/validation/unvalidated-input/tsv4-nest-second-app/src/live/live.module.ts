import { Module } from '@nestjs/common';
import { FollowModule } from '../follow/follow.module';

// the live-updates server imports FollowModule for its service, which also registers FollowController here
@Module({ imports: [FollowModule] })
export class LiveModule {}
