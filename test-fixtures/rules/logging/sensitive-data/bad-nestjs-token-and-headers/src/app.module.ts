import { Body, Controller, Headers, Logger, Module, Post } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';

@Controller('auth')
export class AuthController {
  private readonly logger = new Logger(AuthController.name);

  constructor(private readonly jwt: JwtService) {}

  @Post('token')
  token(@Body('userId') userId: string, @Headers() headers: Record<string, string>) {
    const accessToken = this.jwt.sign({ sub: userId });
    this.logger.debug(`issued ${accessToken}`); // expect: logging/sensitive-data
    this.logger.log(headers); // expect: logging/sensitive-data
    return { accessToken };
  }
}

@Module({ controllers: [AuthController], providers: [JwtService] })
export class AppModule {}
