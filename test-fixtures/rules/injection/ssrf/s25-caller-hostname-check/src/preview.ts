// a preview fetcher that trims the link and fetches it with no host check
export class PreviewFetcher {
  async preview(link: string): Promise<string> {
    const cleaned = link.trim();
    return this.load(new URL(cleaned));
  }

  private async load(url: URL): Promise<string> {
    const res = await fetch(url.toString()); // expect: injection/ssrf
    return res.text();
  }
}
export const previews = new PreviewFetcher();
