import { NextRequest, NextResponse } from 'next/server';

const BACKEND_URL = process.env.BACKEND_URL || 'http://localhost:4000';

interface ForwardOptions {
  targetPath?: string;
}

// forwards the browser's call to the API server: the path of the request's own URL, after a base the code holds
export async function forward(request: NextRequest, method: string, options: ForwardOptions = {}): Promise<NextResponse> {
  const incoming = new URL(request.url);
  const path = options.targetPath || incoming.pathname;
  const query = incoming.searchParams.toString();
  const target = `${BACKEND_URL}${path}${query ? `?${query}` : ''}`;
  const upstream = await fetch(target, { method, headers: { 'Content-Type': 'application/json' } });
  return NextResponse.json(await upstream.json(), { status: upstream.status });
}
