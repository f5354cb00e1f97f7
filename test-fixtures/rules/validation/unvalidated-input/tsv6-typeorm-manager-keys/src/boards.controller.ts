import { Body, Controller, Delete, Get, HttpCode, NotFoundException, Param, Post } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Board, Card } from './entities';

@Controller('boards')
export class BoardsController {
  constructor(@InjectRepository(Board) private readonly boards: Repository<Board>) {}

  // the EntityManager takes the entity class first and the criteria second: the id only selects rows
  @Delete(':boardId')
  @HttpCode(204)
  async remove(@Param('boardId') boardId: string) {
    await this.boards.manager.transaction(async (tx) => {
      await tx.delete(Card, { boardId });
      await tx.delete(Board, { id: boardId });
    });
  }

  @Get(':boardId/cards')
  async cards(@Param('boardId') boardId: string) {
    const board = await this.boards.manager.findOneBy(Board, { id: boardId });
    if (!board) throw new NotFoundException();
    return this.boards.manager.find(Card, { where: { boardId } });
  }

  // the criteria are the second argument; the third is written: the title goes into the row as sent
  @Post(':boardId/rename')
  async rename(@Param('boardId') boardId: string, @Body('title') title: string) { // expect: validation/unvalidated-input
    await this.boards.manager.update(Board, { id: boardId }, { title });
    return { ok: true };
  }
}
