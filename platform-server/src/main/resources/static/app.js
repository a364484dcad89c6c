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
  // Step editor: a plain-English step hides the concrete action's fields (without JavaScript all are shown).
  function showStepKind(select) {
    var step = select.closest('[data-step]');
    if (!step) { return; }
    step.querySelectorAll('[data-concrete]').forEach(function (el) { el.hidden = select.value === 'plain'; });
  }
  document.querySelectorAll('select[data-step-kind]').forEach(showStepKind);
  document.addEventListener('change', function (e) {
    if (e.target.matches && e.target.matches('select[data-step-kind]')) { showStepKind(e.target); }
  });
})();
