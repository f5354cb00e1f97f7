import { readdir, stat } from 'fs/promises';
import { join } from 'path';
import type { Hono } from 'hono';

interface HostedModule {
  id: string;
  routes?: { prefix: string; router: Hono };
}

export class ModuleLoader {
  private static instance: ModuleLoader;
  private app: Hono | null = null;

  private constructor() {}

  static getInstance(): ModuleLoader {
    if (!ModuleLoader.instance) {
      ModuleLoader.instance = new ModuleLoader();
    }
    return ModuleLoader.instance;
  }

  setApp(app: Hono): void {
    this.app = app;
  }

  async loadAll(dir: string): Promise<void> {
    const entries = await readdir(dir, { withFileTypes: true });
    for (const entry of entries) {
      if (entry.isDirectory()) await this.loadOne(join(dir, entry.name));
    }
  }

  private async loadOne(folder: string): Promise<boolean> {
    const file = join(folder, 'module.ts');
    try {
      const info = await stat(file);
      if (!info.isFile()) return false;
    } catch {
      return false;
    }
    let loaded: any;
    try {
      loaded = await import(file);
    } catch {
      return false;
    }
    const mod: HostedModule = loaded.default || loaded.hosted;
    if (!mod) return false;
    if (mod.routes && this.app) {
      this.app.route(mod.routes.prefix, mod.routes.router);
    }
    return true;
  }
}

export const loader = ModuleLoader.getInstance();
