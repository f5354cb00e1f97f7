import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC_KEY = 'isPublic';

/** Opts an operation out of the global GqlAuthGuard. */
export const Public = () => SetMetadata(IS_PUBLIC_KEY, true);
