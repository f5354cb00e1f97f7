import { notAllowed } from '@/lib/graphql/errors';

export async function GET(request: Request) {
  if (request.headers.get('x-probe') === 'deny') return Response.json({ error: notAllowed().message }, { status: 403 });
  return Response.json({ ok: true });
}
