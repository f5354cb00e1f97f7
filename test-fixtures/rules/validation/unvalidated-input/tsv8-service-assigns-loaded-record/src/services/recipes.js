const Recipe = require('../models/Recipe');

// loads the owner's recipe, copies the changes onto it and saves it
async function editRecipe(recipeId, ownerId, changes) {
  const recipe = await Recipe.findOne({ _id: recipeId, owner: ownerId, hidden: false });
  if (!recipe) {
    const err = new Error('recipe not found');
    err.status = 404;
    throw err;
  }
  if (changes.name !== undefined) recipe.name = changes.name?.trim();
  if (changes.steps !== undefined) recipe.steps = changes.steps;
  await recipe.save();
  return recipe;
}

module.exports = { editRecipe };
