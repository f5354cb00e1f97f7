import { Pool } from 'pg';
import { chatWithModel } from './model-client';

const db = new Pool({ connectionString: process.env.DATABASE_URL });

async function runTool(name: string, input: { playerId: string }) {
  switch (name) {
    case 'get_goals':
      return (await db.query('SELECT * FROM goals WHERE player_id = $1', [input.playerId])).rows;
    case 'get_results':
      return (await db.query('SELECT * FROM results WHERE player_id = $1', [input.playerId])).rows;
    default:
      return { error: 'unknown tool' };
  }
}

// each tool call the model asks for runs the one operation it names
export async function coachReply(playerId: string, question: string) {
  const response = await chatWithModel(question);
  const results = [];
  for (const toolCall of response.toolCalls) {
    results.push(await runTool(toolCall.name, { playerId }));
  }
  return results;
}

// one lookup per listed player: N+1
export async function goalsForPlayers(playerIds: string[]) {
  const out = [];
  for (const id of playerIds) {
    out.push((await db.query('SELECT * FROM goals WHERE player_id = $1', [id])).rows); // expect: data/query-in-loop
  }
  return out;
}
