import { Injectable } from '@nestjs/common';

@Injectable()
export class TagsService {
  private readonly tags: string[] = [];

  add(label: string) {
    this.tags.push(label);
    return this.tags;
  }
}
