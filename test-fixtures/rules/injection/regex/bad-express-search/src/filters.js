function nameFilter(q) {
  return { name: new RegExp(q, 'i') }; // expect: injection/regex
}

module.exports = { nameFilter };
