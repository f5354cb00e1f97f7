class ApiFailure extends Error {
  httpStatus: number;

  constructor({ message, httpStatus }: { message: string; httpStatus: number }) {
    super(message);
    this.httpStatus = httpStatus;
  }
}

// a maker of failures of one kind, configured once with its status
export function failureKind(base: { message: string; httpStatus: number }) {
  return (more: { message?: string } = {}) => new ApiFailure({ ...base, ...more });
}

export const notSignedIn = failureKind({ message: 'not signed in', httpStatus: 401 });
