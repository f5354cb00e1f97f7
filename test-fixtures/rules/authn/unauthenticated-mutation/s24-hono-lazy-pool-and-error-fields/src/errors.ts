export type TypedError = Error & { kind?: string; details?: unknown };

export function typedError(kind: string, message: string, details?: unknown): TypedError {
  const error = new Error(message) as TypedError;
  error.kind = kind;
  error.details = details;
  return error;
}
