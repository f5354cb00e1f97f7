import { Body, Controller, Post } from '@nestjs/common';
import { ApiProperty, ApiResponse } from '@nestjs/swagger';
import { ConfigService } from '@nestjs/config';

class TokenResponse {
  @ApiProperty({ example: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI0MiIsInJvbGUiOiJ1c2VyIiwiaWF0IjoxNzAwMDAwMDAwfQ.Zb3kX9pQ2vR7tL1mN5wY8cH4jD6fG0sA' })
  accessToken!: string;
}

@Controller('auth')
export class AuthController {
  constructor(private readonly config: ConfigService) {}

  @Post('token')
  @ApiResponse({ status: 201, type: TokenResponse })
  token(@Body() body: { clientId: string; clientSecret: string }) {
    const expected = this.config.getOrThrow<string>('CLIENT_SECRET');
    return { accessToken: body.clientSecret === expected ? 'issued' : 'denied' };
  }
}
