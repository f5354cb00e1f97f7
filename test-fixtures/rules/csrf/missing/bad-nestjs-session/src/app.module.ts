import { Module } from '@nestjs/common';
import { ProfileController } from './profile.controller';
import { SessionGuard } from './session.guard';

@Module({ controllers: [ProfileController], providers: [SessionGuard] })
export class AppModule {}
