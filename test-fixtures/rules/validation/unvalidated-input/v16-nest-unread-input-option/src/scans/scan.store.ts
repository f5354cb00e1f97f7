import { Injectable } from '@nestjs/common';

@Injectable()
export class ScanStore {
  private readonly rows: { name: string; text: string; owner: string | null }[] = [];

  keep(name: string, text: string, owner: string | null) {
    this.rows.push({ name, text, owner });
    return this.rows.length;
  }
}
