import { createSSRApp } from 'vue';
import { request } from './api/request';

export function createApp() {
  const app = createSSRApp({});
  app.config.globalProperties.$request = request;
  return { app };
}
