import { Controller, Get, Req, UseGuards } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { Public } from './public.decorator';
import { GoogleGuard } from './google.guard';

@Controller('auth')
export class AuthController {
  // Starts the Google sign-in for an anonymous visitor.
  @Public()
  @Get('google')
  @UseGuards(GoogleGuard)
  google() {
    return;
  }

  @Public()
  @Get('google/callback')
  @UseGuards(AuthGuard('google'))
  callback(@Req() req: any) {
    return req.user;
  }

  @Get('me')
  me(@Req() req: any) {
    return req.user;
  }
}
