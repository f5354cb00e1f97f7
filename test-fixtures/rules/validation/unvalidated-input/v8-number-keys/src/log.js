const log = {
  info: (...args) => console.log(...args),
  error: (...args) => console.error(...args),
};
export default log;
