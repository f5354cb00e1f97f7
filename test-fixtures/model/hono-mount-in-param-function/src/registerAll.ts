import registerLogin from './routes/auth/registerLogin';
import registerMembers from './routes/users/registerMembers';

const registerAll = (deps: { app: any; token: string }) => {
  registerLogin(deps);
  registerMembers(deps);
};

export default registerAll;
