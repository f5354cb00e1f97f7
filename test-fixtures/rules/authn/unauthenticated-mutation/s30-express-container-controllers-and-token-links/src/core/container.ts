import 'reflect-metadata'
import { Container } from 'inversify'
import { TYPES } from './types'
import { BillingController } from '../controllers/BillingController'

export const container = new Container()
container.bind<BillingController>(TYPES.BillingController).to(BillingController)
