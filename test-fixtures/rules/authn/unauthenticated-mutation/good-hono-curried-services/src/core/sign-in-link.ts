import { randomBytes } from 'node:crypto';

type Deps = {
  links: { insertLink(row: { email: string; digest: string; expiresAt: Date }): Promise<void> };
  postman: { sendSignInLinkMail(to: string, url: string): Promise<void> };
};

// the factory and the function it returns share a name: deps.services.auth.requestSignInLink is the inner one
export function requestSignInLink(deps: Deps) {
  return async function requestSignInLink(input: { email: string }) {
    const secret = randomBytes(32).toString('hex');
    await deps.links.insertLink({ email: input.email, digest: secret, expiresAt: new Date(Date.now() + 600_000) });
    await deps.postman.sendSignInLinkMail(input.email, `https://guild.example/link?t=${secret}`);
    return { sent: true };
  };
}

export function dropGuild(deps: { guilds: { purge(id: string): Promise<void> } }) {
  return async function dropGuild(id: string) {
    await deps.guilds.purge(id);
    return { dropped: true };
  };
}
