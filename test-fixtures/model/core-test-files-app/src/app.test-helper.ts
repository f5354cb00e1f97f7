// a helper named like a test but not matching *.test.*: it is application code
export const limit = 100;
