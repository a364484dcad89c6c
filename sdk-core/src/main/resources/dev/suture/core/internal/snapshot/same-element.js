// A Playwright selector engine for the utility world: "SELECTOR >> suture-baseline=BODY" with BODY a baseline
// fingerprint as base64url JSON. For each element SELECTOR matches, it runs fingerprint.js (FINGERPRINT below) on
// it: an element whose fingerprint equals the baseline yields itself; any other yields itself and a second element,
// so that the count is 1 exactly when SELECTOR matches one element and that element is its baseline (an error
// counts 0, which only means "not shown to be the baseline"). Equality is
// that of Java's ElementFingerprint: absent, null, [] and {} are the same, and the selector Java derives from the
// XPath is left out.
(() => {
  const fingerprint = FINGERPRINT;
  const normal = v => {
    if (v === null || v === undefined) return undefined;
    if (Array.isArray(v)) return v.length ? v : undefined;
    if (typeof v !== 'object') return v;
    const out = {};
    for (const key of Object.keys(v).sort()) {
      const n = normal(v[key]);
      if (n !== undefined) out[key] = n;
    }
    return Object.keys(out).length ? out : undefined;
  };
  const comparable = fp => {
    const copy = Object.assign({}, fp);
    if (copy.selector === 'xpath=' + copy.xpath) delete copy.selector;
    return JSON.stringify(normal(copy));
  };
  const decode = body => JSON.parse(new TextDecoder().decode(
    Uint8Array.from(atob(body.replace(/-/g, '+').replace(/_/g, '/')), c => c.charCodeAt(0))));
  const queryAll = (root, body) => {
    const actual = JSON.parse(fingerprint([root]))[0];
    if (comparable(actual) === comparable(decode(body))) return [root];
    const document = root.ownerDocument;
    const other = root === document.documentElement ? (document.body || document.head) : document.documentElement;
    if (!other) throw new Error('Suture cannot signal a changed element in a document without a second element');
    return [root, other];
  };
  return {queryAll, query: (root, body) => queryAll(root, body)[0]};
})()
