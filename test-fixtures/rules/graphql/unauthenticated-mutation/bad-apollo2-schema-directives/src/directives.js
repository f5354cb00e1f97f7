const { SchemaDirectiveVisitor, AuthenticationError } = require('apollo-server-express');
const { defaultFieldResolver } = require('graphql');

class AuthDirective extends SchemaDirectiveVisitor {
  visitFieldDefinition(field) {
    const { resolve = defaultFieldResolver } = field;
    field.resolve = function (...args) {
      const ctx = args[2];
      if (!ctx.currentUser) throw new AuthenticationError('Not signed in');
      return resolve.apply(this, args);
    };
  }
}

// only isAuthenticated is registered: @hasPermission in the schema has no implementation
module.exports = { isAuthenticated: AuthDirective };
