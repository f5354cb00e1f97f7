const bcrypt = require('bcryptjs');
const jwt = require('jsonwebtoken');
const { Leave, User } = require('./models');

module.exports = {
  Query: {
    leaves: () => Leave.find().limit(50),
  },
  Mutation: {
    login: async (_, { email, password }) => {
      const user = await User.findOne({ email });
      if (!user || !(await bcrypt.compare(password, user.hash))) throw new Error('Invalid credentials');
      return jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { expiresIn: '1h' });
    },
    requestLeave: (_, { days }, ctx) => Leave.create({ days, state: 0, owner: ctx.currentUser.id }),
    approveLeave: async (_, { id }) => { // expect: graphql/unauthenticated-mutation
      return Leave.findByIdAndUpdate(id, { state: 10 }, { new: true });
    },
  },
};
