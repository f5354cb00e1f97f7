import { Body, Controller, Put } from '@nestjs/common';
import { ItemsService } from './items.service';

@Controller('items')
export class ItemsController {
  constructor(private readonly items: ItemsService) {}

  @Put('order')
  reorder(@Body() body: { ids: number[] }) {
    return this.items.reorder(body.ids);
  }
}
