import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from common import edit, generated_ids, hashed_classes, layout_refactor
import pages1, pages2, pages3, pages4
out = sys.argv[1]
pages = {}
for m in (pages1, pages2, pages3, pages4):
    pages.update(m.PAGES)
for name, p in pages.items():
    d = os.path.join(out, name); os.makedirs(d, exist_ok=True)
    v1 = p['v1']
    v2 = hashed_classes(generated_ids(edit(v1, p['v2'], name, 'v2'), name + 'v2'), name + 'v2')
    v3 = edit(v1, p['v3'], name, 'v3')
    v4 = hashed_classes(generated_ids(edit(v3, p['v4'], name, 'v4'), name + 'v4'), name + 'v4')
    v5 = layout_refactor(v1)
    for v, html in (('v1', v1), ('v2', v2), ('v3', v3), ('v4', v4), ('v5', v5)):
        open(os.path.join(d, v + '.html'), 'w').write(html)
print(len(pages), 'pages')
