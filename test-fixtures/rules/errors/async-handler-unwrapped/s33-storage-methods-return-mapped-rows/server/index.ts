import express from 'express';
import { storage } from './storage';

const app = express();

// the storage methods catch every failure and answer a fallback list: the awaits cannot reject

app.get('/api/countries', async (req, res) => {
  const countries = await storage.getCountries();
  res.json(countries);
});

app.get('/api/states', async (req, res) => {
  const { country } = req.query;
  const states = await storage.getStates(country as string);
  res.json(states);
});

app.get('/api/cities', async (req, res) => { // expect: errors/async-handler-unwrapped
  const cities = await storage.getCities(String(req.query.state || ''));
  res.json(cities);
});

app.listen(5000);
