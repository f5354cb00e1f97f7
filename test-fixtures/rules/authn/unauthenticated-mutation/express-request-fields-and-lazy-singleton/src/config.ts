type Settings = { region: string };

function load(opts: { read: () => Record<string, string | undefined>; transform: (raw: Record<string, string | undefined>) => Settings }) {
  return opts.transform(opts.read());
}

let SETTINGS: Settings | null = null;

// read once, on first use
export function settings(): Settings {
  if (!SETTINGS) {
    SETTINGS = load({ read: () => ({ ...process.env }), transform: (raw) => ({ region: raw.REGION ?? 'eu' }) });
  }
  return SETTINGS;
}
