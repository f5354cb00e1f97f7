exports.SESSION_COOKIE = 'app_sess_id';
