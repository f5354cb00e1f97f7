import { Module } from '@nestjs/common';
import { LegacyAuthModule } from '../../legacy-auth/legacy-auth.module';

// switched off: the app module no longer imports it
@Module({ imports: [LegacyAuthModule] })
export class ReportsModule {}
