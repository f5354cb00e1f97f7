import { Controller, Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { OAuthService } from './oauth.service';

@Controller('oauth')
export class OAuthController {
  constructor(private readonly oauth: OAuthService) {}

  @Get('authorize')
  authorize(@Query('redirect_uri') redirectUri: string, @Query('state') state: string, @Res() res: Response) {
    return res.redirect(this.oauth.callbackUrl(redirectUri, state)); // expect: injection/open-redirect
  }
}
