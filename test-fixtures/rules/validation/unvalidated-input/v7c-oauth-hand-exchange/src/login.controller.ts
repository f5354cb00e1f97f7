import { Body, Controller, NotFoundException, Post } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Member, Provider } from './member.entity';
import { GoogleTokens } from './google-tokens.service';

@Controller('login')
export class LoginController {
  constructor(
    private readonly google: GoogleTokens,
    private readonly jwt: JwtService,
    @InjectRepository(Member) private readonly members: Repository<Member>,
  ) {}

  // the code only goes to the provider's token endpoint; what follows is the provider's answer
  @Post('google')
  async google(@Body() { code }: { code: string }) {
    const { id_token } = await this.google.redeem(code);
    const claims = this.jwt.decode(id_token) as { email: string };
    const member = await this.members.findOne({ where: { email: claims.email } });
    if (!member) throw new NotFoundException();
    member.provider = Provider.Google;
    await this.members.save(member);
    return { token: this.jwt.sign({ sub: member.id }) };
  }

  // exchanged, and also kept on the member record as sent
  @Post('google-remember')
  async googleRemember(@Body() { code }: { code: string }) { // expect: validation/unvalidated-input
    const { id_token } = await this.google.redeem(code);
    const claims = this.jwt.decode(id_token) as { email: string };
    await this.members.update({ email: claims.email }, { lastCode: code });
    return { ok: true };
  }

  // spliced into the token URL rather than sent as a form field
  @Post('google-url')
  async googleUrl(@Body() { code }: { code: string }) { // expect: validation/unvalidated-input
    const { id_token } = await this.google.redeemInUrl(code);
    return { idToken: id_token };
  }
}
