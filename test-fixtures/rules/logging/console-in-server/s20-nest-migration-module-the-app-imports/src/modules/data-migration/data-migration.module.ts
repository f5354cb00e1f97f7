import { Module } from '@nestjs/common';
import { LegacyAuthModule } from '../../legacy-auth/legacy-auth.module';

// the import module the app boots
@Module({ imports: [LegacyAuthModule] })
export class DataMigrationModule {}
