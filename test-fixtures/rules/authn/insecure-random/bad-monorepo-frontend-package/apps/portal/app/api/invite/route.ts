// a Next.js route handler runs on the server: its invite codes must not be guessable
export async function POST(request: Request) {
  const { email } = await request.json();
  const inviteCode = Math.random().toString(36).slice(2, 10); // expect: authn/insecure-random
  return Response.json({ email, inviteCode }, { status: 201 });
}
