import { SetMetadata } from '@nestjs/common';

export const ROLES_KEY = 'needed-roles';
export const NeedsRoles = (...roles: string[]) => SetMetadata(ROLES_KEY, roles);
