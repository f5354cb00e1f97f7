import { Module } from '@nestjs/common';
import { ItemsModule } from './items/items.module';
import { SettingsModule } from './settings/settings.module';

@Module({ imports: [SettingsModule, ItemsModule] })
export class AppModule {}
