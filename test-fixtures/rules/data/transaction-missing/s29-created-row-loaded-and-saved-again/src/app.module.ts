import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MembersController } from './members.controller';
import { MembersService } from './members.service';
import { Locker, Member } from './entities';

@Module({ imports: [TypeOrmModule.forFeature([Member, Locker])], controllers: [MembersController], providers: [MembersService] })
export class AppModule {}
