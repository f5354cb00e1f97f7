import { Module } from '@nestjs/common';
import { ProductsController } from './products.controller';
import { CatalogStore } from './catalog.store';

@Module({ controllers: [ProductsController], providers: [CatalogStore] })
export class AppModule {}
