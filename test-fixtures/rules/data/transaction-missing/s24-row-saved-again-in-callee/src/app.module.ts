import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TransfersController } from './transfers.controller';
import { TransfersService } from './transfers.service';
import { Transfer, Wallet } from './entities';

@Module({ imports: [TypeOrmModule.forFeature([Transfer, Wallet])], controllers: [TransfersController], providers: [TransfersService] })
export class AppModule {}
