import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Tag } from './tag.entity';

@Module({
  imports: [TypeOrmModule.forRoot({ type: 'mongodb', url: process.env.MONGO_URL, entities: [Tag] })],
})
export class AppModule {}
