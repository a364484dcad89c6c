// Progressive enhancement only: every page works without this file.
(function () {
  'use strict';
  // Switchers submit themselves on change (without JavaScript a "Go" button is shown instead).
  document.addEventListener('change', function (e) {
    var t = e.target;
    if (t.matches && t.matches('select[data-autosubmit]') && t.value) { t.form.submit(); }
  });
  // "Copy" buttons next to secrets shown once.
  document.addEventListener('click', function (e) {
    var b = e.target.closest && e.target.closest('button[data-copy]');
    if (!b) { return; }
    var el = document.getElementById(b.getAttribute('data-copy'));
    if (el && navigator.clipboard) {
      navigator.clipboard.writeText(el.textContent.trim()).then(function () { b.textContent = 'Copied'; });
    }
  });
  // Forms that destroy something ask first.
  document.addEventListener('submit', function (e) {
    var msg = e.target.getAttribute && e.target.getAttribute('data-confirm');
    if (msg && !window.confirm(msg)) { e.preventDefault(); }
  });
})();
