import { Injectable } from '@nestjs/common';

@Injectable()
export class TagsService {
  private readonly tags: Record<string, unknown>[] = [];

  add(input: object) {
    const tag = { ...input, createdAt: Date.now() };
    this.tags.push(tag);
    return tag;
  }

  merge(index: number, input: object) {
    return Object.assign(this.tags[index] ?? {}, input);
  }
}
