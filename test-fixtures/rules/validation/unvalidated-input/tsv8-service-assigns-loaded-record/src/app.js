const express = require('express');
const { editRecipe } = require('./services/recipes');

const app = express();
app.use(express.json({ limit: '64kb' }));

// the changes are stored on the loaded recipe as they came: no lookup uses them
app.patch('/recipes/:recipeId', async (req, res, next) => {
  try {
    const { name, steps } = req.body; // expect: validation/unvalidated-input
    const recipe = await editRecipe(req.params.recipeId, req.get('x-owner'), { name, steps });
    res.json(recipe);
  } catch (err) {
    next(err);
  }
});

app.listen(3000);
