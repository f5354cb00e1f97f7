import { Injectable } from '@nestjs/common';
import { randomString } from './random';

@Injectable()
export class KeysService {
  private readonly keys = new Map<string, string>();

  issue(ownerId: string) {
    const apiKey = randomString(40);
    this.keys.set(apiKey, ownerId);
    return { apiKey };
  }
}
