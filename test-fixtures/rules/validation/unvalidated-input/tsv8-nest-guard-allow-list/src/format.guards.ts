import { CanActivate, ExecutionContext, Inject, Injectable, NotFoundException } from '@nestjs/common';

// the format must be one we offer and switched on: canActivate answers false (403) otherwise
@Injectable()
export class OfferedFormatGuard implements CanActivate {
  constructor(@Inject('FORMATS') private readonly formats: string[]) {}

  canActivate(context: ExecutionContext): boolean {
    const { format } = context.switchToHttp().getRequest().params;
    return this.formats.includes(format) && process.env[`EXPORT_${format.toUpperCase()}`] !== 'off';
  }
}

// the same list, a miss answered 404
@Injectable()
export class KnownFormatGuard implements CanActivate {
  constructor(@Inject('FORMATS') private readonly formats: string[]) {}

  canActivate(context: ExecutionContext): boolean {
    const format = context.switchToHttp().getRequest().params.format;
    if (!this.formats.includes(format)) throw new NotFoundException(`no ${format} export`);
    return true;
  }
}

// the same list, refused with false
@Injectable()
export class ListedFormatGuard implements CanActivate {
  constructor(@Inject('FORMATS') private readonly formats: string[]) {}

  canActivate(context: ExecutionContext): boolean {
    const format = context.switchToHttp().getRequest().params.format;
    if (!this.formats.includes(format)) return false;
    return true;
  }
}

// an operator header lets any format through: the list decides nothing then
@Injectable()
export class LaxFormatGuard implements CanActivate {
  constructor(@Inject('FORMATS') private readonly formats: string[]) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest();
    return this.formats.includes(request.params.format) || request.headers['x-operator'] === 'yes';
  }
}
