import { createHash } from 'node:crypto';
import { CanActivate, ExecutionContext, HttpStatus, Injectable } from '@nestjs/common';
import { Request } from 'express';
import { AppError } from '../common/app-error';
import { VendorKeyStore } from './vendor-key.store';

export type VendorRequest = Request & { vendorId?: string };

// Vendors call the integration API with their own key; only its digest is stored.
@Injectable()
export class VendorKeyGuard implements CanActivate {
  constructor(private readonly keys: VendorKeyStore) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<VendorRequest>();
    const presented = req.header('x-vendor-key');
    if (!presented) {
      throw new AppError('AUTH_REQUIRED', 'vendor key missing', HttpStatus.UNAUTHORIZED);
    }
    const vendor = await this.keys.findByDigest(createHash('sha256').update(presented).digest('hex'));
    if (!vendor) {
      throw new AppError('AUTH_REQUIRED', 'vendor key unknown', HttpStatus.UNAUTHORIZED);
    }
    req.vendorId = vendor.id;
    return true;
  }
}
