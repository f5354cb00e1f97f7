import type { dropGuild, requestSignInLink } from './core/sign-in-link.js';

export type Services = {
  auth: { requestSignInLink: ReturnType<typeof requestSignInLink> };
  guilds: { dropGuild: ReturnType<typeof dropGuild> };
};
