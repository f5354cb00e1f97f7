import { Injectable } from '@nestjs/common';

export enum Board {
  Score = 'score',
  Streak = 'streak',
  Weekly = 'weekly',
}

@Injectable()
export class RanksService {
  private readonly rows: Record<string, Array<{ user: string; value: number }>> = {};

  top(board: Board | string, size: number) {
    const list = this.rows[board] ?? [];
    return list.slice(0, size);
  }

  remember(label: string) {
    this.rows[label] = [];
  }
}
