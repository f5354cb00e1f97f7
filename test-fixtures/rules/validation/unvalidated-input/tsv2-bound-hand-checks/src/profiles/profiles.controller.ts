import { BadRequestException, Body, Controller, Get, Post, Query, Req } from '@nestjs/common';
import { ProfilesService } from './profiles.service';

@Controller('profiles')
export class ProfilesController {
  constructor(private readonly profiles: ProfilesService) {}

  // a length bound that throws before the value is stored
  @Post('headline')
  async headline(@Req() req: any, @Body('headline') headline: string) {
    if (headline.length > 120) {
      throw new BadRequestException('headline too long');
    }
    await this.profiles.saveHeadline(req.user.id, headline);
    return { ok: true };
  }

  // the invite code is only handed to a comparison in the service
  @Get('invite')
  invite(@Query('code') code: string) {
    return { accepted: this.profiles.inviteAccepted(code) };
  }

  // stored as sent
  @Post('tagline')
  async tagline(@Req() req: any, @Body('tagline') tagline: string) { // expect: validation/unvalidated-input
    await this.profiles.saveTagline(req.user.id, tagline);
    return { ok: true };
  }
}
