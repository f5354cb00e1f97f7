import React from 'react';

// the dashboard reads the count fields of the API's JSON
export function Stats({ stats }: { stats: { pending: { count: number }; done: { count: number } } }) {
  return <p>{stats.pending.count} pending, {stats.done.count} done</p>;
}
