import { BadRequestException, Injectable } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { stringify } from 'querystring';
import { firstValueFrom } from 'rxjs';

const TOKEN_URL = 'https://oauth2.googleapis.com/token';

@Injectable()
export class GoogleTokens {
  constructor(private readonly http: HttpService) {}

  // the authorization-code grant of RFC 6749 built by hand: the code travels form-encoded to the token endpoint
  async redeem(code: string): Promise<{ id_token: string }> {
    const form = stringify({
      code,
      client_id: process.env.GOOGLE_CLIENT_ID,
      client_secret: process.env.GOOGLE_CLIENT_SECRET,
      redirect_uri: process.env.GOOGLE_REDIRECT_URI,
      grant_type: 'authorization_code',
    });
    try {
      const { data } = await firstValueFrom(
        this.http.post(TOKEN_URL, form, { headers: { 'Content-Type': 'application/x-www-form-urlencoded' } }),
      );
      return data;
    } catch (e) {
      throw new BadRequestException('code rejected');
    }
  }

  // the same request, with the code spliced into the query string unencoded: it can carry parameters of its own
  async redeemInUrl(code: string): Promise<{ id_token: string }> {
    const { data } = await firstValueFrom(
      this.http.post(`${TOKEN_URL}?grant_type=authorization_code&code=${code}&client_id=${process.env.GOOGLE_CLIENT_ID}`, null),
    );
    return data;
  }
}
