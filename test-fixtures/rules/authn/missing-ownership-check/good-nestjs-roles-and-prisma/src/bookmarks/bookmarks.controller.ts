import { Body, Controller, Delete, Get, Param, ParseIntPipe, Patch, UseGuards } from '@nestjs/common';
import { JwtAuthGuard } from '../auth/jwt-auth.guard';
import { GetUser } from '../auth/get-user.decorator';
import { Roles, RolesGuard } from '../auth/roles';
import { BookmarksService } from './bookmarks.service';

@UseGuards(JwtAuthGuard, RolesGuard)
@Controller('bookmarks')
export class BookmarksController {
  constructor(private readonly bookmarks: BookmarksService) {}

  @Get(':id')
  findOne(@GetUser('id') userId: number, @Param('id', ParseIntPipe) id: number) {
    return this.bookmarks.findOne(userId, id);
  }

  @Patch(':id')
  edit(@GetUser('id') userId: number, @Param('id', ParseIntPipe) id: number, @Body('title') title: string) {
    return this.bookmarks.edit(userId, id, title);
  }

  @Roles('admin')
  @Delete(':id')
  purge(@Param('id', ParseIntPipe) id: number) {
    return this.bookmarks.purge(id);
  }
}
