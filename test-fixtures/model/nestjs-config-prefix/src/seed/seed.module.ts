import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import appConfig from '../config/app.config';
import { SeedService } from './seed.service';

@Module({ imports: [ConfigModule.forRoot({ load: [appConfig] })], providers: [SeedService] })
export class SeedModule {}
