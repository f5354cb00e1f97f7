const axios = require('axios');
const prisma = require('./prisma');

async function machineTranslate(text, locale) {
  const { data } = await axios.post('https://translate.example.com/v2', { text, target: locale });
  return data.translation;
}

// Looks a translation up, and fills the table the first time a text is asked for in a language.
async function translationOf(key, locale) {
  const cached = await prisma.translation.findUnique({ where: { key_locale: { key, locale } } });
  if (cached) return cached.value;
  const source = await prisma.text.findUnique({ where: { key } });
  const value = await machineTranslate(source.body, locale);
  await prisma.translation.upsert({
    where: { key_locale: { key, locale } },
    create: { key, locale, value, automatic: true },
    update: { value, automatic: true },
  });
  return value;
}

module.exports = { translationOf };
