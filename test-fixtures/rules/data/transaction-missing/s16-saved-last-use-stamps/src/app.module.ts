import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DevicesController } from './devices.controller';
import { DevicesService } from './devices.service';
import { Device, User } from './entities';

@Module({ imports: [TypeOrmModule.forFeature([User, Device])], controllers: [DevicesController], providers: [DevicesService] })
export class AppModule {}
