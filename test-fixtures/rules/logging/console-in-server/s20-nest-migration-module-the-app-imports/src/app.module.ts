import { Module } from '@nestjs/common';
import { AuthModule } from './modules/auth/auth.module';
import { DataMigrationModule } from './modules/data-migration/data-migration.module';

@Module({ imports: [AuthModule, DataMigrationModule] })
export class AppModule {}
