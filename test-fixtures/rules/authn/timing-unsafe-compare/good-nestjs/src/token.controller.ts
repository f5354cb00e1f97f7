import { BadRequestException, Body, Controller, Post } from '@nestjs/common';
import { GrantKind } from './grant-kind';
import { AuthService } from './auth.service';

// the grant type picks a flow: the case values are fixed names, not secrets
@Controller('auth')
export class TokenController {
  constructor(private readonly auth: AuthService) {}

  @Post('token')
  async token(@Body() body: { grant: string; user?: string; secret?: string }) {
    switch (body.grant) {
      case GrantKind.Password:
        return this.auth.byPassword(body.user ?? '', body.secret ?? '');
      case GrantKind.ClientSecret:
        return this.auth.byClient(body.user ?? '', body.secret ?? '');
      default:
        throw new BadRequestException('unsupported grant');
    }
  }
}
