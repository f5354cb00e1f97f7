const rows = new Map();

class GradeController {
  static async forClass(req, res) {
    res.json(rows.get(req.params.classId) || []);
  }

  static async remove(req, res) {
    rows.delete(req.params.id);
    res.status(204).end();
  }
}

module.exports = { GradeController };
