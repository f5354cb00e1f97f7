import { Body, Controller, Post, Req, UseGuards } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';

@Controller('orders')
export class OrdersController {
  @Post()
  @UseGuards(AuthGuard('jwt'))
  create(@Req() req: { user: { id: string } }, @Body() body: { items: string[] }) {
    return { owner: req.user.id, items: body.items };
  }
}
