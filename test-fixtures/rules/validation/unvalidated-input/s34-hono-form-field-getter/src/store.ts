const invited = new Map<string, string>();
const messages: unknown[] = [];

export async function inviteUser(email: string, team: string) {
  invited.set(email, team);
}

export async function keepMessage(message: unknown) {
  messages.push(message);
}
