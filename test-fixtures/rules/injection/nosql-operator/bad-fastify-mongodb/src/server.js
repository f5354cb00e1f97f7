import Fastify from 'fastify';
import { MongoClient } from 'mongodb';

const app = Fastify();
const client = new MongoClient(process.env.MONGO_URL);
const orders = client.db('shop').collection('orders');

// no body schema: the JSON body may hold {"$ne": null}
app.post('/orders/lookup', async (request) => {
  return orders.findOne({ reference: request.body.reference }); // expect: injection/nosql-operator
});

app.post('/orders/search', async (request) => {
  return orders.find(request.body).toArray(); // expect: injection/nosql-operator
});

// Fastify's query parser gives strings: no object from ?status[$ne]=
app.get('/orders', async (request) => {
  return orders.find({ status: request.query.status }).toArray();
});

// a body schema types the field as a string
app.post('/orders/by-status', {
  schema: { body: { type: 'object', properties: { status: { type: 'string' } }, required: ['status'] } },
}, async (request) => {
  return orders.find({ status: request.body.status }).toArray();
});

app.listen({ port: 3000 });
