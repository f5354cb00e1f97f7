import { Body, Controller, Logger, Module, Post } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';

@Controller('auth')
export class AuthController {
  private readonly logger = new Logger(AuthController.name);

  @Post('login')
  login(@Body('email') email: string) {
    this.logger.log(`login attempt for ${email}`);
    return { ok: true };
  }
}

@Module({
  imports: [LoggerModule.forRoot({ pinoHttp: { redact: ['req.headers.authorization', 'req.headers.cookie'] } })],
  controllers: [AuthController],
})
export class AppModule {}
