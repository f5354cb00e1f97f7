import { Injectable } from '@nestjs/common';

@Injectable()
export class SeedService {
  async run(): Promise<number> {
    return 0;
  }
}
