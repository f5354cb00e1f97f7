import { Controller, Get, Module } from '@nestjs/common';

@Controller('items')
class ItemsController {
  @Get()
  list() {
    return [];
  }
}

@Module({ controllers: [ItemsController] })
export class AppModule {}
