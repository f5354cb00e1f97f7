/* eslint-disable */
// written in the shape of tsoa's generated express routes with an IoC container (abbreviated)
import type { TsoaRoute, IocContainer, IocContainerFactory } from '@tsoa/runtime';
import { fetchMiddlewares, ExpressTemplateService } from '@tsoa/runtime';
import { AccountController } from './account.controller';
import { expressAuthentication } from './authentication';
import { iocContainer } from './container';
import type { Request as ExRequest, Response as ExResponse, RequestHandler, Router } from 'express';

const models: TsoaRoute.Models = {};
const templateService = new ExpressTemplateService(models, { noImplicitAdditionalProperties: 'throw-on-extras', bodyCoercion: true });

export function RegisterRoutes(app: Router) {
  const argsForgot: Record<string, TsoaRoute.ParameterSchema> = {};
  app.post('/account/forgot-password',
    ...(fetchMiddlewares<RequestHandler>(AccountController)),
    ...(fetchMiddlewares<RequestHandler>(AccountController.prototype.forgotPassword)),
    async function AccountController_forgotPassword(request: ExRequest, response: ExResponse, next: any) {
      let validatedArgs: any[] = [];
      try {
        validatedArgs = templateService.getValidatedArgs({ args: argsForgot, request, response });
        const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(request) : iocContainer;
        const controller: any = await container.get<AccountController>(AccountController);
        if (typeof controller['setStatus'] === 'function') {
          controller.setStatus(undefined);
        }
        await templateService.apiHandler({ methodName: 'forgotPassword', controller, response, next, validatedArgs, successStatus: undefined });
      } catch (err) {
        return next(err);
      }
    });
  const argsDeleteMine: Record<string, TsoaRoute.ParameterSchema> = {
    id: { in: 'path', name: 'id', required: true, dataType: 'string' },
  };
  app.delete('/account/recipes/:id',
    authenticateMiddleware([{ jwt: [] }]),
    ...(fetchMiddlewares<RequestHandler>(AccountController)),
    ...(fetchMiddlewares<RequestHandler>(AccountController.prototype.deleteMine)),
    async function AccountController_deleteMine(request: ExRequest, response: ExResponse, next: any) {
      let validatedArgs: any[] = [];
      try {
        validatedArgs = templateService.getValidatedArgs({ args: argsDeleteMine, request, response });
        const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(request) : iocContainer;
        const controller: any = await container.get<AccountController>(AccountController);
        await templateService.apiHandler({ methodName: 'deleteMine', controller, response, next, validatedArgs, successStatus: undefined });
      } catch (err) {
        return next(err);
      }
    });
  const argsDeleteShared: Record<string, TsoaRoute.ParameterSchema> = {
    id: { in: 'path', name: 'id', required: true, dataType: 'string' },
  };
  // the plumbing reads and hands over; the controller method it reaches deletes: reported
  app.delete('/account/shared-recipes/:id', // expect: authn/unauthenticated-mutation
    ...(fetchMiddlewares<RequestHandler>(AccountController)),
    ...(fetchMiddlewares<RequestHandler>(AccountController.prototype.deleteShared)),
    async function AccountController_deleteShared(request: ExRequest, response: ExResponse, next: any) {
      let validatedArgs: any[] = [];
      try {
        validatedArgs = templateService.getValidatedArgs({ args: argsDeleteShared, request, response });
        const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(request) : iocContainer;
        const controller: any = await container.get<AccountController>(AccountController);
        if (typeof controller['setStatus'] === 'function') {
          controller.setStatus(undefined);
        }
        await templateService.apiHandler({ methodName: 'deleteShared', controller, response, next, validatedArgs, successStatus: undefined });
      } catch (err) {
        return next(err);
      }
    });

  function authenticateMiddleware(security: TsoaRoute.Security[] = []) {
    return async function runAuthenticationMiddleware(request: any, response: any, next: any) {
      try {
        const name = Object.keys(security[0] ?? {})[0];
        request.user = await expressAuthentication(request, name, security[0]?.[name]);
        return next();
      } catch (err) {
        return next(err);
      }
    };
  }
}
