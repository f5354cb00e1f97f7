import {
  AdminAddUserToGroupCommand,
  CognitoIdentityProviderClient,
  ConfirmSignUpCommand,
  SignUpCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import express, { type NextFunction, type Request, type Response } from 'express';
import jwt from 'jsonwebtoken';

const cognito = new CognitoIdentityProviderClient({ region: process.env.AWS_REGION });
const clientId = process.env.COGNITO_CLIENT_ID;
const app = express();
app.use(express.json());

function requireTeacher(req: Request, res: Response, next: NextFunction) {
  try {
    res.locals.user = jwt.verify(req.headers.authorization?.slice(7) ?? '', process.env.JWT_PUBLIC_KEY as string, { algorithms: ['RS256'] });
    next();
  } catch {
    res.status(401).end();
  }
}

// Cognito checks the password policy and sends the code; it verifies the code on confirmation.
app.post('/auth/signup', async (req, res) => {
  const out = await cognito.send(new SignUpCommand({ ClientId: clientId, Username: req.body.email, Password: req.body.password }));
  res.status(201).json({ sub: out.UserSub });
});

app.post('/auth/confirm', async (req, res) => {
  await cognito.send(new ConfirmSignUpCommand({ ClientId: clientId, Username: req.body.email, ConfirmationCode: req.body.code }));
  res.status(204).end();
});

// Admin commands run with the server's own AWS credentials: anyone can promote anyone here.
app.post('/groups/teachers/members', async (req, res) => { // expect: authn/unauthenticated-mutation[warning]
  await cognito.send(new AdminAddUserToGroupCommand({ UserPoolId: process.env.POOL_ID, Username: req.body.username, GroupName: 'teachers' }));
  res.status(204).end();
});

app.delete('/classes/:id', requireTeacher, (_req, res) => res.status(204).end());

app.listen(3000);
