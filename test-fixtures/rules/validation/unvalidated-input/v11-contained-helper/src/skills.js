const fs = require('fs');
const path = require('path');
const { isWithin, cleanSegment } = require('./paths');

const SKILLS = path.resolve(process.env.SKILLS_DIR || './skills');

class Skills {
  // inside the skills folder and present on disk
  static usable(target) {
    if (!isWithin(SKILLS, target)) return false;
    if (!fs.existsSync(target)) return false;
    return true;
  }

  static configure(skillId, changes) {
    const file = path.resolve(SKILLS, cleanSegment(skillId), 'skill.json');
    if (!this.usable(file)) return;
    const current = JSON.parse(fs.readFileSync(file, 'utf8'));
    const next = { ...current, enabled: Boolean(changes.enabled) };
    fs.writeFileSync(file, JSON.stringify(next, null, 2));
    return next;
  }

  // the file is read before the folder check
  static describe(skillId) {
    const file = path.resolve(SKILLS, cleanSegment(skillId), 'skill.json');
    const text = fs.readFileSync(file, 'utf8');
    if (!this.usable(file)) return;
    return JSON.parse(text);
  }
}

module.exports = Skills;
