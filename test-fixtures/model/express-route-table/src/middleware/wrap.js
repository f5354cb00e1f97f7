// forwards rejections of async middleware to next()
const wrap = (fn) => (req, res, next) => Promise.resolve(fn(req, res, next)).catch(next);

module.exports = wrap;
