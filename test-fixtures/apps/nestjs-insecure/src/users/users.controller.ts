import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Query, Req, UseGuards } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { JwtAuthGuard } from '../auth/jwt-auth.guard';
import type { AuthRequest } from '../auth/jwt.strategy';
import { UpdateUserDto } from './users.dto';
import { UsersService } from './users.service';

@Controller({ path: 'users', version: '1' })
export class UsersController {
  constructor(
    private readonly usersService: UsersService,
    private readonly dataSource: DataSource,
  ) {}

  @UseGuards(JwtAuthGuard)
  @Get('me')
  me(@Req() req: AuthRequest) {
    return this.usersService.findById(req.user.id);
  }

  // GET /api/v1/users/search?q=ann
  @UseGuards(JwtAuthGuard)
  @Get('search')
  search(@Query('q') q: string) { // expect: validation/unvalidated-input
    return this.dataSource.query(`SELECT id, name, bio FROM users WHERE name ILIKE '%${q}%' ORDER BY name LIMIT 20`); // expect: injection/sql-raw-query[error]
  }

  @Get(':id')
  findOne(@Param('id') id: string) { // expect: validation/unvalidated-input
    return this.usersService.findPublicProfile(id);
  }

  @UseGuards(JwtAuthGuard)
  @Patch(':id')
  update(
    @Param('id') id: string,
    @Body() dto: UpdateUserDto, // expect: validation/unvalidated-input
  ) {
    return this.usersService.update(id, dto);
  }

  @Delete(':id') // expect: authn/unauthenticated-mutation
  @HttpCode(204)
  remove(@Param('id') id: string) {
    return this.usersService.remove(id);
  }
}
