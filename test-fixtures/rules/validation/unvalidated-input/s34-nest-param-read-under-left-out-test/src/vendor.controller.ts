import { Body, Controller, Param, ParseUUIDPipe, Post, Req } from '@nestjs/common';
import { VendorService } from './vendor.service';

@Controller('vendors')
export class VendorController {
  constructor(private readonly vendors: VendorService) {}

  // no reviewer is passed yet: the service's audit branch, the only place the note goes, does not run
  @Post(':id/decline')
  decline(@Param('id', ParseUUIDPipe) id: string, @Body('note') note?: string) {
    return this.vendors.decline(id, note);
  }

  // the reviewer is passed: the note reaches the audit entry unchecked
  @Post(':id/decline-reviewed')
  declineReviewed(@Param('id', ParseUUIDPipe) id: string, @Req() req: any, @Body('note') note?: string) { // expect: validation/unvalidated-input
    return this.vendors.decline(id, note, req.user.id);
  }

  // the note is stored on the vendor whatever is passed
  @Post(':id/hold')
  hold(@Param('id', ParseUUIDPipe) id: string, @Body('note') note?: string) { // expect: validation/unvalidated-input
    return this.vendors.hold(id, note);
  }
}
