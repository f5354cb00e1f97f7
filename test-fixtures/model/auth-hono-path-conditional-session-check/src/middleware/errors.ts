import { HTTPException } from 'hono/http-exception';

export class ApiError extends HTTPException {
  constructor(message: string, status: 400 | 401 | 403 | 404 | 500 = 500) {
    super(status, { message });
  }
}
