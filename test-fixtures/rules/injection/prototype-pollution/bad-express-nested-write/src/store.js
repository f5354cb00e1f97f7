const sections = {};

function saveSetting(section, key, value) {
  if (!sections[section]) sections[section] = {};
  sections[section][key] = value; // expect: injection/prototype-pollution
}

module.exports = { saveSetting, sections };
