import { Module } from '@nestjs/common';
import { UsageResolver } from './usage.resolver';

@Module({ providers: [UsageResolver] })
export class UsageModule {}
