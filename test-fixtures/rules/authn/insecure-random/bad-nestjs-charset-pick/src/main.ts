import { Body, Controller, Module, Post } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { InvitesService } from './invites.service';

@Controller('invites')
class InvitesController {
  constructor(private readonly invites: InvitesService) {}

  @Post()
  create(@Body('email') email: string) {
    return { email, token: this.invites.createInviteToken() };
  }

  @Post('reset')
  reset(@Body('email') email: string) {
    const code = this.invites.createResetCode();
    return { email, sent: code.length > 0 };
  }
}

@Module({ controllers: [InvitesController], providers: [InvitesService] })
class AppModule {}

async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  await app.listen(3000);
}
bootstrap();
