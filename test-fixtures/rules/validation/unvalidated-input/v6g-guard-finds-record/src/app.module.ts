import { Module } from '@nestjs/common';
import { ItemsController } from './items/items.controller';
import { DbService } from './db.service';

@Module({ controllers: [ItemsController], providers: [DbService] })
export class AppModule {}
