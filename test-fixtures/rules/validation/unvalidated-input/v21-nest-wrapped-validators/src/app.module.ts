import { Module } from '@nestjs/common';
import { PeopleController } from './people/people.controller';

@Module({ controllers: [PeopleController] })
export class AppModule {}
