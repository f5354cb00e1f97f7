export class AppConfig {
  get(key: string): string | undefined {
    return process.env[key];
  }
}
