import { Controller, Logger, Post } from '@nestjs/common';

@Controller('auth')
export class AuthController {
  private readonly logger = new Logger(AuthController.name);

  @Post('logout')
  logout() {
    this.logger.log('logout');
    return { ok: true };
  }
}
