import { ForbiddenException, Injectable } from '@nestjs/common';
import { PrismaService } from '../prisma.service';

@Injectable()
export class BookmarksService {
  constructor(private prisma: PrismaService) {}

  findOne(userId: number, bookmarkId: number) {
    return this.prisma.bookmark.findFirst({ where: { id: bookmarkId, userId } });
  }

  async edit(userId: number, bookmarkId: number, title: string) {
    const bookmark = await this.prisma.bookmark.findUnique({ where: { id: bookmarkId } });
    if (!bookmark || bookmark.userId !== userId) throw new ForbiddenException('Access to resource denied');
    return this.prisma.bookmark.update({ where: { id: bookmarkId }, data: { title } });
  }

  // moderators remove any bookmark: the route carries @Roles('admin')
  purge(bookmarkId: number) {
    return this.prisma.bookmark.delete({ where: { id: bookmarkId } });
  }
}
