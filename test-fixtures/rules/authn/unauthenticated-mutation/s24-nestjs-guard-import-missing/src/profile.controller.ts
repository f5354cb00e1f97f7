import { Body, Controller, Put, UseGuards } from '@nestjs/common';
import { JwtAuthGuard } from './auth/jwt-auth.guard';

const names = new Map<string, string>();

@Controller('profile')
export class ProfileController {
  @Put()
  @UseGuards(JwtAuthGuard)
  rename(@Body('name') name: string) {
    names.set('me', name);
    return { ok: true };
  }
}
