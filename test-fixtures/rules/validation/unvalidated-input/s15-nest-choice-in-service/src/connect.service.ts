import { BadRequestException, Injectable } from '@nestjs/common';
import axios from 'axios';

function seal(text: string): string {
  return Buffer.from(text).toString('base64url');
}

@Injectable()
export class ConnectService {
  // the provider picks one of three fixed consent URLs; any other value is refused with a 400
  consentUrl(provider: string, accountId: string): string {
    const state = seal(JSON.stringify({ accountId, provider, at: Date.now() }));
    switch (provider.toLowerCase()) {
      case 'gitlab':
        return `https://gitlab.com/oauth/authorize?client_id=${process.env.GITLAB_ID}&state=${state}`;
      case 'bitbucket':
        return `https://bitbucket.org/site/oauth2/authorize?client_id=${process.env.BITBUCKET_ID}&state=${state}`;
      case 'linear':
        return `https://linear.app/oauth/authorize?client_id=${process.env.LINEAR_ID}&state=${state}`;
      default:
        throw new BadRequestException(`Unknown provider: ${provider}`);
    }
  }

  // the same switch, but an unknown provider falls through to a URL built from it
  async helpPage(provider: string): Promise<string> {
    switch (provider) {
      case 'gitlab':
        return 'https://docs.gitlab.com/';
      default: {
        const page = await axios.get(`https://docs.example.com/providers/${provider}`);
        return String(page.data);
      }
    }
  }

  // the wanted state is matched against the transitions the tracker offers; a miss is refused
  async moveCard(cardKey: string, wanted: string) {
    return this.withRetry(async () => {
      const offered = await axios.get(`https://tracker.example.com/cards/${encodeURIComponent(cardKey)}/moves`);
      const move = offered.data.moves.find((m: { id: string; name: string }) => m.name.toLowerCase() === wanted.toLowerCase());
      if (!move) {
        throw new Error(`No move to "${wanted}"`);
      }
      await axios.post(`https://tracker.example.com/cards/${encodeURIComponent(cardKey)}/moves`, { move: { id: move.id } });
      return { moved: true };
    });
  }

  // the comment text goes to the tracker as it came
  async comment(cardKey: string, text: string) {
    await axios.post(`https://tracker.example.com/cards/${encodeURIComponent(cardKey)}/comments`, { text });
    return { ok: true };
  }

  private async withRetry<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch {
      return await run();
    }
  }
}
