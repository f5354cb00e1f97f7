import { Module } from '@nestjs/common';
import { MembersController } from './members/members.controller';
import { MembersService } from './members/members.service';

@Module({ controllers: [MembersController], providers: [MembersService] })
export class AppModule {}
