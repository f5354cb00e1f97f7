import { BadRequestException, Controller, Get, Query } from '@nestjs/common';
import { Board, RanksService } from './ranks.service';

const ALIASES = {
  score: Board.Score,
  points: Board.Score,
  streak: Board.Streak,
  weekly: Board.Weekly,
};

@Controller('ranks')
export class RanksController {
  constructor(private readonly ranks: RanksService) {}

  @Get()
  list(@Query('board') board?: string) {
    return this.ranks.top(this.pickBoard(board), 20);
  }

  @Get('strict')
  strict(@Query('board') board?: string) {
    return this.ranks.top(this.requireBoard(board), 20);
  }

  // the map's answer goes on even when the key is not one of its own
  @Get('loose')
  loose(@Query('board') board?: string) { // expect: validation/unvalidated-input
    return this.ranks.top(this.lookupBoard(board), 20);
  }

  // the fallback is the value as it came
  @Get('echo')
  echo(@Query('board') board: string) { // expect: validation/unvalidated-input
    return this.ranks.top(this.boardOrRaw(board), 20);
  }

  private pickBoard(board?: string): Board {
    if (!board) return Board.Score;
    const boards: Record<string, Board> = {
      score: Board.Score,
      streak: Board.Streak,
      weekly: Board.Weekly,
    };
    const found = boards[board.trim().toLowerCase()];
    if (!found) {
      // unknown names get the default board
      return Board.Score;
    }
    return found;
  }

  private requireBoard(board?: string): Board {
    return ALIASES[board] || Board.Score;
  }

  private lookupBoard(board?: string): Board {
    return ALIASES[board];
  }

  private boardOrRaw(board: string): string {
    return ALIASES[board] || board;
  }
}
