import { Injectable } from '@nestjs/common';

@Injectable()
export class MembersService {
  private readonly rows: Record<string, unknown>[] = [];

  save(row: Record<string, unknown>) {
    this.rows.push(row);
    return row;
  }
}
