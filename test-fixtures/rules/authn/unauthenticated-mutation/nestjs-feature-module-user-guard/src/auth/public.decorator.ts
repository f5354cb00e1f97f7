import { SetMetadata } from '@nestjs/common';

export const OPEN_KEY = 'open-route';
export const Open = () => SetMetadata(OPEN_KEY, true);
