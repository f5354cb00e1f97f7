exports.deliver = { sendMail: async () => {} };
