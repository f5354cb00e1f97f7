import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Entry } from './entry.entity';
import { EntriesController } from './entries.controller';

@Module({
  imports: [TypeOrmModule.forRoot({ type: 'mysql', url: process.env.DATABASE_URL, entities: [Entry] }), TypeOrmModule.forFeature([Entry])],
  controllers: [EntriesController],
})
export class AppModule {}
