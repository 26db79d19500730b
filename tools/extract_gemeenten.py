"""Extract gemeenten.csv from the NLExtract gemeentelijke-indeling.xml (see generator/organen/data/gemeenten.SOURCE.md)."""
import csv
import sys
import xml.etree.ElementTree as ET

ns = {'n': 'http://nlextract.nl'}
root = ET.parse('/tmp/gi.xml').getroot()
year = sys.argv[1]
ind = next(i for i in root.findall('n:indeling', ns) if i.get('jaar') == year)
rows = []
for p in ind.findall('n:provincie', ns):
    for g in p.findall('n:gemeente', ns):
        rows.append((g.get('code').zfill(4), g.get('naam'), p.get('naam'), p.get('code'), g.get('begindatum'), g.get('einddatum')))
rows.sort(key=lambda r: r[0])
ended = [r for r in rows if r[5]]
print('total', len(rows), 'with einddatum', ended, file=sys.stderr)
with open(sys.argv[2], 'w', newline='', encoding='utf-8') as out:
    w = csv.writer(out, lineterminator='\n')
    w.writerow(['cbs_code', 'naam', 'provincie'])
    for r in rows:
        w.writerow(r[:3])
