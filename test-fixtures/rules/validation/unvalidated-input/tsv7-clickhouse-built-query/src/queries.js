// the statement text is assembled here; the values travel beside it as query_params
export function buildTotalsQuery(granularity) {
  const bucket = granularity === 'hour' ? 'toStartOfHour' : 'toStartOfDay';
  return `SELECT ${bucket}(timestamp) AS bucket, count() AS views FROM pageviews WHERE project_id = {projectId:Int32} GROUP BY bucket`;
}
