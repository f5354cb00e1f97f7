// Express 5 types a path parameter as string | string[]: take the first value, or an empty string
export const firstParam = (value: string | string[] | undefined): string => {
  if (Array.isArray(value)) {
    return value[0];
  }
  return value || '';
};
