import { Module } from '@nestjs/common';
import { MailService } from './mail.service';
import { LegacyAuthService } from './legacy-auth.service';
import { LegacyAuthController } from './legacy-auth.controller';

@Module({ controllers: [LegacyAuthController], providers: [MailService, LegacyAuthService], exports: [LegacyAuthService] })
export class LegacyAuthModule {}
