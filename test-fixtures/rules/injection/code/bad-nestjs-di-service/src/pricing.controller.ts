import { Body, Controller, Post } from '@nestjs/common';
import { PricingService } from './pricing.service';

class DiscountDto {
  rule: string;
  total: number;
}

@Controller('pricing')
export class PricingController {
  constructor(private readonly pricing: PricingService) {}

  @Post('discount')
  discount(@Body() dto: DiscountDto) {
    return this.pricing.apply(dto.rule, dto.total);
  }
}
