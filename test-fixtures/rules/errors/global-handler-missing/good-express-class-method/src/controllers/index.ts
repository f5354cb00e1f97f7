export { default as Failures } from './Failures';
