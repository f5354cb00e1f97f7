export const tint = {
  green: (s: string) => `\x1b[32m${s}\x1b[0m`,
  red: (s: string) => `\x1b[31m${s}\x1b[0m`,
};

export const say = {
  ok(msg: string) {
    console.log(tint.green(`ok  ${msg}`));
  },
  fail(msg: string) {
    console.log(tint.red(`err ${msg}`));
  },
};
