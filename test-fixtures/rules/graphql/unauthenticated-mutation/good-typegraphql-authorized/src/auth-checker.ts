import type { AuthChecker } from 'type-graphql';
export const authChecker: AuthChecker<{ userId?: string }> = ({ context }) => Boolean(context.userId);
