import { Controller, Get, Module } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';

@Controller('catalog')
export class CatalogController {
  constructor(private readonly config: ConfigService) {}

  @Get()
  list() {
    return [{ sku: 'A-1', image: `${this.config.get<string>('CDN_BASE_URL')}/a-1.png` }];
  }
}

@Module({ imports: [ConfigModule.forRoot({ isGlobal: true })], controllers: [CatalogController] })
export class AppModule {}
