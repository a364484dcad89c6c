// Collects ElementFingerprints in one pass. Called with an array of elements (Locator.evaluateAll: fingerprint
// exactly those), or with null (Frame.evaluate: every element of the document, its open shadow roots and its
// same-origin iframes). Returns a JSON string, which Java parses much faster than Playwright's value protocol.
(elements) => {
  const MAX_TEXT = 120, MAX_ELEMENTS = 20000;
  const SKIP = new Set(['script', 'style', 'noscript', 'template', 'meta', 'link', 'head', 'title', 'base', 'br',
    'wbr', 'param', 'source', 'track']);
  const TEST_IDS = ['data-testid', 'data-test-id', 'data-test', 'data-qa', 'data-cy'];
  const OWN = new Set(['id', 'name', 'class', 'type', 'value', 'placeholder', 'href', 'src', 'alt', 'title', 'style',
    'aria-label', 'role', ...TEST_IDS]);
  const NAME_FROM_CONTENT = new Set(['button', 'link', 'heading', 'cell', 'columnheader', 'rowheader', 'tab',
    'menuitem', 'menuitemcheckbox', 'menuitemradio', 'option', 'radio', 'checkbox', 'switch', 'treeitem',
    'tooltip', 'row', 'listitem', 'gridcell']);
  const INPUT_ROLES = {button: 'button', submit: 'button', reset: 'button', image: 'button', checkbox: 'checkbox',
    radio: 'radio', range: 'slider', number: 'spinbutton', search: 'searchbox', email: 'textbox', tel: 'textbox',
    text: 'textbox', url: 'textbox', password: null, hidden: null, file: null, color: null, date: null};
  const TAG_ROLES = {button: 'button', nav: 'navigation', main: 'main', header: 'banner', footer: 'contentinfo',
    aside: 'complementary', table: 'table', thead: 'rowgroup', tbody: 'rowgroup', tfoot: 'rowgroup', tr: 'row',
    td: 'cell', th: 'columnheader', ul: 'list', ol: 'list', li: 'listitem', dialog: 'dialog', option: 'option',
    progress: 'progressbar', article: 'article', hr: 'separator', fieldset: 'group', details: 'group',
    textarea: 'textbox', h1: 'heading', h2: 'heading', h3: 'heading', h4: 'heading', h5: 'heading',
    h6: 'heading', menu: 'list', output: 'status', summary: 'button', meter: 'meter', dl: 'list', form: 'form',
    section: 'region'};
  const norm = s => (s || '').replace(/\s+/g, ' ').trim();
  const cut = s => s.length > MAX_TEXT ? s.slice(0, MAX_TEXT) : s;
  const orNull = s => s ? s : null;
  const textOf = el => cut(norm(el.textContent));

  function role(el, tag) {
    const explicit = el.getAttribute('role');
    if (explicit) return explicit.trim().split(/\s+/)[0];
    if (tag === 'a' || tag === 'area') return el.hasAttribute('href') ? 'link' : null;
    if (tag === 'input') {
      const type = (el.getAttribute('type') || 'text').toLowerCase();
      if (type in INPUT_ROLES) return INPUT_ROLES[type] && (el.hasAttribute('list') && INPUT_ROLES[type] === 'textbox'
        ? 'combobox' : INPUT_ROLES[type]);
      return 'textbox';
    }
    if (tag === 'select') return el.multiple || el.size > 1 ? 'listbox' : 'combobox';
    if (tag === 'img') return el.getAttribute('alt') === '' ? 'presentation' : 'img';
    if ((tag === 'section' || tag === 'form') && !el.hasAttribute('aria-label') && !el.hasAttribute('aria-labelledby')) {
      return null;
    }
    return TAG_ROLES[tag] || null;
  }

  function byIds(el, attr) {
    const ids = (el.getAttribute(attr) || '').split(/\s+/).filter(Boolean);
    const root = el.getRootNode();
    return norm(ids.map(id => { const t = root.getElementById ? root.getElementById(id) : null;
      return t ? t.textContent : ''; }).join(' '));
  }

  function labelText(el) {
    if (el.hasAttribute('aria-labelledby')) return byIds(el, 'aria-labelledby');
    if (el.labels && el.labels.length) return norm(Array.from(el.labels).map(l => l.textContent).join(' '));
    return '';
  }

  function accessibleName(el, tag, r, label, text) {
    if (label) return label;
    const aria = norm(el.getAttribute('aria-label'));
    if (aria) return aria;
    if (tag === 'input') {
      const type = (el.getAttribute('type') || '').toLowerCase();
      if (type === 'submit' || type === 'button' || type === 'reset') {
        return norm(el.value) || (type === 'submit' ? 'Submit' : type === 'reset' ? 'Reset' : '');
      }
      if (type === 'image') return norm(el.getAttribute('alt'));
    }
    if (tag === 'img' || tag === 'area') return norm(el.getAttribute('alt')) || norm(el.getAttribute('title'));
    if (r && NAME_FROM_CONTENT.has(r)) {
      if (text) return text;
      const img = el.querySelector('img[alt]');
      if (img) return norm(img.getAttribute('alt'));
    }
    if (tag === 'fieldset') { const legend = el.querySelector('legend'); if (legend) return textOf(legend); }
    return norm(el.getAttribute('title')) || norm(el.getAttribute('placeholder'));
  }

  function siblingText(el, step) {
    const out = [];
    for (let s = step(el); s && out.length < 2; s = step(s)) {
      const t = textOf(s);
      if (t) out.push(t.length > 60 ? t.slice(0, 60) : t);
    }
    return out;
  }

  function neighbors(el) {
    const texts = [...siblingText(el, n => n.previousElementSibling), ...siblingText(el, n => n.nextElementSibling)];
    // In a table row, the row's first non-empty cell (usually its name) tells apart rows of identical buttons.
    const row = el.closest('tr');
    if (row && row !== el && row.cells) {
      for (const cell of row.cells) {
        if (cell.contains(el)) break;
        const first = textOf(cell);
        if (first) { texts.push(first.slice(0, 60)); break; }
      }
    }
    return texts;
  }

  const xpathCache = new Map();
  function xpath(el) {
    let cached = xpathCache.get(el);
    if (cached) return cached;
    const parent = el.parentElement;
    const tag = el.localName;
    let index = 1;
    for (let s = el.previousElementSibling; s; s = s.previousElementSibling) if (s.localName === tag) index++;
    let prefix = '';
    if (parent) prefix = xpath(parent);
    else if (el.parentNode instanceof ShadowRoot) prefix = xpath(el.parentNode.host) + '/#shadow-root';
    cached = prefix + '/' + tag + '[' + index + ']';
    xpathCache.set(el, cached);
    return cached;
  }

  // Relative to the nearest ancestor with an id, derived from the cached absolute paths (no second walk up).
  function idXpath(el) {
    const anchor = el.id ? el : el.closest('[id]');
    if (!anchor || anchor.id === '') return null;
    return '//*[@id="' + anchor.id + '"]' + xpath(el).slice(xpath(anchor).length);
  }

  // A CSS path that is unique inside its root: from the nearest ancestor with an id unique there, else from the
  // root, with :nth-child steps. Playwright's css engine pierces shadow roots, and ">>" queries inside the element.
  const cssCache = new Map();
  function cssPath(el, idCounts) {
    let cached = cssCache.get(el);
    if (cached) return cached;
    if (el.id && idCounts.get(el.id) === 1 && /^[A-Za-z][\w-]*$/.test(el.id)) {
      cached = '#' + el.id;
    } else {
      let index = 1;
      for (let s = el.previousElementSibling; s; s = s.previousElementSibling) index++;
      const step = el.localName.includes(':') ? '*' : el.localName;
      const parent = el.parentElement;
      if (parent) cached = cssPath(parent, idCounts) + ' > ' + step + ':nth-child(' + index + ')';
      else cached = el === el.ownerDocument.documentElement ? 'html' : step + ':nth-child(' + index + ')';
    }
    cssCache.set(el, cached);
    return cached;
  }

  const CONTROLS = new Set(['button', 'input', 'select', 'textarea', 'fieldset', 'optgroup', 'option']);

  // Fields are set only when present: objects stay small and monomorphic, and the answer for a big page is half
  // the size. Elements of the top document get no selector: Java derives "xpath=" + xpath for them.
  function fingerprint(el, scope) {
    const tag = el.localName;
    const fp = {tag};
    if (el.id) fp.id = el.id;
    let attrs = null;
    for (const a of el.attributes) {
      const n = a.name;
      if (OWN.has(n)) {
        if (fp.testId === undefined && TEST_IDS.includes(n)) fp.testId = a.value;
        else if (n === 'name' || n === 'type' || n === 'placeholder' || n === 'href' || n === 'src' || n === 'alt'
          || n === 'title') { if (a.value) fp[n] = a.value; }
        else if (n === 'aria-label' && a.value) fp.ariaLabel = a.value;
      } else if (!n.startsWith('on') && a.value.length <= 200) {
        (attrs || (attrs = {}))[n] = a.value;
      }
    }
    if (el.classList.length) fp.classes = Array.from(el.classList);
    const text = textOf(el);
    if (text) fp.text = text;
    if ((tag === 'input' || tag === 'textarea' || tag === 'select') && el.value
      && (el.getAttribute('type') || '').toLowerCase() !== 'password') fp.value = cut(String(el.value));
    const r = role(el, tag);
    if (r) fp.role = r;
    const label = labelText(el);
    const name = accessibleName(el, tag, r, label, text);
    if (name) fp.accessibleName = name;
    if (attrs) fp.attributes = attrs;
    fp.xpath = xpath(el);
    const idPath = idXpath(el);
    if (idPath) fp.idXpath = idPath;
    const rect = el.getBoundingClientRect();
    fp.x = Math.round(rect.x + scope.dx);
    fp.y = Math.round(rect.y + scope.dy);
    fp.width = Math.round(rect.width);
    fp.height = Math.round(rect.height);
    fp.visible = rect.width > 0 && rect.height > 0 && (el.checkVisibility
      ? el.checkVisibility({visibilityProperty: true}) : getComputedStyle(el).visibility !== 'hidden');
    fp.enabled = !(el.getAttribute('aria-disabled') === 'true' || CONTROLS.has(tag) && el.matches(':disabled'));
    if (label) fp.labelText = label;
    const near = neighbors(el);
    if (near.length) fp.neighborTexts = near;
    const parent = el.parentElement || (el.parentNode instanceof ShadowRoot ? el.parentNode.host : null);
    if (parent) {
      fp.parent = {tag: parent.localName};
      if (parent.id) fp.parent.id = parent.id;
      if (parent.classList.length) fp.parent.classes = Array.from(parent.classList);
    }
    if (scope.prefix || fp.xpath.includes('#shadow-root')) fp.selector = scope.prefix + cssPath(el, scope.idCounts);
    return fp;
  }

  function idCountsOf(root) {
    const counts = new Map();
    for (const e of root.querySelectorAll('[id]')) counts.set(e.id, (counts.get(e.id) || 0) + 1);
    return counts;
  }

  if (elements) {
    const roots = new Map();
    return JSON.stringify(elements.map(el => {
      const root = el.getRootNode();
      if (!roots.has(root)) roots.set(root, idCountsOf(root));
      return fingerprint(el, {dx: 0, dy: 0, prefix: '', idCounts: roots.get(root)});
    }));
  }

  const out = [];
  // Walks one root (a document or a shadow root); shadow hosts and iframes open nested scopes.
  function walk(root, scope) {
    const all = root.querySelectorAll('*');
    for (const el of all) {
      if (out.length >= MAX_ELEMENTS) return;
      const tag = el.localName;
      if (SKIP.has(tag) || el.ownerSVGElement) continue;
      out.push(fingerprint(el, scope));
      if (el.shadowRoot) {
        walk(el.shadowRoot, {dx: scope.dx, dy: scope.dy, idCounts: idCountsOf(el.shadowRoot),
          prefix: scope.prefix + cssPath(el, scope.idCounts) + ' >> '});
      }
      if (tag === 'iframe' || tag === 'frame') {
        let doc = null;
        try { doc = el.contentDocument; } catch (e) { doc = null; }
        if (doc && doc.documentElement) {
          const box = el.getBoundingClientRect();
          walk(doc, {dx: scope.dx + box.x + el.clientLeft, dy: scope.dy + box.y + el.clientTop,
            idCounts: idCountsOf(doc),
            prefix: scope.prefix + cssPath(el, scope.idCounts) + ' >> internal:control=enter-frame >> '});
        }
      }
    }
  }
  walk(document, {dx: 0, dy: 0, prefix: '', idCounts: idCountsOf(document)});
  return JSON.stringify(out);
}
