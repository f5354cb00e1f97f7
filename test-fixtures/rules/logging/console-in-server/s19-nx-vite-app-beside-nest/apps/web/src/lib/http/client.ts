import axios from 'axios';
import { antiForgeryToken } from './anti-forgery';

export const http = axios.create({ baseURL: import.meta.env.VITE_API_URL });

http.interceptors.request.use(async (config) => {
  config.headers.set('x-csrf-token', await antiForgeryToken());
  return config;
});

http.interceptors.response.use(undefined, (error) => {
  // browser console: the request failed in the user's tab
  console.error('request failed', error.message);
  return Promise.reject(error);
});
