const mongoose = require('mongoose');
const Family = mongoose.model('Family', new mongoose.Schema({ familyId: String, title: String, members: Array }));
const User = mongoose.model('User', new mongoose.Schema({ userId: String, email: String, password: String, familyId: String, role: String }));
const Expense = mongoose.model('Expense', new mongoose.Schema({ familyId: String, amount: Number }));
module.exports = { Family, User, Expense };
