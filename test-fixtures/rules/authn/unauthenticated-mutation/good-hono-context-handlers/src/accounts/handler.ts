import type { makeAccountCases } from './cases.js';

type Cases = ReturnType<typeof makeAccountCases>;

function signIn(cases: Cases) {
  return async (body: { name: string; password: string }) => {
    const session = await cases.signIn(body.name, body.password);
    return { session };
  };
}

function providerSignIn(cases: Cases) {
  return async (body: { idToken: string }, provider: string) => cases.providerSignIn(provider, body.idToken);
}

export function makeAccountHandler(cases: Cases) {
  return {
    signIn: signIn(cases),
    providerSignIn: providerSignIn(cases),
    dropNickname: async (id: string) => {
      await cases.dropNickname(id);
      return { ok: true };
    },
  };
}
