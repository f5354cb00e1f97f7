import { createRoute, z } from '@hono/zod-openapi';

export const listOrders = createRoute({ method: 'get', path: '/orders', responses: {} });

export const cancelOrder = createRoute({
  method: 'post',
  path: '/orders/{orderId}/cancel',
  request: { params: z.object({ orderId: z.string() }) },
  responses: {},
});

export const refundOrder = createRoute({ method: 'post', path: '/orders/{orderId}/refund', responses: {} });
