import { Module } from '@nestjs/common';
import { AtlasController } from './atlas.controller';

@Module({ controllers: [AtlasController] })
export class AppModule {}
