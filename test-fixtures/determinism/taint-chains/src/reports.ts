import { Pool } from 'pg';
import { exec } from 'child_process';

const pool = new Pool();

// openReport -> lookupTitle -> matchTitle -> queryTitle -> filterTitle -> runFilter: six levels below the handler
export function openReport(title: string) {
  return lookupTitle(title);
}

function lookupTitle(title: string) {
  return matchTitle(title);
}

function matchTitle(title: string) {
  return queryTitle(title);
}

function queryTitle(title: string) {
  pool.query(`SELECT id FROM reports WHERE title = '${title}'`);
  return filterTitle(title);
}

function filterTitle(title: string) {
  return runFilter(title);
}

function runFilter(title: string) {
  pool.query("SELECT id FROM reports WHERE title LIKE '%" + title + "%'");
}

// archiveReport -> moveFolder -> packFolder -> shellPack -> shellRun: a shell sink at each of two depths
export function archiveReport(folder: string) {
  moveFolder(folder);
}

function moveFolder(folder: string) {
  packFolder(folder);
}

function packFolder(folder: string) {
  exec('tar czf /tmp/archive.tgz ' + folder);
  shellPack(folder);
}

function shellPack(folder: string) {
  shellRun('zip -r /tmp/archive.zip ' + folder);
}

function shellRun(cmd: string) {
  exec(cmd);
}

// renameReport -> renameStep(a, b) -> renameStep(b, a): two parameters swapped through the same helper
export function renameReport(name: string, kind: string) {
  renameStep(name, kind, 0);
}

function renameStep(name: string, kind: string, round: number) {
  if (round < 2) renameStep(kind, name, round + 1);
  pool.query(`UPDATE reports SET kind = '${kind}' WHERE name = '${name}'`);
}

// walkTree recurses on itself: a cycle a caller search meets
export function walkTree(path: string, level: number) {
  if (level > 3) return;
  exec('ls ' + path);
  walkTree(path + '/sub', level + 1);
  listDir(path);
}

function listDir(path: string) {
  exec('find ' + path + ' -maxdepth 1');
}

// exportRows -> exportStep1 .. exportStep5 -> the sink: deeper than a caller search goes from the last sink,
// while the middle sink is within reach
export function exportRows(table: string) {
  exportStep1(table);
}

function exportStep1(table: string) {
  exportStep2(table);
}

function exportStep2(table: string) {
  exportStep3(table);
}

function exportStep3(table: string) {
  pool.query('SELECT * FROM ' + table);
  exportStep4(table);
}

function exportStep4(table: string) {
  exportStep5(table);
}

function exportStep5(table: string) {
  pool.query('COPY ' + table + ' TO STDOUT');
}
