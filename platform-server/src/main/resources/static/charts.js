// Draws the overview's charts with uPlot (bundled in the jar, see README). The data comes from each element's
// data-chart attribute; hovering shows the day's values in the legend. Without JavaScript the tables remain.
(function () {
  'use strict';
  function fmtDay(ts) { return new Date(ts * 1000).toISOString().slice(0, 10); }
  function draw(el) {
    var c = JSON.parse(el.getAttribute('data-chart'));
    var data = [c.x].concat(c.series.map(function (s) { return s.values; }));
    var series = [{ label: 'Day', value: function (u, v) { return v == null ? '—' : fmtDay(v); } }]
      .concat(c.series.map(function (s) {
        var o = { label: s.label, stroke: s.color, width: 2, spanGaps: false,
          value: function (u, v) { return v == null ? '—' : v + ' ' + c.unit; } };
        if (s.bars) { o.fill = s.color + '55'; o.paths = uPlot.paths.bars({ size: [0.6, 40] }); o.points = { show: false }; }
        return o;
      }));
    var width = Math.max(260, el.clientWidth);
    // Half a day of room on each side: the first and last days' bars are drawn whole, and a history of a
    // single day gets a one-day axis (uPlot's own range for one x value spans years).
    var halfDay = 12 * 3600;
    var plot = new uPlot({ width: width, height: 220, series: series,
      scales: { x: { time: true, range: function (u, min, max) {
        var xs = u.data[0];
        return xs.length ? [xs[0] - halfDay, xs[xs.length - 1] + halfDay] : [min, max];
      } } },
      axes: [{}, { size: 60 }] }, data, el);
    new ResizeObserver(function () { plot.setSize({ width: Math.max(260, el.clientWidth), height: 220 }); }).observe(el);
  }
  function init() {
    if (typeof uPlot === 'undefined') { return; }
    document.querySelectorAll('[data-chart]').forEach(draw);
  }
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', init); } else { init(); }
})();
