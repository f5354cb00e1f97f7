export { default as horses } from './horses.mjs';
