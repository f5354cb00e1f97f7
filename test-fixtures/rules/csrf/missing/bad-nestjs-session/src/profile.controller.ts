import { Body, Controller, Post, UseGuards } from '@nestjs/common';
import { SessionGuard } from './session.guard';

@Controller('profile')
export class ProfileController {
  @Post('email')
  @UseGuards(SessionGuard)
  changeEmail(@Body() body: { email: string }) {
    return { email: body.email };
  }
}
