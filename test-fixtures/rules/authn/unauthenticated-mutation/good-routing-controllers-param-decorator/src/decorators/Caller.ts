import { createParamDecorator } from 'routing-controllers';

// the caller a middleware put on the request, if any
export function Caller() {
  return createParamDecorator({ value: (action) => action.request.caller });
}
