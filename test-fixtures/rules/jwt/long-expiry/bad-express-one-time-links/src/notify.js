exports.email = async () => {};
