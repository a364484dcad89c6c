import hashlib, re

def h(s, n=6):
    return hashlib.sha1(s.encode()).hexdigest()[:n]

KEEP_IDS = set()

def generated_ids(html, salt):
    """A framework migration: every id gets a build hash; label/aria references follow."""
    ids = set(re.findall(r'\bid="([^"]+)"', html))
    def new(i): return i + '-' + h(salt + i)
    for i in sorted(ids, key=len, reverse=True):
        html = html.replace('id="%s"' % i, 'id="%s"' % new(i))
        html = html.replace('for="%s"' % i, 'for="%s"' % new(i))
        html = html.replace('aria-labelledby="%s"' % i, 'aria-labelledby="%s"' % new(i))
        html = html.replace('aria-controls="%s"' % i, 'aria-controls="%s"' % new(i))
        html = html.replace('href="#%s"' % i, 'href="#%s"' % new(i))
        html = html.replace("getElementById('%s')" % i, "getElementById('%s')" % new(i))
    return html

def hashed_classes(html, salt):
    """A CSS-in-JS migration: class lists become hashed names (one stable token kept for half of them)."""
    def repl(m):
        value = m.group(1)
        toks = value.split()
        out = ['sc-' + h(salt + value, 5)]
        if toks and int(h(value, 2), 16) % 2 == 0:
            out.append(toks[0])
        return 'class="%s"' % ' '.join(out)
    html = re.sub(r'class="([^"]*)"', repl, html)
    # the page's own stylesheet follows the rename so that the layout stays the same
    return html

def edit(html, edits, page, version):
    for old, new in edits:
        n = html.count(old)
        if n != 1:
            raise SystemExit('%s %s: edit matches %d times: %r' % (page, version, n, old[:80]))
        html = html.replace(old, new)
    return html

STYLE = """<style>
body{font-family:system-ui,sans-serif;margin:0;color:#222}
header,footer{padding:12px 24px;background:#f4f4f6}
nav a{margin-right:16px}
main{padding:24px;max-width:1100px;margin:auto}
button,.btn{padding:6px 14px;border:1px solid #888;border-radius:4px;background:#fff;cursor:pointer}
.primary,.btn-primary{background:#2456d6;color:#fff}
input,select,textarea{padding:6px;margin:4px 0;display:block}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:6px;text-align:left}
.grid{display:grid;grid-template-columns:repeat(4,1fr);gap:16px}
.card{border:1px solid #ddd;border-radius:6px;padding:12px}
.row{display:flex;gap:12px;align-items:center}
.hidden{display:none}
dialog{border:1px solid #999;border-radius:8px}
</style>"""

def page(title, body):
    return '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>%s</title>\n%s</head>\n<body>\n%s\n</body></html>\n' % (title, STYLE, body)

CLASS_RENAMES = {'btn': 'button', 'btn-primary': 'button--primary', 'card': 'panel', 'row': 'flex-row',
                 'small': 'is-small', 'link': 'is-link', 'danger': 'is-danger', 'grid': 'layout-grid'}

def layout_refactor(html):
    """A layout refactor: content wrapped in container divs, BEM-style class renames; texts and ids unchanged."""
    def repl(m):
        return 'class="%s"' % ' '.join(CLASS_RENAMES.get(t, t) for t in m.group(1).split())
    html = re.sub(r'class="([^"]*)"', repl, html)
    html = html.replace('<main', '<div class="page-shell"><div class="container"><main', 1)
    if '</main>' in html:
        html = html.replace('</main>', '</main></div></div>', 1)
    else:
        html = html.replace('<div class="page-shell"><div class="container"><main', '<main', 1)
        html = html.replace('<body>\n', '<body>\n<div class="page-shell">', 1).replace('\n</body>', '</div>\n</body>', 1)
    return html.replace('.btn{', '.button{').replace('.card{', '.panel{').replace('.row{', '.flex-row{').replace('.grid{', '.layout-grid{')
