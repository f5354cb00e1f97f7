export function isDevSignInEnabled(value?: string): boolean {
  return ['1', 'true', 'yes'].includes(String(value ?? '').toLowerCase());
}
