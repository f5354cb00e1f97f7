import { Body, Controller, Post, UseGuards } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';

@Controller('orders')
export class OrdersController {
  @Post()
  @UseGuards(AuthGuard('jwt'))
  place(@Body() body: { dish: string }) {
    return { placed: body.dish };
  }
}
