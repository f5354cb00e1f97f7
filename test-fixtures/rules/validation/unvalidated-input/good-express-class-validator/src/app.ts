import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validate, validateOrReject } from 'class-validator';
import express from 'express';
import { ListProfilesQuery, UpdateProfileDto } from './dto';

const profiles = new Map<string, UpdateProfileDto>();
const app = express();
app.use(express.json());

app.get('/profiles', async (req, res) => {
  const query = plainToInstance(ListProfilesQuery, req.query);
  const errors = await validate(query);
  if (errors.length > 0) return res.status(400).json({ errors });
  res.json([...profiles.values()].slice(0, query.limit));
});

app.post('/profiles', async (req, res) => {
  const dto = plainToInstance(UpdateProfileDto, req.body);
  try {
    await validateOrReject(dto, { whitelist: true, forbidNonWhitelisted: true });
  } catch (errors) {
    return res.status(400).json({ errors });
  }
  profiles.set(dto.displayName, dto);
  res.status(201).json(dto);
});

app.listen(3000);
