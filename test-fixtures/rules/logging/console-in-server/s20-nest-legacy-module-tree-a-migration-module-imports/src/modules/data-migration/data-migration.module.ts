import { Module } from '@nestjs/common';
import { LegacyAuthModule } from '../../legacy-auth/legacy-auth.module';

// an import module that no other module imports any more
@Module({ imports: [LegacyAuthModule] })
export class DataMigrationModule {}
