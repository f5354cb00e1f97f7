import { Body, Controller, NotFoundException, Post } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';

@Controller('session')
export class SessionController {
  constructor(private readonly jwt: JwtService) {}

  // "dev" in the name only: nothing turns it off, so anyone gets a token for any staff id
  @Post('dev') // expect: authn/unauthenticated-mutation
  devSignIn(@Body() body: { staffId: string; station: string }) {
    if (!body.staffId) throw new NotFoundException();
    return { token: this.jwt.sign({ sub: body.staffId, station: body.station }) };
  }
}
