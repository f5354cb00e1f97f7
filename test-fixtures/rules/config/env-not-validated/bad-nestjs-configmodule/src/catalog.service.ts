import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';

@Injectable()
export class CatalogService {
  constructor(private readonly config: ConfigService) {}

  list() {
    const cdn = this.config.get<string>('CDN_BASE_URL');
    return [{ sku: 'A-1', image: `${cdn}/a-1.png` }];
  }
}
