export async function inviteUser(body: { email: string; password: string }) {
  await fetch('/invites', { method: 'POST', body: JSON.stringify(body) });
}
