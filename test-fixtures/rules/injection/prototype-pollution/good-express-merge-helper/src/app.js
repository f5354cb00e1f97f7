const express = require('express');

const app = express();
app.use(express.json());
const defaults = { theme: 'light', notifications: { email: true } };
const UNSAFE = ['__proto__', 'constructor', 'prototype'];

function isObject(v) {
  return v !== null && typeof v === 'object';
}

function merge(target, source) {
  for (const key of Object.keys(source)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
    if (isObject(target[key]) && isObject(source[key])) {
      merge(target[key], source[key]);
    } else {
      target[key] = source[key];
    }
  }
  return target;
}

function setPath(obj, path, value) {
  const parts = path.split('.');
  let cur = obj;
  for (let i = 0; i < parts.length - 1; i++) {
    if (UNSAFE.includes(parts[i])) return obj;
    if (!cur[parts[i]]) cur[parts[i]] = {};
    cur = cur[parts[i]];
  }
  if (!UNSAFE.includes(parts[parts.length - 1])) cur[parts[parts.length - 1]] = value;
  return obj;
}

app.post('/profile', (req, res) => {
  res.json(merge({ ...defaults }, req.body));
});

app.patch('/profile', (req, res) => {
  res.json(setPath({}, req.body.path, req.body.value));
});

app.listen(3000);
