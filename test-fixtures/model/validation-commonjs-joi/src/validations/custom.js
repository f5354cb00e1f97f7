const objectId = (value, helpers) => (/^[0-9a-f]{24}$/i.test(value) ? value : helpers.message('"{{#label}}" is not an id'));

module.exports = { objectId };
