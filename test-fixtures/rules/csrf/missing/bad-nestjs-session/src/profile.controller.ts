import { Body, Controller, Post, Req, UseGuards } from '@nestjs/common';
import { SessionGuard } from './session.guard';
import { ProfileService } from './profile.service';

@Controller('profile')
export class ProfileController {
  constructor(private readonly profiles: ProfileService) {}

  @Post('email')
  @UseGuards(SessionGuard)
  changeEmail(@Req() req: { session: { userId: string } }, @Body() body: { email: string }) {
    return this.profiles.changeEmail(req.session.userId, body.email);
  }
}
