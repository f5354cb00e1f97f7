// Usage counters, served by Supabase at /functions/v1/usage
Deno.serve(async (req: Request) => {
  const body = req.method === 'POST' ? await req.json() : null;
  return Response.json({ recorded: body !== null });
});
