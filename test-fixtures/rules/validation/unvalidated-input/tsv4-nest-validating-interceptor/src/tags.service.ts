import { Injectable } from '@nestjs/common';

@Injectable()
export class TagsService {
  private readonly names = new Map<string, string>();

  create(name: string) {
    const id = `${this.names.size + 1}`;
    this.names.set(id, name);
    return { id, name };
  }

  rename(id: string, name: string) {
    this.names.set(id, name);
    return { id, name };
  }
}
