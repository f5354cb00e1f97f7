import { Injectable } from '@nestjs/common';

export interface Entry {
  at: number;
  text: string;
}

@Injectable()
export class HistoryService {
  private readonly entries: Entry[] = [];

  recent(options: { limit?: number; label?: string }) {
    const take = options.limit ?? 20;
    return { label: options.label, items: this.entries.slice(0, take) };
  }
}
