const express = require('express')
const { randomUUID } = require('crypto')

const recipes = []
const app = express()
app.use(express.json())
app.post('/recipes', (req, res) => {
  const recipe = { id: randomUUID(), title: String(req.body.title || '').slice(0, 120) }
  recipes.push(recipe)
  res.status(201).json(recipe)
})
app.listen(3000)
