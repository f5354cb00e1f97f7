import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UsersController } from './users/users.controller';
import { UsersService } from './users/users.service';
import { User } from './users/user.entity';
// import { ArchiveModule } from './archive.disabled/archive.module'; // parked: restore flow not reviewed yet

@Module({
  imports: [TypeOrmModule.forRoot({ type: 'postgres', url: process.env.DATABASE_URL, entities: [User] }), TypeOrmModule.forFeature([User]) /* , ArchiveModule */],
  controllers: [UsersController],
  providers: [UsersService],
})
export class AppModule {}
