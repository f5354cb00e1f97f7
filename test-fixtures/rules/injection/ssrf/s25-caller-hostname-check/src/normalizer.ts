export class LinkNormalizer {
  async normalize(link: string): Promise<number | null> {
    const original = link.trim();
    let parsed: URL;
    try {
      parsed = new URL(original);
    } catch (e) {
      throw new Error('bad url');
    }
    if (parsed.hostname === 'go.example.com') {
      const id = await this.fromShortLink(parsed);
      if (id) return id;
    }
    return null;
  }

  private async fromShortLink(url: URL): Promise<number | null> {
    const target = await this.follow(url.toString());
    const m = /\/items\/(\d+)/.exec(target);
    return m ? Number(m[1]) : null;
  }

  private async follow(url: string): Promise<string> {
    const res = await fetch(url, { method: 'HEAD', redirect: 'follow' });
    return res.url;
  }
}
export const normalizer = new LinkNormalizer();
