const path = require('path');

// one place decides where an upload goes: the folder names the patient, the file name is ours alone
function storagePlan(category, patientRef, originalName) {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const token = Math.random().toString(36).slice(2, 10);
  const fileName = `${category}_${stamp}_${token}${path.extname(originalName)}`;
  const folder = path.join('uploads', category, `patient_${patientRef}`);
  return { fileName, folder, relative: path.join(folder, fileName) };
}

module.exports = { storagePlan };
