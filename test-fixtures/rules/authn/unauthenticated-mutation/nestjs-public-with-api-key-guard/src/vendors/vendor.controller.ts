import { Body, Controller, Delete, Param, Put, Req, UseGuards } from '@nestjs/common';
import { Public } from '../auth/public.decorator';
import { StockService } from './stock.service';
import { VendorKeyGuard, VendorRequest } from './vendor-key.guard';

// @Public() only turns the global JWT guard off: the vendor key guard below still authenticates every call.
@Controller('vendor')
@Public()
@UseGuards(VendorKeyGuard)
export class VendorController {
  constructor(private readonly stock: StockService) {}

  @Put('stock/:sku')
  update(@Req() req: VendorRequest, @Param('sku') sku: string, @Body('qty') qty: number) {
    return this.stock.set(req.vendorId!, sku, qty);
  }

  @Delete('stock/:sku')
  remove(@Req() req: VendorRequest, @Param('sku') sku: string) {
    this.stock.drop(req.vendorId!, sku);
  }
}
