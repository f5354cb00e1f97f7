import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';
import { Profile, User } from './entities';

@Module({ imports: [TypeOrmModule.forFeature([User, Profile])], controllers: [UsersController], providers: [UsersService] })
export class AppModule {}
