export interface Range {
  from?: Date;
  to?: Date;
}

// a bad date is dropped: only a valid parse reaches the range
export const toRange = (from?: string, to?: string): Range => {
  const range: Range = {};
  if (from) {
    const start = new Date(from);
    if (!isNaN(start.getTime())) {
      start.setHours(0, 0, 0, 0);
      range.from = start;
    }
  }
  if (to) {
    const end = new Date(to);
    if (!isNaN(end.getTime())) {
      range.to = end;
    }
  }
  return range;
};

// the parse is tested, but kept whatever the test said
export const looseRange = (from?: string): Range => {
  const start = new Date(from || '');
  if (!isNaN(start.getTime())) {
    console.log('valid start');
  }
  return { from: start };
};

// the test passes, then the text itself goes on
export const labelledRange = (from?: string) => {
  const start = new Date(from || '');
  if (!isNaN(start.getTime())) {
    return { from: start, label: from };
  }
  return { label: from };
};
