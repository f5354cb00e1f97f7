import { Body, Controller, Delete, ForbiddenException, Get, HttpCode, Param, Patch, Query, Req } from '@nestjs/common';
import type { AuthRequest } from '../auth/jwt.strategy';
import { SearchUsersQueryDto, UpdateProfileDto, UserIdParamDto } from './users.dto';
import { UsersService } from './users.service';

@Controller({ path: 'users', version: '1' })
export class UsersController {
  constructor(private readonly usersService: UsersService) {}

  @Get('me')
  me(@Req() req: AuthRequest) {
    return this.usersService.findById(req.user.id);
  }

  @Patch('me')
  updateMe(@Req() req: AuthRequest, @Body() dto: UpdateProfileDto) {
    return this.usersService.update(req.user.id, dto);
  }

  // GET /api/v1/users/search?q=ann&limit=10
  @Get('search')
  search(@Query() query: SearchUsersQueryDto) {
    return this.usersService.search(query.q, query.limit);
  }

  @Get(':id')
  findOne(@Param() params: UserIdParamDto) {
    return this.usersService.findPublicProfile(params.id);
  }

  @Delete(':id')
  @HttpCode(204)
  async remove(@Req() req: AuthRequest, @Param() params: UserIdParamDto) {
    if (req.user.role !== 'admin' && req.user.id !== params.id) {
      throw new ForbiddenException('You can only delete your own account');
    }
    await this.usersService.remove(params.id);
  }
}
