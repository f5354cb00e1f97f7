import { prisma } from './db';

type Result = { ok: boolean; id?: string; error?: string };

async function viaProvider(provider: string, to: string, text: string): Promise<Result> {
  const res = await fetch(`https://${provider}.example/send`, { method: 'POST', body: JSON.stringify({ to, text }) });
  return res.ok ? { ok: true, id: String(res.headers.get('x-id')) } : { ok: false, error: String(res.status) };
}

async function recordDelivery(to: string, provider: string, messageId: string | undefined) {
  await prisma.smsDelivery.create({ data: { to, provider, messageId } });
}

// tries each configured provider in turn; the first that succeeds is recorded and ends the loop
export async function sendWithFailover(to: string, text: string, providers: string[]) {
  let lastError: string | undefined;
  for (const provider of providers) {
    try {
      const result = await viaProvider(provider, to, text);
      if (result.ok) {
        await recordDelivery(to, provider, result.id);
        return { ...result, provider };
      }
      lastError = result.error;
    } catch (err) {
      lastError = err instanceof Error ? err.message : 'failed';
    }
  }
  return { ok: false, error: lastError };
}

// sends to every recipient: one delivery record per recipient
export async function broadcast(recipients: string[], text: string) {
  for (const to of recipients) {
    const result = await viaProvider('primary', to, text);
    if (result.ok) {
      await prisma.smsDelivery.create({ data: { to, provider: 'primary', messageId: result.id } }); // expect: data/query-in-loop
    }
  }
}
