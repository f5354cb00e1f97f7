import { Controller, Param, Post } from '@nestjs/common';
import { TransfersService } from './transfers.service';

@Controller('transfers')
export class TransfersController {
  constructor(private readonly transfers: TransfersService) {}

  @Post(':id/send')
  send(@Param('id') id: string) {
    return this.transfers.send(Number(id));
  }

  @Post(':id/settle')
  settle(@Param('id') id: string) {
    return this.transfers.settle(Number(id));
  }
}
