import { Injectable } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';

@Injectable()
export class PasswordLoginGuard extends AuthGuard('local') {}

@Injectable()
export class BearerGuard extends AuthGuard('jwt') {}
