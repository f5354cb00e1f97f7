import express from 'express'
import { container } from './core/container'
import { TYPES } from './core/types'
import { BillingController } from './controllers/BillingController'
import { authenticate } from './auth'

// controllers load on first use: a member of the proxy runs the module's export of that name
const lazy = (load: () => Promise<any>) => {
  let cached: any
  return new Proxy({}, {
    get(_target, prop) {
      return async (...args: unknown[]) => {
        if (!cached) cached = (await load()).default
        return cached[prop](...args)
      }
    },
  }) as any
}

const invites = lazy(() => import('./controllers/invites'))
const moderation = lazy(() => import('./controllers/moderation'))

const app = express()
app.use('/billing/webhook', express.raw({ type: 'application/json' }))
app.use(express.json())

const billing = container.get<BillingController>(TYPES.BillingController)

app.post('/billing/portal', authenticate, billing.portal.bind(billing))
app.post('/billing/webhook', billing.webhook.bind(billing))

// the link in the invitation email carries the token the controller checks
app.post('/invites/respond/:token', invites.respond)

// no check at all on a moderation action
app.post('/members/:id/ban', moderation.ban) // expect: authn/unauthenticated-mutation

app.listen(3000)
