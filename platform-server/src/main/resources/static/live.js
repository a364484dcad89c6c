// Live progress of executions (progressive enhancement: the pages are complete without it).
// A page opts in with an element carrying data-live="/ws/progress/..."; that element becomes the status line.
// Events arrive as JSON over a same-origin WebSocket (authenticated by the session cookie) and are applied to
// the page with textContent only, never as HTML. See the platform-server README, "Live progress".
(function () {
  'use strict';
  var FINAL = { 'passed': 'PASSED', 'failed': 'FAILED', 'skipped': 'SKIPPED' };
  var REFUSED = { 4400: true, 4401: true, 4404: true };

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) { e.className = className; }
    if (text !== undefined && text !== null) { e.textContent = text; }
    return e;
  }

  function setPill(pill, status) {
    if (!pill) { return; }
    pill.className = 'pill ' + status;
    pill.textContent = status;
  }

  function setCounts(counts, passed, total, failed) {
    counts.setAttribute('data-passed', passed);
    counts.setAttribute('data-total', total);
    counts.setAttribute('data-failed', failed);
    counts.textContent = passed + ' / ' + total + (counts.tagName === 'TD'
      ? ' passed' + (failed > 0 ? ', ' + failed + ' failed' : '') : '');
  }

  /** Adds a finished test's verdict to the passed / total figures kept in data attributes. */
  function countVerdict(counts, type) {
    if (!counts) { return; }
    var passed = +counts.getAttribute('data-passed') + (type === 'passed' ? 1 : 0);
    var failed = +(counts.getAttribute('data-failed') || 0) + (type === 'failed' ? 1 : 0);
    setCounts(counts, passed, +counts.getAttribute('data-total') + 1, failed);
  }

  /** The final status of an execution-finished event: its message starts with it ("PASSED: 3 tests, ..."). */
  function finalStatus(event) {
    var m = /^([A-Z]+)/.exec(event.message || '');
    return m ? m[1] : 'FINISHED';
  }

  // ---- one execution's page ----
  function executionPage(root) {
    var tests = root.querySelector('[data-live-tests]');
    var runPill = root.querySelector('[data-live-run-status]');
    var counts = root.querySelector('.tiles [data-live-counts]');

    function section(event) {
      var found = tests.querySelector('section[data-test-id="' + event.testId + '"]');
      if (found || !event.testId) { return found; }
      var empty = tests.querySelector('[data-live-empty]');
      if (empty) { empty.remove(); }
      var s = el('section', 'test card live-new');
      s.setAttribute('data-test-id', event.testId);
      s.setAttribute('aria-labelledby', 't-' + event.testId);
      var h = el('h2');
      h.id = 't-' + event.testId;
      var pill = el('span', 'pill RUNNING', 'RUNNING');
      pill.setAttribute('data-live-status', '');
      h.appendChild(pill);
      h.appendChild(document.createTextNode(' ' + (event.testName || 'test')));
      s.appendChild(h);
      var steps = el('ol', 'timeline');
      steps.setAttribute('aria-label', 'Steps');
      s.appendChild(steps);
      tests.appendChild(s);
      return s;
    }

    return function (event) {
      if (event.type === 'execution-started' || event.type === 'test-started') {
        if (runPill && (runPill.textContent === 'QUEUED' || event.type === 'execution-started')) {
          setPill(runPill, 'RUNNING');
        }
        section(event);
      } else if (event.type === 'step-done') {
        var s = section(event);
        var list = s && s.querySelector('ol.timeline');
        if (list && !list.querySelector('li[data-step-index="' + event.stepIndex + '"]')) {
          var failed = (event.message || '').indexOf(' ✗ ') >= 0;
          var li = el('li', failed ? 'failed' : '');
          li.setAttribute('data-step-index', event.stepIndex);
          li.appendChild(el('code', null, event.message || ''));
          list.appendChild(li);
        }
      } else if (event.type === 'healed') {
        var hs = section(event);
        if (hs) {
          var parts = (event.message || '').split(' → ');
          var heal = el('div', 'heal');
          heal.setAttribute('role', 'group');
          heal.setAttribute('aria-label', 'Healed locator ' + parts[0]);
          var pair = el('div', 'pair');
          var oldBox = el('div');
          oldBox.appendChild(el('span', 'label', 'Old locator'));
          oldBox.appendChild(el('code', null, parts[0]));
          var newBox = el('div');
          newBox.appendChild(el('span', 'label', 'New locator'));
          newBox.appendChild(el('code', null, parts.slice(1).join(' → ') || '—'));
          pair.appendChild(oldBox);
          pair.appendChild(newBox);
          heal.appendChild(pair);
          var verdict = el('p');
          setPill(verdict.appendChild(el('span')), 'HEALED');
          heal.appendChild(verdict);
          hs.appendChild(heal);
        }
      } else if (FINAL[event.type]) {
        var ts = section(event);
        if (ts) {
          setPill(ts.querySelector('[data-live-status]'), FINAL[event.type]);
          if (event.type === 'failed' && event.message) { ts.appendChild(el('p', 'error', event.message)); }
        }
        countVerdict(counts, event.type);
      } else if (event.type === 'execution-finished') {
        setPill(runPill, finalStatus(event));
        return 'Finished: ' + (event.message || '') + '. Reload for screenshots and traces.';
      }
      return null;
    };
  }

  // ---- a project's executions list ----
  function runsPage(root, status) {
    var table = root.querySelector('table[data-live-runs]');
    if (!table) { return function () { return null; }; }
    var project = table.getAttribute('data-live-runs');
    var addNew = status.hasAttribute('data-live-new-runs');

    function row(event) {
      var r = table.querySelector('tr[data-run-id="' + event.executionId + '"]');
      if (r || !addNew || event.type !== 'execution-started') { return r; }
      var empty = table.querySelector('[data-live-empty]');
      if (empty) { empty.remove(); }
      r = el('tr', 'live-new');
      r.setAttribute('data-run-id', event.executionId);
      var link = el('a', null, event.message || 'New run');
      link.href = '/projects/' + project + '/executions/' + event.executionId;
      var first = el('td');
      first.appendChild(link);
      r.appendChild(first);
      var statusCell = el('td');
      var pill = el('span', 'pill RUNNING', 'RUNNING');
      pill.setAttribute('data-live-status', '');
      statusCell.appendChild(pill);
      r.appendChild(statusCell);
      r.appendChild(el('td', null, '—'));
      var counts = el('td');
      counts.setAttribute('data-live-counts', '');
      setCounts(counts, 0, 0, 0);
      r.appendChild(counts);
      r.appendChild(el('td', null, '—'));
      var started = el('td');
      var time = el('time', null, new Date(event.at).toLocaleString());
      time.setAttribute('datetime', event.at);
      started.appendChild(time);
      r.appendChild(started);
      table.tBodies[0].insertBefore(r, table.tBodies[0].firstChild);
      return r;
    }

    return function (event) {
      var r = row(event);
      if (!r) { return null; }
      var pill = r.querySelector('[data-live-status]');
      if (event.type === 'execution-finished') {
        setPill(pill, finalStatus(event));
      } else if (pill.textContent === 'QUEUED' || event.type === 'execution-started') {
        setPill(pill, 'RUNNING');
      }
      if (FINAL[event.type]) {
        var counts = r.querySelector('[data-live-counts]');
        if (!counts.hasAttribute('data-passed')) {
          counts.setAttribute('data-passed', r.getAttribute('data-passed'));
          counts.setAttribute('data-failed', r.getAttribute('data-failed'));
          counts.setAttribute('data-total', r.getAttribute('data-total'));
        }
        countVerdict(counts, event.type);
      }
      return null;
    };
  }

  function connect(status, apply) {
    var url = (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + status.getAttribute('data-live');
    var delay = 1000;
    var opened = 0;
    function open() {
      var ws = new WebSocket(url);
      ws.onmessage = function (m) {
        var event;
        try { event = JSON.parse(m.data); } catch (e) { return; }
        if (event.type === 'subscribed') {
          opened++;
          delay = 1000;
          status.textContent = opened > 1 ? 'Live again after a break: reload to see anything missed.' : 'Live';
          status.setAttribute('data-live-state', 'open');
          return;
        }
        var note = apply(event);
        if (note) { status.textContent = note; }
      };
      ws.onclose = function (e) {
        status.setAttribute('data-live-state', 'closed');
        if (REFUSED[e.code]) {
          status.textContent = 'Live updates unavailable: ' + e.reason;
          return;
        }
        status.textContent = 'Live updates paused; reconnecting…';
        setTimeout(open, delay);
        delay = Math.min(delay * 2, 30000);
      };
    }
    open();
  }

  document.addEventListener('DOMContentLoaded', function () {
    var status = document.querySelector('[data-live]');
    if (!status || !window.WebSocket) { return; }
    var root = document.querySelector('main') || document.body;
    connect(status, root.querySelector('[data-live-tests]') ? executionPage(root) : runsPage(root, status));
  });
})();
