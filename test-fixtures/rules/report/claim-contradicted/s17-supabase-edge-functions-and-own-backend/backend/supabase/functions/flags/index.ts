// Feature flags, served by Supabase at /functions/v1/flags
Deno.serve(async (req: Request) => {
  const url = new URL(req.url);
  if (req.method === 'GET') return Response.json({ flags: [], path: url.pathname });
  if (req.method === 'POST') return Response.json({ saved: true }, { status: 201 });
  return new Response('method not allowed', { status: 405 });
});
