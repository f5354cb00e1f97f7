import React from 'react';

// a table that shows a placeholder when it has no rows
export function Table({ children }: { children: React.ReactNode }) {
  return React.Children.count(children) === 0 ? <p>No rows</p> : <table><tbody>{children}</tbody></table>;
}
