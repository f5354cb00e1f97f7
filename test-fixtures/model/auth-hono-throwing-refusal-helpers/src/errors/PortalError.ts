type FailureInit = { message?: string; code?: string; statusCode?: number };

export default class PortalError extends Error {
  public readonly statusCode: number = 500;
  public readonly code: string;

  constructor(init: FailureInit) {
    super(init.message);
    this.code = init.code ?? "FAILURE";
    this.statusCode = init.statusCode ?? this.statusCode;
  }
}

export const notAllowed = (init?: FailureInit) => {
  throw new PortalError({
    message: init?.message ?? "Forbidden",
    code: init?.code ?? "FORBIDDEN",
    statusCode: init?.statusCode ?? 403,
  });
};

export const notSignedIn = (init?: FailureInit) => {
  throw new PortalError({
    message: init?.message ?? "Unauthorized",
    code: init?.code ?? "UNAUTHORIZED",
    statusCode: init?.statusCode ?? 401,
  });
};
