import { Controller, Get, Query, Redirect, Res } from '@nestjs/common';
import type { Response } from 'express';
import { OAuthService } from './oauth.service';

@Controller('oauth')
export class OAuthController {
  constructor(private readonly oauth: OAuthService) {}

  @Get('authorize')
  authorize(@Query('redirect_uri') redirectUri: string, @Query('state') state: string, @Res() res: Response) {
    return res.redirect(this.oauth.callbackUrl(redirectUri, state)); // expect: injection/open-redirect
  }

  @Get('logout')
  @Redirect('/', 302) // expect: injection/open-redirect
  logout(@Query('returnTo') returnTo: string) {
    return { url: returnTo };
  }

  @Get('docs')
  @Redirect('https://docs.example.com', 302)
  docs(@Query('version') version: string) {
    return { url: `https://docs.example.com/${version}/` };
  }
}
