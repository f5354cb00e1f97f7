import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC_KEY = 'isPublic';
export const Public = () => SetMetadata(IS_PUBLIC_KEY, true);

// the route serves everyone; a signed-in caller sees more of it
export const SIGNED_IN_OPTIONAL = 'signedInOptional';
export const MaybeSignedIn = () => SetMetadata(SIGNED_IN_OPTIONAL, true);
