import { Module } from '@nestjs/common';
import { ProfileController } from './profile.controller';
import { SessionGuard } from './session.guard';
import { ProfileService } from './profile.service';

@Module({ controllers: [ProfileController], providers: [SessionGuard, ProfileService] })
export class AppModule {}
