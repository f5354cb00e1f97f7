const { readTemplate, readTheme, readFooter } = require('./templates');

const templates = new Map();
const layouts = {};
let settings;

// each template is read from disk the first time it is asked for, then served from the map
function template(name) {
  if (!templates.has(name)) templates.set(name, readTemplate(name));
  return templates.get(name);
}

function layout(name) {
  const hit = layouts[name];
  if (hit) return hit;
  const text = readTemplate(`layouts/${name}`);
  layouts[name] = text;
  return text;
}

function mailSettings() {
  return settings || (settings = JSON.parse(readTemplate('settings')));
}

function signature(name) {
  return (layouts[`sig:${name}`] ??= readTemplate(`signatures/${name}`));
}

// written into the map on every call, never read from it first: the disk is read per request
function theme(name) {
  const css = readTheme(name);
  templates.set(`theme:${name}`, css);
  return css;
}

module.exports = { template, layout, mailSettings, signature, theme, readFooter };
