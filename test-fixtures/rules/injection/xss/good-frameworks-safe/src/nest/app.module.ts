import { Module } from '@nestjs/common';
import { GreetController } from './greet.controller';
import { TagsService } from './tags.service';

@Module({ controllers: [GreetController], providers: [TagsService] })
export class AppModule {}
