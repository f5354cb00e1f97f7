import { Controller, Get, Injectable, Req, UseGuards } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { Public } from './auth/public.decorator';

// Reads the token when one is sent (to show member prices) and lets everyone else through.
@Injectable()
class OptionalJwtGuard extends AuthGuard('jwt') {
  handleRequest<T>(_err: Error, user: T): T {
    return user;
  }
}

@Controller('catalog')
export class CatalogController {
  @Public()
  @UseGuards(OptionalJwtGuard)
  @Get()
  list(@Req() req: { user?: { id: string } }) {
    return { member: !!req.user, items: [] };
  }
}
