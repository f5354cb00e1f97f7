import { Injectable } from '@nestjs/common';

@Injectable()
export class TagsService {
  private readonly names = new Set<string>(['news', 'sport']);

  async remove(name: string): Promise<{ name: string; removed: boolean } | null> {
    if (!this.names.has(name)) {
      return null;
    }
    this.names.delete(name);
    return { name, removed: true };
  }
}
