const officers = [];

exports.listOfficers = (req, res) => res.json(officers);

exports.createOfficer = (req, res) => {
  const officer = { id: officers.length + 1, name: String(req.body.name || '') };
  officers.push(officer);
  res.status(201).json(officer);
};

// an older self-registration flow: no route wires it any more
exports.enrollOfficer = async (req, res) => {
  const { name, verification_code } = req.body;
  const ENROLL_CODE = process.env.OFFICER_ENROLL_CODE || 'CIVIC2024';
  if (verification_code !== ENROLL_CODE) {
    return res.status(403).json({ error: 'invalid enrollment code' });
  }
  officers.push({ id: officers.length + 1, name: String(name) });
  res.status(201).json({ ok: true });
};

exports.rotateOfficerKey = async (req, res) => {
  const { verification_code } = req.body;
  const ROTATION_CODE = process.env.OFFICER_ROTATION_CODE || 'ROTATE2024';
  if (verification_code !== ROTATION_CODE) { // expect: authn/timing-unsafe-compare
    return res.status(403).json({ error: 'invalid rotation code' });
  }
  res.json({ rotated: true });
};
