import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { LoginDto } from './login.dto';
import { UsersService } from './users.service';

@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Post('reset')
  async reset(@Body('token') token: string) {
    const user = await this.users.byResetToken(token);
    return { found: !!user };
  }

  // a DTO checked by the global ValidationPipe: email is a string
  @Post('login')
  async login(@Body() dto: LoginDto) {
    return this.users.byEmailUnchecked(dto.email);
  }

  // Nest 11 runs Express 5: query values are strings, but the whole query is still a filter whose keys the client picks
  @Get()
  async list(@Query() query: Record<string, string>) {
    return this.users.search(query);
  }

  @Post('lookup')
  async lookup(@Body('email') email: string) {
    return this.users.byEmail(email);
  }
}
