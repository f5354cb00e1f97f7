const polls = new Map<string, { question: string; votes: number[] }>();

export async function getPoll(id: string) {
  return polls.get(id) ?? null;
}

export async function castVote(id: string, option: number) {
  const poll = polls.get(id);
  if (poll) poll.votes[option] = (poll.votes[option] ?? 0) + 1;
}
