import { Body, Controller, Param, Patch, Post, Req } from '@nestjs/common';
import { Throttle } from '@nestjs/throttler';
import { Public } from '../auth/public.decorator';
import { ContactDto, PriceDto, PromoCheckDto, QuoteDto } from './dto';
import { ShopService } from './shop.service';

@Controller('shop')
export class ShopController {
  constructor(private readonly shop: ShopService) {}

  // Public contact form: its own limit and a validated body; it only queues a mail to the shop.
  @Post('contact')
  @Public()
  @Throttle({ default: { limit: 3, ttl: 300000 } })
  contact(@Body() dto: ContactDto) {
    return this.shop.queueContactMail(dto);
  }

  // A delivery quote: the only write is the cache of the rates the server computed.
  @Post('quote')
  @Public()
  quote(@Body() dto: QuoteDto) {
    return this.shop.quote(dto);
  }

  // Checks a promotion code; a signed-in caller's id goes on the request's own DTO.
  @Post('promo/check')
  @Public()
  checkPromo(@Body() dto: PromoCheckDto, @Req() req: any) {
    if (req.user) {
      dto.customerId = req.user.id;
    }
    return this.shop.checkPromo(dto);
  }

  @Patch('products/:id/price') // expect: authn/unauthenticated-mutation
  @Public()
  setPrice(@Param('id') id: string, @Body() dto: PriceDto) {
    return this.shop.setPrice(id, dto.price);
  }
}
