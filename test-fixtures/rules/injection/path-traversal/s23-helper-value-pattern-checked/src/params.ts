// a route parameter as one string (Express 5 may hand an array for repeated names)
export function one(v: string | string[] | undefined): string {
  return Array.isArray(v) ? v[0] : v ?? '';
}
