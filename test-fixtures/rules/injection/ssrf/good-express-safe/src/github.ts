const GITHUB = 'https://api.github.com';

export async function githubGet(path: string) {
  const r = await fetch(`${GITHUB}${path}`, { headers: { accept: 'application/vnd.github+json' } });
  return r.json();
}
