import { Queue } from 'bullmq';
import pg from 'pg';

const exportsQueue = new Queue('exports');
const db = new pg.Pool();

// the id only selects the job: an unknown id finds nothing
export async function cancelExport(exportId) {
  const job = await exportsQueue.getJob(exportId);
  if (!job) return false;
  await job.remove();
  return true;
}

// a bound SQL parameter, one call further down
export async function exportStatus(exportId) {
  return readStatus(exportId);
}

async function readStatus(id) {
  const { rows } = await db.query('SELECT status FROM exports WHERE id = $1', [id]);
  return rows[0];
}

// the label is spliced into the statement's text as sent
export async function relabel(exportId, label) {
  await db.query(`UPDATE exports SET label = '${label}' WHERE id = $1`, [exportId]);
}
