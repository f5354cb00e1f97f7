import { SetMetadata } from '@nestjs/common';

export const OPEN_ROUTE = 'openRoute';
export const Open = () => SetMetadata(OPEN_ROUTE, true);
