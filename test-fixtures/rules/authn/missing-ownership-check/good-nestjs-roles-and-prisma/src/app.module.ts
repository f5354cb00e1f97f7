import { Module } from '@nestjs/common';
import { BookmarksController } from './bookmarks/bookmarks.controller';
import { BookmarksService } from './bookmarks/bookmarks.service';
import { PrismaService } from './prisma.service';

@Module({
  controllers: [BookmarksController],
  providers: [BookmarksService, PrismaService],
})
export class AppModule {}
