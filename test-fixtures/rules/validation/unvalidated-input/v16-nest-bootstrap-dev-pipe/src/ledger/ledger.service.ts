import { Injectable } from '@nestjs/common';

export interface Entry {
  id: number;
  account: string;
  amount: number;
  memo?: string;
}

@Injectable()
export class LedgerService {
  private readonly entries: Entry[] = [];

  add(input: { account: string; amount: number; memo?: string }) {
    const entry = { id: this.entries.length + 1, ...input };
    this.entries.push(entry);
    return entry;
  }

  private readonly labels: string[] = [];

  addLabel(label: string) {
    this.labels.push(label);
    return this.labels;
  }

  importRaw(payload: unknown) {
    const rows = payload as Entry[];
    for (const r of rows) this.entries.push(r);
    return rows.length;
  }
}
