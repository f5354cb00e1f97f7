"""Shared helpers of the precision bench: loading scans, item ids, verdict files."""
import glob, json, os, sys

def load_scan(scandir, app):
    p = os.path.join(scandir, app + '.json')
    if not os.path.exists(p):
        return None
    with open(p) as f:
        return json.load(f)

def apps_in(scandir):
    return sorted(os.path.basename(p)[:-5] for p in glob.glob(os.path.join(scandir, '*.json')))

def fid(rule, app, loc):
    return '%s|%s|%s:%d:%d' % (rule, app, loc['path'], loc['line'], loc['column'])

def findings(scandir, apps=None):
    """Yields (id, app, finding) for every unsuppressed finding of every app scanned."""
    for app in (apps or apps_in(scandir)):
        d = load_scan(scandir, app)
        if not d:
            continue
        for f in d.get('findings', []):
            if f.get('suppression'):
                continue
            yield fid(f['ruleId'], app, f['location']), app, f

def load_items(path):
    with open(path) as f:
        return [json.loads(l) for l in f if l.strip()]

def load_verdicts(pattern):
    """Verdict lines: ID<TAB>T|D|F<TAB>reason. Later files win."""
    v = {}
    for p in sorted(glob.glob(pattern)):
        with open(p) as f:
            for line in f:
                parts = line.rstrip('\n').split('\t')
                if len(parts) >= 2 and parts[1].strip() in ('T', 'D', 'F'):
                    v[parts[0].strip()] = (parts[1].strip(), parts[2] if len(parts) > 2 else '')
    return v

def key_without_col(i):
    return i.rsplit(':', 1)[0]

def match(ids_now, item_id, fp_now=None, fp=None):
    if item_id in ids_now:
        return True
    return False
