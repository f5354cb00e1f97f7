// a column name: a letter or _, then letters, digits and _
export function isColumnName(name: string): boolean {
  return /^[a-zA-Z_][a-zA-Z0-9_]*$/.test(name);
}
