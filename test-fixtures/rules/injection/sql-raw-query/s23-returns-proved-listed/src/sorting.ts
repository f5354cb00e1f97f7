// the columns each listing may be ordered by
export const SORTABLE: Record<string, readonly string[]> = {
  invoices: ['id', 'total', 'issued_on', 'customer_name'],
  customers: ['id', 'name', 'joined_on'],
} as const;

function snake(s: string): string {
  return s.replace(/([A-Z])/g, '_$1').toLowerCase();
}

// every answer is a listed column or the fallback: the name handed in only comes back once the list holds it
export function safeColumn(table: string, wanted: string | undefined, fallback: string = 'id'): string {
  if (!wanted) return fallback;
  const listed = SORTABLE[table];
  if (!listed) return fallback;
  const col = snake(wanted);
  if (listed.includes(col)) {
    return col;
  }
  if (listed.includes(wanted.toLowerCase())) return wanted.toLowerCase();
  return fallback;
}

// the early-exit form: anything not listed is replaced before the value is answered
export function direction(d: string): string {
  const up = (d || 'desc').toUpperCase();
  if (!['ASC', 'DESC'].includes(up)) return 'DESC';
  return up;
}

// looks like a check, but the value comes back whether or not the list holds it
export function loggedColumn(wanted: string): string {
  if (!SORTABLE.invoices.includes(wanted)) {
    console.warn('unlisted sort column', wanted);
  }
  return wanted;
}

// the listed branch answers the value, the other branch answers it too (trimmed)
export function halfChecked(wanted: string): string {
  if (SORTABLE.customers.includes(wanted)) return wanted;
  return wanted.trim();
}

// the list is whatever the caller hands in
export function pickFrom(list: string[], wanted: string): string {
  if (list.includes(wanted)) return wanted;
  return 'id';
}
